import type { SerializedListItemNode, SerializedListNode } from '@payloadcms/richtext-lexical'
import type { JSXConverters } from '@payloadcms/richtext-lexical/react'

// Lists as valid HTML. Payload's default converter gives every item `value`, which HTML allows
// only inside <ol>, and renders checklist items as role="checkbox" with a control inside.

const LIST_TAGS = new Set(['ul', 'ol'])

export const listConverters: JSXConverters<SerializedListNode | SerializedListItemNode> = {
  list: ({ node, nodesToJSX }) => {
    const Tag = LIST_TAGS.has(node.tag) ? (node.tag as 'ul' | 'ol') : 'ul'
    const start = Tag === 'ol' && node.start > 1 ? node.start : undefined
    return (
      <Tag className={`list-${node.listType}`} start={start}>
        {nodesToJSX({ nodes: node.children })}
      </Tag>
    )
  },
  listitem: ({ node, nodesToJSX, parent }) => {
    const children = nodesToJSX({ nodes: node.children })
    const nested = node.children.some((child) => child.type === 'list')
    const list = parent as Partial<SerializedListNode>
    const className = nested ? 'list-item-nested' : undefined
    if (list.listType === 'check' && !nested) {
      return (
        <li className={node.checked ? 'list-item-check is-checked' : 'list-item-check'}>
          <label>
            <input type="checkbox" checked={Boolean(node.checked)} disabled readOnly /> {children}
          </label>
        </li>
      )
    }
    return (
      <li className={className} value={list.tag === 'ol' && !nested ? node.value : undefined}>
        {children}
      </li>
    )
  },
}
