type LexicalNode = {
  type?: string
  text?: string
  children?: LexicalNode[]
  fields?: { blockType?: string; citation?: unknown }
}

export type CiteMarker = {
  /** 1 for the first marker in the text, 2 for the second… */
  ordinal: number
  /** The paper's id, or null when the marker has none. */
  citation: number | string | null
  /** The end of the words before it in its paragraph, e.g. "…knee pain"; '' at the start. */
  after: string
}

const idOf = (value: unknown): number | string | null => {
  const id = value && typeof value === 'object' ? (value as { id?: unknown }).id : value
  return typeof id === 'number' || (typeof id === 'string' && id !== '') ? id : null
}

// About 30 characters, whole words only.
const lastWords = (words: string): string => {
  const tail = words.slice(-30)
  return words[words.length - 31] === ' ' ? tail : tail.replace(/^\S*\s/, '')
}

const BLOCK_TYPES = new Set(['paragraph', 'heading', 'listitem', 'quote'])

/** Every cite marker of Lexical JSON in reading order, with the words it follows. */
export const citeMarkers = (content: { root?: LexicalNode } | null | undefined): CiteMarker[] => {
  const markers: CiteMarker[] = []
  let text = ''
  const visit = (node: LexicalNode) => {
    if (node.type && BLOCK_TYPES.has(node.type)) text = ''
    if (node.type === 'text' || node.type === 'tab') text += node.text ?? ''
    if (node.type === 'linebreak') text += ' '
    if (node.type === 'inlineBlock' && node.fields?.blockType === 'cite') {
      const words = text.replace(/\s+/g, ' ').trim()
      markers.push({
        ordinal: markers.length + 1,
        citation: idOf(node.fields.citation),
        after: words.length > 30 ? `…${lastWords(words)}` : words,
      })
    }
    node.children?.forEach(visit)
  }
  if (content?.root) visit(content.root)
  return markers
}

/** "Citation 2, after "…knee pain", has no paper." */
export const describeBrokenMarker = ({ ordinal, after }: CiteMarker): string =>
  `Citation ${ordinal}, ${after ? `after "${after}"` : 'at the start of a paragraph'}, has no paper.`
