// @ts-check
// BENCHMARKS.md is written by several commands; each owns a section between two markers, which
// the others keep when they rewrite the file.

/** @param {string} name */
const markers = (name) => [`<!-- npm run ${name}: start -->`, `<!-- npm run ${name}: end -->`]

/**
 * `markdown` with the section of `name` replaced by `section` (appended when it has none).
 * @param {string} markdown
 * @param {string} name e.g. 'load'
 * @param {string} section
 */
export const replaceSection = (markdown, name, section) => {
  const [open, close] = markers(name)
  const block = `${open}\n\n${section.trim()}\n\n${close}`
  const start = markdown.indexOf(open)
  const end = markdown.indexOf(close)
  if (start >= 0 && end > start)
    return `${markdown.slice(0, start)}${block}${markdown.slice(end + close.length)}`
  return `${markdown.trimEnd()}\n\n${block}\n`
}

/**
 * `next` followed by the sections of `names` found in `previous`, as they were.
 * @param {string} previous
 * @param {string} next
 * @param {string[]} names
 */
export const keepSections = (previous, next, names) =>
  names.reduce((markdown, name) => {
    const [open, close] = markers(name)
    const start = previous.indexOf(open)
    const end = previous.indexOf(close)
    if (start < 0 || end < start) return markdown
    return `${markdown.trimEnd()}\n\n${previous.slice(start, end + close.length)}\n`
  }, next)
