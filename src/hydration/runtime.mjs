// What a public page sends to the browser besides its HTML. Every page of the App Router loads
// React and Next's runtime to hydrate the whole document, although most of ours have nothing to
// hydrate: that start-up task is what kept them under Lighthouse 100 (BENCHMARKS.md, "Where a
// page load's main-thread time goes"). Pages opt in with `data-hydration="islands"` on <html>;
// then only marked islands decide:
//
// - no island: Next's scripts, script preloads and flight data are removed (a plain HTML page);
// - `data-island="interaction"` (a form): the same, and when a visitor first reaches for an
//   island (hover, touch, focus) a small loader fetches the flight data and the runtime;
// - `data-island="load"` (the preview bar), or any value not known here: the page is unchanged.
//
// Plain JavaScript: the cache handler, which is loaded by Node without a TypeScript step, uses it
// on every page it stores, and the server on every page it renders per request.

export const DOCUMENT_ATTRIBUTE = 'data-hydration'
export const ISLAND_ATTRIBUTE = 'data-island'

/** @typedef {'none' | 'interaction' | 'load'} Hydration */

const OPTED_IN = new RegExp(`<html\\b[^>]*\\s${DOCUMENT_ATTRIBUTE}="islands"`)
// Only a real attribute: React writes a quote inside text as &quot; and inside JSON as \".
const ISLAND = new RegExp(`\\s${ISLAND_ATTRIBUTE}="([^"]*)"`, 'g')

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/g
const SCRIPT_PRELOAD = /<link\b(?=[^>]*\brel="preload")(?=[^>]*\bas="script")[^>]*>/g
const NEXT_ASSET = /\bsrc="(\/_next\/[^"]+)"/
// Flight data (self.__next_f) and Turbopack's chunk list (<script id="_R_">) are Next's; any
// other inline script, such as React's own for a streamed Suspense boundary, stays.
const NEXT_INLINE = /^\s*(?:\(?self\.__next_f\b|\(globalThis\["TURBOPACK"\])/
const NONCE = /\snonce="([^"]+)"/
const NO_MODULE = /\snoModule\b/i

/**
 * How much of Next's runtime the page needs; null when the page has not opted in (the admin).
 * @param {string} html
 * @returns {Hydration | null}
 */
export const hydrationOf = (html) => {
  if (!OPTED_IN.test(html)) return null
  let hydration = /** @type {Hydration} */ ('none')
  for (const [, kind] of html.matchAll(ISLAND)) {
    if (kind !== 'interaction') return 'load'
    hydration = 'interaction'
  }
  return hydration
}

/**
 * The inline script that, once a visitor reaches for an island (or one already has the focus: a
 * restored page, a link to a field), fetches the page's flight data (the same bytes Next would
 * have inlined: its RSC answer for this address) and then Next's runtime, which hydrates from
 * it. A failed fetch is tried again on the next reach. `_rsc` is Next's cache-busting parameter:
 * empty is its value for a request without router state, so Next does not redirect to add it.
 * @param {string[]} sources the runtime's script addresses, in the page's order
 */
export const runtimeLoader = (sources) =>
  `(()=>{const s=${JSON.stringify(sources).replace(/</g, '\\u003c')},t=["pointerover","pointerdown","touchstart","focusin"],` +
  `w=e=>e&&e.closest&&e.closest("[${ISLAND_ATTRIBUTE}]");let b=0,p=0;` +
  `const go=async()=>{if(b)return;b=1;` +
  `if(!p){p=1;for(const src of s){const l=document.createElement("link");l.rel="preload";l.as="script";l.href=src;document.head.append(l)}}` +
  `try{const u=new URL(location.href);u.hash="";u.searchParams.set("_rsc","");` +
  `const r=await fetch(u,{headers:{RSC:"1"},credentials:"same-origin"});if(!r.ok)throw 0;` +
  `const a=new Uint8Array(await r.arrayBuffer());let x="";for(let i=0;i<a.length;i+=32768)x+=String.fromCharCode.apply(null,a.subarray(i,i+32768));` +
  `for(const n of t)removeEventListener(n,on,!0);(self.__next_f=self.__next_f||[]).push([0],[3,btoa(x)]);` +
  `for(const src of s){const e=document.createElement("script");e.src=src;e.async=!0;document.head.append(e)}}catch{b=0}},` +
  `on=e=>{w(e.target)&&go()};` +
  `for(const n of t)addEventListener(n,on,{capture:!0,passive:!0});if(w(document.activeElement))go()})()`

/**
 * The page as a visitor's browser should get it (see the top of this file).
 * @param {string} html
 * @returns {string}
 */
export const htmlForVisitors = (html) => {
  const hydration = hydrationOf(html)
  if (hydration === null || hydration === 'load') return html
  const sources = []
  let nonce
  let page = html.replace(SCRIPT, (tag, attributes, body) => {
    const asset = NEXT_ASSET.exec(attributes)
    if (asset) {
      // The legacy-browser polyfills (noModule) are never fetched by the browsers that run the
      // loader, and a page without islands needs none of it.
      if (!NO_MODULE.test(attributes)) sources.push(asset[1])
      nonce ??= NONCE.exec(attributes)?.[1]
      return ''
    }
    if (!NEXT_INLINE.test(body)) return tag
    nonce ??= NONCE.exec(attributes)?.[1]
    // Turbopack's chunk list only names chunks: it stays for the runtime the loader fetches.
    return hydration === 'interaction' && body.includes('TURBOPACK') ? tag : ''
  })
  page = page.replace(SCRIPT_PRELOAD, (tag) => (/\bhref="\/_next\//.test(tag) ? '' : tag))
  if (hydration === 'none' || !sources.length) return page
  const loader = `<script${nonce ? ` nonce="${nonce}"` : ''}>${runtimeLoader(sources)}</script>`
  const end = page.lastIndexOf('</body>')
  return end === -1 ? page + loader : page.slice(0, end) + loader + page.slice(end)
}

const STAFF_OR_DATA = /^\/(?:admin|api)(?:[/?#]|$)/

/**
 * Hands htmlForVisitors to Next's server for the pages it renders per request; its send step is
 * patched to look for it (patches/next+16.4.6+004+html-for-visitors-on-rendered-pages.patch).
 * The admin and the API stream as before.
 */
export const registerHtmlForVisitors = () => {
  globalThis[Symbol.for('clinic.htmlForVisitors')] = {
    handles: (/** @type {string} */ url) => !STAFF_OR_DATA.test(url),
    transform: htmlForVisitors,
  }
}
