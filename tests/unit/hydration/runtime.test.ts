import { hydrationOf, htmlForVisitors, runtimeLoader } from '@/hydration/runtime.mjs'

// The shape of a page as Next 16 (Turbopack) renders it: script preloads in the head, the chunk
// list and the runtime's scripts after the footer, then the flight data.
const page = ({
  opted = true,
  island = '',
  nonce = '',
}: { opted?: boolean; island?: string; nonce?: string } = {}) => {
  const n = nonce ? ` nonce="${nonce}"` : ''
  return (
    `<!DOCTYPE html><html lang="en"${opted ? ' data-hydration="islands"' : ''}><head>` +
    '<link rel="stylesheet" href="/_next/static/chunks/site.css" data-precedence="next"/>' +
    '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/a.js"/>' +
    '<link rel="preload" as="font" href="/_next/static/media/font.woff2" crossorigin=""/>' +
    '<link rel="canonical" href="https://clinic.example/x"/></head><body>' +
    '<main><h1>Knee pain</h1><p>Write data-island=&quot;load&quot; to keep it.</p>' +
    island +
    '<script type="application/ld+json">{"note":" data-island=\\"load\\""}</script></main>' +
    `<script id="_R_"${n}>(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":["static/chunks/a.js"]});</script>` +
    `<script src="/_next/static/chunks/a.js" async=""${n}></script>` +
    `<script src="/_next/static/chunks/polyfills.js" noModule=""${n}></script>` +
    `<script src="/_next/static/chunks/turbopack-b.js" async=""${n}></script>` +
    `<script${n}>(self.__next_f=self.__next_f||[]).push([0])</script>` +
    `<script${n}>self.__next_f.push([1,"0:{\\"P\\":null}"])</script>` +
    `<script${n}>$RC("B:0","S:0")</script>` +
    '</body></html>'
  )
}

const FORM = '<form class="site-form" data-island="interaction"><input name="email"/></form>'
const BAR = '<div class="preview-bar" data-island="load">Preview</div>'

const scriptTags = (html: string) => html.match(/<script\b[^>]*>/g) ?? []

describe('hydrationOf', () => {
  it('is null on a page that has not opted in (the admin)', () => {
    expect(hydrationOf(page({ opted: false, island: FORM }))).toBeNull()
  })

  it('reads the islands of an opted-in page, the most demanding one winning', () => {
    expect(hydrationOf(page())).toBe('none')
    expect(hydrationOf(page({ island: FORM }))).toBe('interaction')
    expect(hydrationOf(page({ island: FORM + BAR }))).toBe('load')
    expect(hydrationOf(page({ island: BAR + FORM }))).toBe('load')
  })

  it('keeps the runtime for an island kind it does not know', () => {
    expect(hydrationOf(page({ island: '<div data-island="carousel"></div>' }))).toBe('load')
  })

  it('is not fooled by the words in a page’s text or its JSON-LD', () => {
    // Both are in page(): escaped as &quot; in text and as \" in JSON.
    expect(hydrationOf(page())).toBe('none')
  })
})

