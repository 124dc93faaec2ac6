import { deferredScriptUrls, parseAttributes, scriptUrls } from '../../../bench/lib/scripts.mjs'

const PAGE = 'http://127.0.0.1:3100/articles/knee'

describe('scriptUrls', () => {
  it('finds the scripts a module-capable browser runs, in order, resolved against the page', () => {
    const html = `<html><head>
      <script src="/_next/static/chunks/runtime.js" async=""></script>
      <script type="module" src="./module.js"></script>
      <script src='https://cdn.example/lib.js'></script>
      <script src=/bare.js defer></script>
    </head></html>`
    expect(scriptUrls(html, PAGE)).toEqual([
      'http://127.0.0.1:3100/_next/static/chunks/runtime.js',
      'http://127.0.0.1:3100/articles/module.js',
      'https://cdn.example/lib.js',
      'http://127.0.0.1:3100/bare.js',
    ])
  })

  it('skips nomodule polyfills however the attribute is written', () => {
    const html = `
      <script src="/polyfills-a.js" noModule=""></script>
      <script src="/polyfills-b.js" nomodule></script>
      <script NOMODULE src="/polyfills-c.js"></script>
      <script src="/app.js"></script>`
    expect(scriptUrls(html, PAGE)).toEqual(['http://127.0.0.1:3100/app.js'])
  })

  it('skips data blocks and inline scripts, and markup inside scripts or comments', () => {
    const html = `
      <script type="application/ld+json">{"@context":"https://schema.org"}</script>
      <script type="application/json" src="/data.json"></script>
      <script>self.__next_f.push([1,"<script src=\\"/fake.js\\"></script>"])</script>
      <!-- <script src="/commented.js"></script> -->
      <script src="/real.js"></script>`
    expect(scriptUrls(html, PAGE)).toEqual(['http://127.0.0.1:3100/real.js'])
  })

  it('counts scripts the page tells the browser to preload, once', () => {
    const html = `
      <link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/a.js"/>
      <link rel="modulepreload" href="/m.js">
      <link rel="preload" as="style" href="/s.css">
      <link rel="stylesheet" href="/s.css">
      <script src="/_next/static/chunks/a.js" async></script>`
    expect(scriptUrls(html, PAGE)).toEqual([
      'http://127.0.0.1:3100/_next/static/chunks/a.js',
      'http://127.0.0.1:3100/m.js',
    ])
  })

  it('decodes entities in addresses', () => {
    expect(scriptUrls('<script src="/x.js?a=1&amp;b=2"></script>', PAGE)).toEqual([
      'http://127.0.0.1:3100/x.js?a=1&b=2',
    ])
  })

  it('finds nothing on a page without scripts', () => {
    expect(scriptUrls('<p>Reading works without JavaScript.</p>', PAGE)).toEqual([])
  })
})

describe('parseAttributes', () => {
  it('reads quoted, unquoted and empty attributes, names lower-cased, the first one winning', () => {
    const attributes = parseAttributes(
      `<script SRC="a.js" async data-x='y' type=module src="b.js">`,
    )
    expect(Object.fromEntries(attributes)).toEqual({
      src: 'a.js',
      async: '',
      'data-x': 'y',
      type: 'module',
    })
  })
})

describe('deferredScriptUrls', () => {
  it('lists the runtime a form page defers and the chunks its flight data names, once each', () => {
    const html =
      '<script src="/_next/static/chunks/on-load.js" async=""></script>' +
      '<script>self.__next_f.push([1,"2:\\"/_next/static/chunks/form.js\\"\\n3:\\"/_next/static/chunks/on-load.js\\""])</script>' +
      '<script>(()=>{const s=["/_next/static/chunks/a.js","/_next/static/chunks/form.js"]})()</script>'
    expect(deferredScriptUrls(html, PAGE)).toEqual([
      'http://127.0.0.1:3100/_next/static/chunks/form.js',
      'http://127.0.0.1:3100/_next/static/chunks/a.js',
    ])
  })

  it('is empty for a page without islands', () => {
    expect(deferredScriptUrls('<p>Plain HTML.</p>', PAGE)).toEqual([])
  })
})
