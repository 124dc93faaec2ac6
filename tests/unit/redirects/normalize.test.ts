/** @jest-environment node */
import {
  checkFromKey,
  isReservedPath,
  isSafeTarget,
  lookupKeys,
  normalizeFrom,
  normalizeTo,
  requestPath,
  targetKey,
} from '@/redirects/normalize'

const key = (input: unknown) => {
  const result = normalizeFrom(input)
  return result.ok ? result.value : `refused: ${result.message}`
}

describe('normalizeFrom: old addresses become the key requests are matched by', () => {
  it.each([
    // Full URLs of the old site: scheme, host, fragment, tracking and the final slash go.
    ['https://www.oldclinic.com/blog/knee-pain/?utm_source=x#top', '/blog/knee-pain'],
    ['http://oldclinic.com/blog/knee-pain', '/blog/knee-pain'],
    ['HTTPS://WWW.OLDCLINIC.COM/Blog/Knee-Pain/', '/blog/knee-pain'],
    ['https://oldclinic.com:8443/blog/knee-pain/', '/blog/knee-pain'],
    ['//oldclinic.com/blog/knee-pain/', '/blog/knee-pain'],
    ['www.oldclinic.com/blog/knee-pain/', '/blog/knee-pain'],
    ['oldclinic.com/2019/05/knee-pain/', '/2019/05/knee-pain'],
    ['https://oldclinic.com', '/'],
    // Paths as typed.
    ['/blog/knee-pain', '/blog/knee-pain'],
    ['  /blog/knee-pain/  ', '/blog/knee-pain'],
    ['blog/knee-pain', '/blog/knee-pain'],
    ['/2019/05/knee-pain/', '/2019/05/knee-pain'],
    ['/blog//knee-pain///', '/blog/knee-pain'],
    ['//blog//knee-pain', '/knee-pain'],
    ['/blog/./knee-pain/../hip-pain', '/blog/hip-pain'],
    ['\\blog\\knee-pain', '/blog/knee-pain'],
    ['/blog/knee-pain#comments', '/blog/knee-pain'],
    ['/', '/'],
    // Tracking parameters go, whatever their case; a meaningful query stays, sorted.
    ['/blog/knee?utm_source=fb&utm_medium=social&fbclid=abc&gclid=1&msclkid=2', '/blog/knee'],
    ['/blog/knee?UTM_Campaign=x&_ga=1.2&mc_eid=9', '/blog/knee'],
    ['/blog/knee?', '/blog/knee'],
    ['/blog?paged=2&utm_source=x', '/blog?paged=2'],
    ['/events?b=2&a=1', '/events?a=1&b=2'],
    // WordPress query addresses, on the home page or /index.php.
    ['https://www.oldclinic.com/?p=123', '/?p=123'],
    ['/?page_id=45&utm_source=newsletter', '/?page_id=45'],
    ['?p=123', '/?p=123'],
    ['/index.php?p=123', '/?p=123'],
    ['https://oldclinic.com/index.php?page_id=7#respond', '/?page_id=7'],
    ['/index.php/2019/05/knee-pain/', '/2019/05/knee-pain'],
    ['/?s=knee%20pain', '/?s=knee+pain'],
    ['/?s=knee+pain', '/?s=knee+pain'],
    // One percent-encoding: unreserved characters decoded, the rest encoded in upper case.
    ['/blog/caf%c3%a9', '/blog/caf%C3%A9'],
    ['/blog/café', '/blog/caf%C3%A9'],
    ['/blog/CAFÉ', '/blog/caf%C3%A9'],
    ['/blog/%6Bnee-pain', '/blog/knee-pain'],
    ['/blog/knee pain', '/blog/knee%20pain'],
    ['/blog/knee%2Fpain', '/blog/knee%2Fpain'],
    ['/blog/a,b;c=d:e@f', '/blog/a,b;c=d:e@f'],
    ['/blog/a%2Cb', '/blog/a,b'],
    ['/blog/100%', '/blog/100%25'],
    ['/blog/100%25', '/blog/100%25'],
    // Not UTF-8 (an old Latin-1 site): the escape is kept, in upper case.
    ['/blog/caf%e9', '/blog/caf%E9'],
    ['/blog/Caf%E9-%4Bnee', '/blog/caf%E9-knee'],
    // Dot-segments spelled with escapes are still dot-segments.
    ['/blog/%2e%2e/knee', '/knee'],
    // "index.php" and "knee.html" are file names, not hosts.
    ['knee.html', '/knee.html'],
  ])('%s → %s', (input, expected) => {
    expect(key(input)).toBe(expected)
  })

  it('is idempotent: a stored key normalises to itself', () => {
    for (const input of [
      'https://www.oldclinic.com/blog/knee-pain/?utm_source=x#top',
      '/blog/CAFÉ',
      '/blog/caf%e9',
      '/blog/100%',
      '/?s=knee pain&p=3',
      '/blog/a,b;c=d:e@f',
      '/blog/knee%2Fpain',
    ]) {
      const once = key(input)
      expect(key(once)).toBe(once)
    }
  })

  it.each([
    ['', /Enter the old address/],
    ['   ', /Enter the old address/],
    [null, /Enter the old address/],
    [42, /Enter the old address/],
    ['javascript:alert(1)', /Enter the old address/],
    ['JavaScript:alert(document.cookie)', /Enter the old address/],
    ['data:text/html,<script>alert(1)</script>', /Enter the old address/],
    ['mailto:info@oldclinic.com', /Enter the old address/],
    ['ftp://oldclinic.com/file', /Enter the old address/],
    ['localhost:3000/blog', /Enter the old address/],
    ['/blog/knee\npain', /line breaks or other invisible characters/],
    ['/blog/\u0000knee', /line breaks or other invisible characters/],
    [`/${'a'.repeat(2001)}`, /at most 2000 characters/],
  ])('refuses %j', (input, message) => {
    const result = normalizeFrom(input)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.message).toMatch(message)
  })
})

