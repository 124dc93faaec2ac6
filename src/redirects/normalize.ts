import { serverUrl } from '@/urls'

// Pure rules for redirect addresses, shared by the collection (on save), the site (on a 404)
// and the tests. A redirect's `from` is stored as a *key*: the form any request for the same
// old page is reduced to, so "https://www.oldclinic.com/Blog/Knee-Pain/?utm_source=x#top" and
// a visitor's "/blog/knee-pain" meet at "/blog/knee-pain".

export type Normalized = { ok: true; value: string } | { ok: false; message: string }

const MAX_LENGTH = 2000

/** Query parameters that only say where a click came from; they never pick a different page. */
const TRACKING_PARAMS = new Set([
  'fbclid',
  'gclid',
  'gclsrc',
  'dclid',
  'gbraid',
  'wbraid',
  'msclkid',
  'yclid',
  'twclid',
  'ttclid',
  'li_fat_id',
  'igshid',
  'srsltid',
  'mc_cid',
  'mc_eid',
  '_ga',
  '_gl',
  '_hsenc',
  '_hsmi',
  '__hstc',
  '__hssc',
  '__hsfp',
  'hsctatracking',
  'mkt_tok',
  'epik',
])

const isTrackingParam = (name: string): boolean => {
  const key = name.toLowerCase()
  return key.startsWith('utm_') || TRACKING_PARAMS.has(key)
}

/** Paths that belong to the admin, the API and Next itself (our preview routes live in /next). */
const RESERVED_ROOTS = ['admin', 'api', '_next', 'next']

/** Addresses the site always answers itself, so a redirect from them would never be used. */
const LIVE_ROUTES = [
  '/articles',
  '/offices',
  '/reviews',
  '/contact',
  '/search',
  '/sitemap.xml',
  '/robots.txt',
  '/feed.xml',
  '/feed.atom',
]

// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/

const SCHEME = /^([a-z][a-z0-9+.-]*):/i

/** "oldclinic.com" or "www.oldclinic.com:8080", but not a file name such as "index.php". */
const HOST_LIKE = /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,24}(?::\d{1,5})?$/i
const FILE_LIKE =
  /\.(php\d?|s?html?|aspx?|jsp|cgi|pdf|xml|txt|json|jpe?g|png|gif|webp|svg|css|js)$/i

const safeDecode = (text: string): string | null => {
  try {
    return decodeURIComponent(text)
  } catch {
    return null
  }
}

/** encodeURIComponent, keeping the characters a path segment may hold as they are (RFC 3986). */
const encodeSegment = (text: string): string =>
  encodeURIComponent(text).replace(/%(3A|40|24|26|2B|2C|3B|3D)/g, (_, hex: string) =>
    String.fromCharCode(parseInt(hex, 16)),
  )

/**
 * One path segment in a single spelling: decoded, lowercased, encoded again. A segment that is
 * not valid UTF-8 once decoded (e.g. "%E9" from an old Latin-1 site) keeps its escapes, in
 * upper case, with only the ASCII letters around them lowercased.
 */
