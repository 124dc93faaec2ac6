// @ts-check
// What `npm run snapshot` blanks out of an answer so that two builds of the same content compare
// equal: whatever the build, the seeding moment or the request decides rather than the code.

const DAY_MS = 24 * 60 * 60 * 1000

/**
 * @param {string} body
 * @param {{ base: string, now?: number }} options `base` is the site's own address
 * @returns {string}
 */
export const normalizeSnapshot = (body, { base, now = Date.now() }) => {
  const recent = (/** @type {string} */ text, /** @type {string} */ label) => {
    const time = Date.parse(text)
    return Number.isFinite(time) && Math.abs(time - now) < DAY_MS ? label : text
  }
  let text = body
  try {
    text = JSON.stringify(JSON.parse(body), null, 2)
  } catch {
    // Not JSON: HTML, XML or text.
  }
  return (
    text
      .replaceAll(base, '<site>')
      .replace(/(<site>|http:\/\/127\.0\.0\.1:\d+)/g, '<site>')
      // Hashed asset names differ per build.
      .replace(/\/_next\/static\/[\w\-./~%]+/g, '/_next/static/<asset>')
      // The flight data names modules by build-specific ids.
      .replace(/(<script[^>]*>)self\.__next_f\.push\([\s\S]*?\)<\/script>/g, '$1[flight]</script>')
      .replace(/nonce="[^"]*"/g, 'nonce="<nonce>"')
      // A sharing card's address carries its document's save time, to refresh shared previews.
      .replace(/(\/og\/[^"?\s]+)\?v=[0-9a-z]+/g, '$1?v=<saved>')
      // Payload gives array rows and blocks a new random ObjectId on every seed.
      .replace(/\b[0-9a-f]{24}\b/g, '<row id>')
      .replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:\d\d)/g, (match) =>
        recent(match, '<recent time>'),
      )
      .replace(/[A-Z][a-z]{2}, \d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d GMT/g, (match) =>
        recent(match, '<recent time>'),
      )
  )
}

/**
 * A file name for an address, readable and unique: `page /articles?page=2` → `page_articles_page_2-….txt`.
 * @param {string} name
 */
export const snapshotFileName = (name) => {
  const readable = name
    .replace(/[^\w-]+/g, '_')
    .replace(/_+/g, '_')
    .slice(0, 120)
  let hash = 0
  for (const char of name) hash = (Math.imul(hash, 31) + char.charCodeAt(0)) >>> 0
  return `${readable}-${hash.toString(36)}.txt`
}
