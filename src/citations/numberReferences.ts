import type { Citation } from '@/payload-types'

type LexicalNode = {
  type?: string
  children?: LexicalNode[]
  fields?: { blockType?: string; citation?: number | string | Citation | null; id?: string }
  [key: string]: unknown
}

export type NumberedReference = {
  number: number
  citation: Citation | number | string
  /** How many times the paper is cited in the text. */
  occurrences: number
}

export type ReferenceNumbering = {
  references: NumberedReference[]
  numberOf: (citation: Citation | number | string | null | undefined) => number | undefined
}

const citationKey = (citation: Citation | number | string): string =>
  String(typeof citation === 'object' ? citation.id : citation)

/**
 * Walks Lexical JSON in reading order and numbers cited papers by first appearance; a paper
 * cited again keeps its number.
 */
export const numberReferences = (
  content: { root?: LexicalNode } | null | undefined,
): ReferenceNumbering => {
  const byKey = new Map<string, NumberedReference>()
  const visit = (node: LexicalNode) => {
    if (node.type === 'inlineBlock' && node.fields?.blockType === 'cite' && node.fields.citation) {
      const key = citationKey(node.fields.citation)
      const existing = byKey.get(key)
      if (existing) existing.occurrences += 1
      else
        byKey.set(key, { number: byKey.size + 1, citation: node.fields.citation, occurrences: 1 })
    }
    node.children?.forEach(visit)
  }
  if (content?.root) visit(content.root)
  return {
    references: [...byKey.values()],
    numberOf: (citation) => (citation ? byKey.get(citationKey(citation))?.number : undefined),
  }
}
