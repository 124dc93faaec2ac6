import { randomBytes } from 'node:crypto'

// Small builders for Lexical JSON, so demo content reads like prose rather than node trees.
type Node = Record<string, unknown>
type Inline = Node | string

const block = { format: '', indent: 0, version: 1, direction: 'ltr' as const }

export const text = (value: string, format = 0): Node => ({
  type: 'text',
  text: value,
  format,
  detail: 0,
  mode: 'normal',
  style: '',
  version: 1,
})

export const bold = (value: string): Node => text(value, 1)
export const italic = (value: string): Node => text(value, 2)

const inline = (children: Inline[]): Node[] =>
  children.map((child) => (typeof child === 'string' ? text(child) : child))

export const paragraph = (...children: Inline[]): Node => ({
  type: 'paragraph',
  ...block,
  textFormat: 0,
  textStyle: '',
  children: inline(children),
})

export const heading = (tag: 'h2' | 'h3', value: string): Node => ({
  type: 'heading',
  tag,
  ...block,
  children: [text(value)],
})

export const quote = (...children: Inline[]): Node => ({
  type: 'quote',
  ...block,
  children: inline(children),
})

export const bulletList = (...items: Inline[][]): Node => ({
  type: 'list',
  listType: 'bullet',
  tag: 'ul',
  start: 1,
  ...block,
  children: items.map((item, index) => ({
    type: 'listitem',
    value: index + 1,
    ...block,
    children: inline(item),
  })),
})

export const link = (url: string, label: string): Node => ({
  type: 'link',
  ...block,
  version: 3,
  fields: { linkType: 'custom', url, newTab: false },
  children: [text(label)],
})

export const internalLink = (relationTo: string, id: number | string, label: string): Node => ({
  type: 'link',
  ...block,
  version: 3,
  fields: { linkType: 'internal', doc: { relationTo, value: id }, newTab: false },
  children: [text(label)],
})

export const cite = (citationId: number | string): Node => ({
  type: 'inlineBlock',
  version: 1,
  fields: {
    id: randomBytes(12).toString('hex'),
    blockName: '',
    blockType: 'cite',
    citation: citationId,
  },
})

export const document = (...children: Node[]) => ({
  root: { type: 'root', ...block, children },
})

type SeedLink = { label: string; type: 'custom'; url: string }

/** A block between paragraphs, as the editor saves it. */
const blockNode = (blockType: string, fields: Record<string, unknown>): Node => ({
  type: 'block',
  version: 2,
  format: '',
  fields: { id: randomBytes(12).toString('hex'), blockName: '', blockType, ...fields },
})

/** A call-to-action block between paragraphs. */
export const callToAction = (heading: string, body: string, link: SeedLink): Node =>
  blockNode('callToAction', { heading, body, link })

/** A staff-built form placed between paragraphs, under its own heading. */
export const formBlock = (form: number | string, heading: string): Node =>
  blockNode('formBlock', { heading, form })