describe('checkFromKey: where a redirect may start', () => {
  it.each([
    ['/admin', /under \/admin/],
    ['/admin/collections/users', /under \/admin/],
    ['/api/users', /under \/api/],
    ['/api', /under \/api/],
    ['/_next/static/x.js', /under \/_next/],
    ['/next/preview', /under \/next/],
    ['/%61dmin', /under \/admin/],
    ['/', /home page itself/],
    ['/articles', /is a page of this site/],
    ['/articles?topic=knee', /is a page of this site/],
    ['/contact', /is a page of this site/],
    ['/sitemap.xml', /is a page of this site/],
  ])('refuses %s', (input, message) => {
    expect(checkFromKey(input)).toMatch(message)
  })

  it.each(['/administrator', '/apis', '/nextgen', '/blog/knee', '/?p=123', '/articles/old-slug'])(
    'allows %s',
    (input) => {
      expect(checkFromKey(input)).toBe(true)
    },
  )

  it('reduced hostile paths into the admin are still refused', () => {
    expect(checkFromKey(key('https://evil.example/%2e%2e/admin/'))).toMatch(/under \/admin/)
    expect(checkFromKey(key('/blog/../ADMIN/users'))).toMatch(/under \/admin/)
  })
})

describe('normalizeTo: where a redirect may send visitors', () => {
  const ORIGIN = 'https://www.clinic.example'
  const to = (input: unknown) => {
    const result = normalizeTo(input, ORIGIN)
    return result.ok ? result.value : `refused: ${result.message}`
  }

  it.each([
    ['/articles/knee-pain', '/articles/knee-pain'],
    ['/articles/knee-pain/', '/articles/knee-pain'],
    ['/articles//knee-pain', '/articles/knee-pain'],
    ['/articles/knee-pain?ref=old#treatment', '/articles/knee-pain?ref=old#treatment'],
    ['/', '/'],
    // Addresses of this site become paths, with or without www.
    ['https://www.clinic.example/articles/knee-pain/', '/articles/knee-pain'],
    ['https://clinic.example/offices?x=1', '/offices?x=1'],
    ['HTTP://WWW.CLINIC.EXAMPLE', '/'],
    // Other sites stay full addresses.
    ['https://pubmed.ncbi.nlm.nih.gov/27470464/', 'https://pubmed.ncbi.nlm.nih.gov/27470464/'],
    ['http://Example.org/a b', 'http://example.org/a%20b'],
    // Uploaded files are served under /api and may be a target.
    ['/api/media/file/knee-guide.pdf', '/api/media/file/knee-guide.pdf'],
  ])('%s → %s', (input, expected) => {
    expect(to(input)).toBe(expected)
  })

  it.each([
    ['', /Enter a path on this site/],
    [undefined, /Enter a path on this site/],
    ['javascript:alert(1)', /"javascript:" addresses are not allowed/],
    [' JaVaScRiPt:alert(1)', /"javascript:" addresses are not allowed/],
    ['data:text/html;base64,PHNjcmlwdD4=', /"data:" addresses are not allowed/],
    ['vbscript:msgbox', /"vbscript:" addresses are not allowed/],
    ['mailto:info@clinic.example', /"mailto:" addresses are not allowed/],
    ['ftp://files.example/x', /"ftp:" addresses are not allowed/],
    ['java\tscript:alert(1)', /invisible characters/],
    ['//evil.example/x', /Enter a path on this site/],
    ['/\\evil.example', /Enter a path on this site/],
    ['articles/knee-pain', /Enter a path on this site/],
    ['www.example.org/x', /Enter a path on this site/],
    ['https://user:pass@evil.example/', /user name or password/],
    ['https://clinic.example@evil.example/', /user name or password/],
    ['/admin', /cannot be sent to \/admin/],
    ['/admin/collections/users', /cannot be sent to \/admin/],
    ['https://www.clinic.example/admin/logout', /cannot be sent to \/admin/],
    ['/%61dmin', /cannot be sent to \/admin/],
    ['/api/users', /cannot be sent to \/api/],
    ['/api/media/file/../../users/me', /cannot be sent to \/api/],
    ['/next/preview?path=/x', /cannot be sent to \/next/],
    ['/_next/static/chunk.js', /cannot be sent to \/_next/],
  ])('refuses %j', (input, message) => {
    expect(to(input)).toMatch(message)
  })

  it('without NEXT_PUBLIC_SERVER_URL every full address is another site', () => {
    expect(normalizeTo('https://www.clinic.example/x', '')).toEqual({
      ok: true,
      value: 'https://www.clinic.example/x',
    })
  })
})

