import type { Citation } from '@/payload-types'

export type LexicalNode = {
  type?: string
  children?: LexicalNode[]
  fields?: { blockType?: string; citation?: number | string | Citation | null }
  [key: string]: unknown
}

export type LexicalContent = { root?: LexicalNode } | null | undefined

const isCite = (node: LexicalNode) =>
  node.type === 'inlineBlock' && node.fields?.blockType === 'cite'

/** The ids of the papers cited in Lexical content (unpopulated markers only). */
export const citedIds = (content: LexicalContent): (number | string)[] => {
  const ids: (number | string)[] = []
  const visit = (node: LexicalNode) => {
    const citation = isCite(node) ? node.fields?.citation : undefined
    if (typeof citation === 'number' || typeof citation === 'string') ids.push(citation)
    node.children?.forEach(visit)
  }
  if (content?.root) visit(content.root)
  return ids
}

/**
 * The same content with each inline `cite` marker replaced by plain text, "[Platas et al, 2016]",
 * so a comparison of two versions reads and diffs the paper's short name.
 */
export const citeMarkersAsText = <T extends LexicalContent>(
  content: T,
  nameOf: (citation: Citation | number | string | null | undefined) => string,
): T => {
  if (!content?.root) return content
  const map = (node: LexicalNode): LexicalNode =>
    isCite(node)
      ? {
          type: 'text',
          version: 1,
          text: `[${nameOf(node.fields?.citation)}]`,
          detail: 0,
          format: 0,
          mode: 'normal',
          style: '',
        }
      : node.children
        ? { ...node, children: node.children.map(map) }
        : node
  return { ...content, root: map(content.root) }
}