const canonicalSegment = (segment: string): string => {
  const decoded = safeDecode(segment)
  if (decoded !== null) return encodeSegment(decoded.toLowerCase())
  return segment.replace(/%([0-9a-f]{2})|%|[^%]+/gi, (part, hex?: string) => {
    if (hex) {
      const char = String.fromCharCode(parseInt(hex, 16))
      return /[a-z0-9\-_.!~*'()]/i.test(char) ? char.toLowerCase() : `%${hex.toUpperCase()}`
    }
    if (part === '%') return '%25'
    return encodeSegment(part.toLowerCase())
  })
}

/** The decoded path in lower case, for checks that must not be fooled by "%61dmin". */
const plainPath = (path: string): string => (safeDecode(path) ?? path).toLowerCase()

const underRoot = (path: string, roots: string[]): boolean => {
  const plain = plainPath(path)
  return roots.some((root) => plain === `/${root}` || plain.startsWith(`/${root}/`))
}

/** Whether a path belongs to the admin, the API or Next (never a redirect's source or target). */
export const isReservedPath = (path: string): boolean => underRoot(path, RESERVED_ROOTS)

/** Uploaded files are served under /api; an old PDF may well be redirected to one. */
const isUploadPath = (path: string): boolean => plainPath(path).startsWith('/api/media/file/')

const tidyPath = (path: string): string => {
  const collapsed = path.replace(/\/{2,}/g, '/')
  return collapsed.length > 1 ? collapsed.replace(/\/+$/, '') : collapsed
}

const parse = (text: string): URL | null => {
  try {
    return new URL(text)
  } catch {
    return null
  }
}

const FROM_HINT =
  'Enter the old address as a path such as /blog/knee-pain, or paste the full address of the old page (https://…).'

/**
 * The key of an old address: the path (lowercase, single slashes, no trailing slash, one
 * percent-encoding) and the query without tracking parameters (sorted), without the fragment.
 * Full URLs of any host are reduced to their path; WordPress's /index.php is the home page.
 */
export const normalizeFrom = (input: unknown): Normalized => {
  if (typeof input !== 'string' || !input.trim()) return { ok: false, message: FROM_HINT }
  const text = input.trim()
  if (CONTROL_CHARACTERS.test(text))
    return { ok: false, message: 'The address contains line breaks or other invisible characters.' }
  if (text.length > MAX_LENGTH)
    return { ok: false, message: `An address can be at most ${MAX_LENGTH} characters long.` }

  let absolute: string
  const scheme = SCHEME.exec(text)?.[1]?.toLowerCase()
  const firstPart = text.split(/[/?#]/)[0]
  if (text.startsWith('//') || text.startsWith('\\\\')) absolute = `http:${text}`
  else if (scheme === 'http' || scheme === 'https') absolute = text
  else if (text.startsWith('/') || text.startsWith('\\') || text.startsWith('?'))
    absolute = `http://old.invalid${text.startsWith('?') ? '/' : ''}${text}`
  else if (HOST_LIKE.test(firstPart) && !FILE_LIKE.test(firstPart)) absolute = `http://${text}`
  else if (scheme && !HOST_LIKE.test(firstPart.split(':')[0]))
    return { ok: false, message: FROM_HINT }
  else absolute = `http://old.invalid/${text}`

  const url = parse(absolute)
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:'))
    return { ok: false, message: FROM_HINT }

  let path = tidyPath(url.pathname)
    .split('/')
    .map((segment) => (segment ? canonicalSegment(segment) : segment))
    .join('/')
  path = path.replace(/^\/index\.php(?=\/|$)/, '') || '/'

  const params = new URLSearchParams(url.search)
  for (const name of [...params.keys()]) if (isTrackingParam(name)) params.delete(name)
  params.sort()
  const query = params.toString()
  const value = query ? `${path}?${query}` : path
  if (value.length > MAX_LENGTH)
    return { ok: false, message: `An address can be at most ${MAX_LENGTH} characters long.` }
  return { ok: true, value }
}

/**
 * Whether a redirect may start from this key (a normalised `from`): true, or a message. Admin,
 * API and Next's own paths are never redirected; neither are the addresses the site always
 * answers itself (a redirect from them would never be used). The bare home page cannot be
 * redirected, but a WordPress query on it (/?p=123) can.
 */
export const checkFromKey = (key: string): true | string => {
  const path = key.split('?')[0]
  if (isReservedPath(path))
    return `Addresses under /${plainPath(path).split('/')[1]} belong to the admin and the site's own machinery and cannot be redirected.`
  if (key === '/') return 'The home page itself cannot be redirected. Enter the old page’s address.'
  if (LIVE_ROUTES.includes(path))
    return `${path} is a page of this site, so a redirect from it would never be used.`
  return true
}

/**
 * The keys a request is matched against, best first: the exact address with its query, then the
 * path alone, so "/blog/knee-pain?replytocom=5" still finds the redirect from /blog/knee-pain.
 */
export const lookupKeys = (key: string): string[] => {
  const path = key.split('?')[0]
  return path === key ? [key] : [key, path]
}

const TO_HINT =
  'Enter a path on this site such as /articles/knee-pain, or a full web address starting with https://.'

const sameSite = (url: URL, origin: string): boolean => {
  const site = parse(origin)
  if (!site) return false
  const bare = (host: string) => host.replace(/^www\./, '')
  return bare(url.host) === bare(site.host)
}

/**
 * A redirect's custom target: a path on this site (single slashes, no trailing slash; query and
 * fragment kept), or an external http(s) address. Addresses of this site (NEXT_PUBLIC_SERVER_URL,
 * with or without www.) become paths; other schemes, credentials in the address and the admin
 * are refused.
 */
export const normalizeTo = (input: unknown, origin = serverUrl()): Normalized => {
  if (typeof input !== 'string' || !input.trim()) return { ok: false, message: TO_HINT }
  const text = input.trim()
  if (CONTROL_CHARACTERS.test(text))
    return { ok: false, message: 'The address contains line breaks or other invisible characters.' }
  if (text.length > MAX_LENGTH)
    return { ok: false, message: `An address can be at most ${MAX_LENGTH} characters long.` }
  if (text.startsWith('//') || text.includes('\\')) return { ok: false, message: TO_HINT }

  const scheme = SCHEME.exec(text)?.[1]?.toLowerCase()
  let url: URL | null
  if (text.startsWith('/')) {
    url = parse(`http://site.invalid${text}`)
  } else if (scheme === 'http' || scheme === 'https') {
    url = parse(text)
    if (url && (url.username || url.password))
      return { ok: false, message: 'A web address must not contain a user name or password.' }
    if (url && !sameSite(url, origin)) return { ok: true, value: url.href }
  } else if (scheme) {
    return {
      ok: false,
      message: `Visitors can only be sent to a web page: "${scheme}:" addresses are not allowed.`,
    }
  } else {
    return { ok: false, message: TO_HINT }
  }
  if (!url) return { ok: false, message: TO_HINT }

  const path = tidyPath(url.pathname)
  if (isReservedPath(path) && !isUploadPath(path))
    return {
      ok: false,
      message: `Visitors cannot be sent to /${plainPath(path).split('/')[1]}: it belongs to the admin and the site's own machinery.`,
    }
  return { ok: true, value: `${path}${url.search}${url.hash}` }
}

/** The key a redirect target is looked up by when chains are followed (null: another site). */
export const targetKey = (target: string): string | null => {
  if (!target.startsWith('/')) return null
  const key = normalizeFrom(target)
  return key.ok ? key.value : null
}

/** Whether the site may send a visitor to this address (checked again on every redirect). */
export const isSafeTarget = (target: string): boolean => {
  if (target.startsWith('/')) return normalizeTo(target, '').ok
  const url = parse(target)
  return Boolean(url && (url.protocol === 'https:' || url.protocol === 'http:') && !url.username)
}

export type SearchParams = Record<string, string | string[] | undefined>

/** Characters that would end a path segment early, should a segment arrive decoded. */
const SEGMENT_BREAKERS = /%(?![0-9a-f]{2})|[?#/]/gi

/**
 * The address a visitor asked for, rebuilt from a route's params and search params, ready for
 * normalizeFrom. Next hands catch-all params over as they were sent (still percent-encoded,
 * e.g. "caf%C3%A9"), so they are joined as they are; normalizeFrom settles the encoding.
 */
export const requestPath = (segments: string[], searchParams: SearchParams = {}): string => {
  const path = `/${segments
    .map((segment) => segment.replace(SEGMENT_BREAKERS, (char) => encodeURIComponent(char)))
    .join('/')}`
  const query = new URLSearchParams()
  for (const [name, value] of Object.entries(searchParams)) {
    for (const item of Array.isArray(value) ? value : value === undefined ? [] : [value])
      query.append(name, item)
  }
  const text = query.toString()
  return text ? `${path}?${text}` : path
}