describe('htmlForVisitors', () => {
  it('leaves a page that has not opted in byte for byte', () => {
    const html = page({ opted: false })
    expect(htmlForVisitors(html)).toBe(html)
  })

  it('leaves a page with an island that hydrates on load byte for byte', () => {
    const html = page({ island: BAR })
    expect(htmlForVisitors(html)).toBe(html)
  })

  it('sends a page without islands as plain HTML: no runtime, no preloads, no flight data', () => {
    const html = htmlForVisitors(page())
    expect(html).not.toContain('/_next/static/chunks/a.js')
    expect(html).not.toContain('turbopack-b.js')
    expect(html).not.toContain('polyfills.js')
    expect(html).not.toContain('__next_f')
    expect(html).not.toContain('TURBOPACK')
    // What is not Next's runtime stays: styles, fonts, links, JSON-LD, React's own scripts.
    expect(html).toContain('<link rel="stylesheet" href="/_next/static/chunks/site.css"')
    expect(html).toContain('as="font"')
    expect(html).toContain('<link rel="canonical"')
    expect(html).toContain('<script type="application/ld+json">')
    expect(html).toContain('<script>$RC("B:0","S:0")</script>')
    expect(html).toContain('<h1>Knee pain</h1>')
    expect(scriptTags(html)).toEqual(['<script type="application/ld+json">', '<script>'])
  })

  it('defers the runtime and the flight data of a page with a form to a loader', () => {
    const html = htmlForVisitors(page({ island: FORM }))
    expect(html).not.toMatch(/<script src=/)
    expect(html).not.toContain('rel="preload" as="script"')
    expect(html).not.toContain('__next_f.push([1,')
    expect(html).toContain('<script>$RC("B:0","S:0")</script>')
    // Turbopack's chunk list stays: the runtime the loader fetches reads it.
    expect(html).toContain('<script id="_R_">')
    expect(html).toContain(FORM)
    const loader = runtimeLoader([
      '/_next/static/chunks/a.js',
      '/_next/static/chunks/turbopack-b.js',
    ])
    expect(html.endsWith(`<script>${loader}</script></body></html>`)).toBe(true)
  })

  it('gives the loader the nonce of the page’s scripts on a page rendered per request', () => {
    const html = htmlForVisitors(page({ island: FORM, nonce: 'bm9uY2U=' }))
    expect(html).toMatch(/<script nonce="bm9uY2U=">\(\(\)=>\{const s=/)
    expect(htmlForVisitors(page({ nonce: 'bm9uY2U=' }))).not.toContain('__next_f')
  })

  it('is idempotent: a stored page prepared twice is the same page', () => {
    for (const island of ['', FORM]) {
      const once = htmlForVisitors(page({ island }))
      expect(htmlForVisitors(once)).toBe(once)
    }
  })
})

describe('runtimeLoader in a browser', () => {
  const SOURCES = ['/_next/static/chunks/a.js', '/_next/static/chunks/turbopack-b.js']
  // The page's RSC answer, with a byte that is not UTF-8 on its own: it must arrive unchanged.
  const FLIGHT = new Uint8Array(
    [...'0:{"P":null}\n'].map((char) => char.charCodeAt(0)).concat(0xff),
  )
  const world = window as unknown as { __next_f?: unknown[]; fetch: typeof fetch }
  type Answer = { ok: boolean; arrayBuffer: () => Promise<ArrayBuffer> }
  const answer = (status: number, bytes = new Uint8Array()): Answer => ({
    ok: status < 300,
    arrayBuffer: async () => bytes.slice().buffer,
  })
  let answers: Array<() => Promise<Answer>>
  let asked: Array<{ url: string; headers: unknown }>

  beforeEach(() => {
    document.head.innerHTML = ''
    document.body.innerHTML =
      '<p><a href="/x">Elsewhere</a></p>' +
      '<form data-island="interaction"><label>Email <input name="email"/></label></form>'
    delete world.__next_f
    asked = []
    answers = []
    // jsdom has no network or fetch: this answers as the server's RSC endpoint would, or fails.
    world.fetch = (async (url: URL, init: { headers: unknown }) => {
      asked.push({ url: String(url), headers: init.headers })
      const next = answers.shift()
      return next ? next() : answer(200, FLIGHT)
    }) as unknown as typeof fetch
  })

  // A loader whose form was never reached still listens on the window: reach it, so it is done.
  afterEach(async () => {
    document.querySelector('input')?.dispatchEvent(new FocusEvent('focusin', { bubbles: true }))
    await settled()
  })

  const settled = () => new Promise((resolve) => setTimeout(resolve, 0))
  // jsdom does not run injected scripts, so what is asserted is what the browser would fetch.
  const scripts = () =>
    [...document.head.querySelectorAll('script')].map((script) => script.getAttribute('src'))
  const preloads = () =>
    [...document.head.querySelectorAll('link[rel=preload]')].map((link) =>
      link.getAttribute('href'),
    )
  const run = () => new Function(runtimeLoader(SOURCES))()
  const reach = (type = 'focusin') =>
    document.querySelector('input')!.dispatchEvent(new FocusEvent(type, { bubbles: true }))

  it('fetches nothing until a visitor reaches for the form', async () => {
    run()
    document.querySelector('a')!.dispatchEvent(new Event('pointerover', { bubbles: true }))
    document.querySelector('a')!.dispatchEvent(new FocusEvent('focusin', { bubbles: true }))
    await settled()
    expect(asked).toEqual([])
    expect(scripts()).toEqual([])
  })

  it('fetches the flight data, hands it to Next byte for byte, then the runtime, once', async () => {
    run()
    reach('focusin')
    reach('touchstart')
    reach('pointerdown')
    expect(preloads()).toEqual(SOURCES)
    await settled()
    expect(asked).toEqual([{ url: 'http://localhost/?_rsc=', headers: { RSC: '1' } }])
    const [bootstrap, [kind, base64]] = world.__next_f as [unknown[], [number, string]]
    expect(bootstrap).toEqual([0])
    expect(kind).toBe(3)
    expect(Uint8Array.from(atob(base64), (char) => char.charCodeAt(0))).toEqual(FLIGHT)
    expect(scripts()).toEqual(SOURCES)
    expect(document.head.querySelector('script')!.async).toBe(true)
  })

  it('loads no runtime when the flight data cannot be fetched, and tries again on the next reach', async () => {
    answers.push(async () => answer(503))
    answers.push(() => Promise.reject(new TypeError('offline')))
    run()
    reach()
    await settled()
    expect(scripts()).toEqual([])
    reach()
    await settled()
    expect(scripts()).toEqual([])
    reach()
    await settled()
    expect(asked).toHaveLength(3)
    expect(scripts()).toEqual(SOURCES)
    expect(preloads()).toEqual(SOURCES)
  })

  it('asks for the address the page was loaded from, its query kept and its fragment not', async () => {
    window.history.replaceState(null, '', '/contact?office=chicagoland#form')
    try {
      run()
      reach()
      await settled()
      expect(asked.map(({ url }) => url)).toEqual([
        'http://localhost/contact?office=chicagoland&_rsc=',
      ])
    } finally {
      window.history.replaceState(null, '', '/')
    }
  })

  it('fetches at once when a field already has the focus as the page ends', async () => {
    document.querySelector('input')!.focus()
    run()
    await settled()
    expect(scripts()).toEqual(SOURCES)
  })

  it('writes a source list that cannot close its own script element', () => {
    expect(runtimeLoader(['/_next/</script><script>alert(1)//.js'])).not.toContain('</script>')
  })
})
