// Lexical JSON to plain text, for site search (what it matches and quotes), descriptions and
// structured data. Only what a reader sees as prose is kept: inline citations (numbers),
// embedded blocks (calls to action, forms) and uploads are not.

type LexicalNode = {
  type?: string
  text?: unknown
  children?: unknown
  [key: string]: unknown
}

const SKIPPED = new Set(['inlineBlock', 'block', 'upload', 'relationship', 'horizontalrule'])

/** Nodes that start a new line of text (so words of two paragraphs never run together). */
const BLOCKS = new Set(['paragraph', 'heading', 'quote', 'listitem', 'list', 'table', 'tablerow'])

const walk = (node: unknown, out: string[]): void => {
  if (!node || typeof node !== 'object') return
  const { type, text, children } = node as LexicalNode
  if (type && SKIPPED.has(type)) return
  if (type === 'text' && typeof text === 'string') {
    out.push(text)
    return
  }
  if (type === 'linebreak') {
    out.push('\n')
    return
  }
  if (type === 'tab') {
    out.push(' ')
    return
  }
  // Blocks start and end a line; table cells are at least a space apart.
  const gap = type && BLOCKS.has(type) ? '\n' : type === 'tablecell' ? ' ' : ''
  out.push(gap)
  if (Array.isArray(children)) for (const child of children) walk(child, out)
  out.push(gap)
}

/** The text of a Lexical document: paragraphs on their own lines, spaces tidied. */
export const lexicalToPlainText = (value: unknown): string => {
  if (!value || typeof value !== 'object') return ''
  const out: string[] = []
  walk((value as { root?: unknown }).root ?? value, out)
  return out
    .join('')
    .split('\n')
    .map((line) => line.replace(/[^\S\n]+/g, ' ').trim())
    .filter(Boolean)
    .join('\n')
}

/** The same on one line (descriptions, structured data). */
export const lexicalToOneLine = (value: unknown): string =>
  lexicalToPlainText(value).replace(/\n/g, ' ')