describe('keys and targets', () => {
  it('a request meets the redirect of its exact query first, then of its path', () => {
    expect(lookupKeys('/blog?paged=2')).toEqual(['/blog?paged=2', '/blog'])
    expect(lookupKeys('/blog')).toEqual(['/blog'])
  })

  it('a target is followed by the key a visitor would request it by', () => {
    expect(targetKey('/Blog/Knee-Pain/#top')).toBe('/blog/knee-pain')
    expect(targetKey('https://example.org/x')).toBeNull()
  })

  it('isSafeTarget lets through only site paths outside the admin and web addresses', () => {
    expect(isSafeTarget('/articles/knee')).toBe(true)
    expect(isSafeTarget('https://example.org/')).toBe(true)
    expect(isSafeTarget('/admin')).toBe(false)
    expect(isSafeTarget('//evil.example')).toBe(false)
    expect(isSafeTarget('javascript:alert(1)')).toBe(false)
    expect(isSafeTarget('https://user:pw@evil.example')).toBe(false)
  })

  it('isReservedPath matches whole first segments only', () => {
    expect(isReservedPath('/admin')).toBe(true)
    expect(isReservedPath('/API/x')).toBe(true)
    expect(isReservedPath('/administrator')).toBe(false)
  })
})

describe('requestPath: the address a route was asked for', () => {
  it('joins the params as Next hands them over (still encoded) and keeps the query', () => {
    expect(requestPath(['2019', '05', 'knee-pain'])).toBe('/2019/05/knee-pain')
    expect(requestPath(['blog', 'caf%C3%A9'])).toBe('/blog/caf%C3%A9')
    expect(requestPath(['blog', '100%25'])).toBe('/blog/100%25')
    expect(requestPath([], { p: '123' })).toBe('/?p=123')
    expect(requestPath(['blog'], { tag: ['a', 'b'], empty: undefined })).toBe('/blog?tag=a&tag=b')
  })

  it('escapes what would end a segment early, should a param arrive decoded', () => {
    expect(requestPath(['blog', 'a?b#c'])).toBe('/blog/a%3Fb%23c')
    expect(requestPath(['blog', '100%'])).toBe('/blog/100%25')
    expect(requestPath(['blog', 'a/b'])).toBe('/blog/a%2Fb')
  })

  it('meets the keys staff typed, whichever way the address was spelled', () => {
    const typed = key('https://old.example/Blog/Café/')
    expect(key(requestPath(['blog', 'caf%C3%A9']))).toBe(typed)
    expect(key(requestPath(['Blog', 'CAF%C3%89']))).toBe(typed)
    expect(key(requestPath(['blog', 'café']))).toBe(typed)
    expect(key(requestPath(['blog', '100%25']))).toBe(key('/blog/100%25'))
    expect(key(requestPath([], { s: 'knee pain', utm_source: 'x' }))).toBe(key('/?s=knee%20pain'))
  })
})
