import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'

type Node = { type?: string; text?: string; fields?: { blockType?: string }; children?: Node[] }

const isCite = (node: Node | undefined) =>
  node?.type === 'inlineBlock' && node.fields?.blockType === 'cite'

const tighten = (children: Node[]): Node[] =>
  children.map((node, index) => {
    const next = node.children ? { ...node, children: tighten(node.children) } : node
    // A reference number sits against its word: "pain¹", never "pain ¹".
    return next.type === 'text' && typeof next.text === 'string' && isCite(children[index + 1])
      ? { ...next, text: next.text.replace(/[ \u00a0]+$/, '') }
      : next
  })

/**
 * Content written before "/" opened the menu right after a word has a space before each cite
 * ("knee pain /cite" left "knee pain " behind). Removed when rendering; the stored JSON is left
 * as the editor wrote it.
 */
export const tightenCites = (data: SerializedEditorState): SerializedEditorState => {
  const root = data?.root as unknown as Node | undefined
  if (!root?.children) return data
  return { ...data, root: { ...root, children: tighten(root.children) } } as SerializedEditorState
}
