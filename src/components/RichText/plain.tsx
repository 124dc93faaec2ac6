import type { SerializedLinkNode } from '@payloadcms/richtext-lexical'
import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import {
  type JSXConvertersFunction,
  LinkJSXConverter,
  RichText as LexicalRichText,
} from '@payloadcms/richtext-lexical/react'

import { pathFor } from '@/urls'
import { isSafeHref } from '@/hardening/hostile'

import { listConverters } from './lists'

const internalDocToHref = ({ linkNode }: { linkNode: SerializedLinkNode }): string => {
  const doc = linkNode.fields.doc
  const slug =
    doc?.value && typeof doc.value === 'object' ? (doc.value.slug as string | undefined) : undefined
  return pathFor(doc?.relationTo, slug) ?? '#'
}

const { link, autolink } = LinkJSXConverter({ internalDocToHref })

// Saving refuses script and data links, but older content may hold one: it renders as plain
// text, never as an href.
const onlySafe = <C,>(convert: C): C =>
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  ((args: any) => {
    const { node, nodesToJSX } = args
    if (node.fields?.linkType === 'internal' || isSafeHref(node.fields?.url))
      return (convert as (args: unknown) => unknown)(args)
    return <>{nodesToJSX({ nodes: node.children })}</>
  }) as C

/** Text, headings, lists and safe links: everything rich text holds except blocks. */
export const textConverters: JSXConvertersFunction = ({ defaultConverters }) => ({
  ...defaultConverters,
  ...listConverters,
  link: onlySafe(link),
  autolink: onlySafe(autolink),
})

type Props = { data: SerializedEditorState; className?: string }

/**
 * Rich text whose editor offers no blocks (a physician's bio, a form's messages). Kept apart from
 * `RichText` so these pages do not pull in the blocks' components, the form's island among them.
 */
export const PlainRichText = ({ data, className = 'prose' }: Props) => (
  <LexicalRichText className={className} data={data} converters={textConverters} />
)
