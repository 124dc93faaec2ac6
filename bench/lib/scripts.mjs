// @ts-check
// Which JavaScript files a page makes a modern browser download, read from its HTML.

const ATTRIBUTE = /([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g

/** @param {string} value */
const decodeEntities = (value) =>
  value
    .replace(/&#x([\da-f]+);/gi, (_, hex) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec) => String.fromCodePoint(Number(dec)))
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')

/**
 * The attributes of one start tag (`<script src="a.js" async>`); names are lower-cased.
 * @param {string} tag
 * @returns {Map<string, string>}
 */
export const parseAttributes = (tag) => {
  const attributes = new Map()
  const inner = tag.replace(/^<\s*[a-z0-9-]+/i, '').replace(/\/?>$/, '')
  for (const match of inner.matchAll(ATTRIBUTE)) {
    const name = match[1].toLowerCase()
    if (!attributes.has(name)) {
      attributes.set(name, decodeEntities(match[2] ?? match[3] ?? match[4] ?? ''))
    }
  }
  return attributes
}

// Script types a browser runs; anything else (JSON-LD, importmap, templates) is data.
const EXECUTABLE_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript'])

/** @param {Map<string, string>} attributes */
const isModernScript = (attributes) =>
  attributes.has('src') &&
  // A browser that supports modules skips `nomodule` scripts (Next's polyfills).
  !attributes.has('nomodule') &&
  EXECUTABLE_TYPES.has((attributes.get('type') ?? '').trim().toLowerCase())

/** @param {Map<string, string>} attributes */
const isScriptPreload = (attributes) => {
  const rel = (attributes.get('rel') ?? '').toLowerCase().split(/\s+/)
  if (!attributes.has('href')) return false
  if (rel.includes('modulepreload')) return true
  return rel.includes('preload') && (attributes.get('as') ?? '').toLowerCase() === 'script'
}

/**
 * The URLs of the scripts the page loads, in document order and without repeats: `<script
 * src>` that a module-capable browser runs (not `nomodule` polyfills, not data blocks), plus
 * scripts it is told to preload (`modulepreload`, `preload as=script`), which it fetches too.
 * Relative URLs are resolved against `pageUrl`.
 * @param {string} html
 * @param {string} pageUrl
 * @returns {string[]}
 */
export const scriptUrls = (html, pageUrl) => {
  /** @type {string[]} */
  const urls = []
  /** @param {string | undefined} value */
  const add = (value) => {
    if (!value) return
    const url = new URL(value, pageUrl).href
    if (!urls.includes(url)) urls.push(url)
  }
  // Comments and the text inside scripts may look like markup but are never parsed as tags.
  const markup = html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/(<script\b[^>]*>)[\s\S]*?<\/script\s*>/gi, '$1</script>')
  for (const [tag] of markup.matchAll(/<(script|link)\b[^>]*>/gi)) {
    const attributes = parseAttributes(tag)
    if (/^<script/i.test(tag) && isModernScript(attributes)) add(attributes.get('src'))
    else if (/^<link/i.test(tag) && isScriptPreload(attributes)) add(attributes.get('href'))
  }
  return urls
}

/**
 * The scripts a page fetches only when a visitor reaches for one of its islands (a form): the
 * runtime its loader lists (src/hydration/runtime.mjs) and the client chunks its flight data
 * names, in order of first mention, without those it loads anyway.
 * @param {string} html
 * @param {string} pageUrl
 * @returns {string[]}
 */
export const deferredScriptUrls = (html, pageUrl) => {
  const onLoad = new Set(scriptUrls(html, pageUrl))
  const urls = new Set()
  for (const [path] of html.matchAll(/\/_next\/static\/chunks\/[\w.-]+\.js/g)) {
    const url = new URL(path, pageUrl).href
    if (!onLoad.has(url)) urls.add(url)
  }
  return [...urls]
}
