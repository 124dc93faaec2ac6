import type {
  SerializedBlockNode,
  SerializedInlineBlockNode,
  SerializedLinkNode,
} from '@payloadcms/richtext-lexical'
import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import {
  type JSXConvertersFunction,
  LinkJSXConverter,
  RichText as LexicalRichText,
} from '@payloadcms/richtext-lexical/react'

import type { ReferenceNumbering } from '@/citations/numberReferences'
import { pathFor } from '@/format/links'
import { isSafeHref } from '@/validation/hostile'
import { CallToActionBox } from '@/components/CallToActionBox'
import { FormBlockView } from '@/components/FormSection'
import type { CallToActionBlock, CiteBlock, FormBlock } from '@/payload-types'

import { listConverters } from './lists'
import { tightenCites } from './tightenCites'

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

type Props = {
  data: SerializedEditorState
  numbering?: ReferenceNumbering
  className?: string
}

export const RichText = ({ data, numbering, className = 'prose' }: Props) => {
  // Counts each paper's markers so every one gets its own anchor for the back link.
  const occurrences = new Map<number, number>()
  const converters: JSXConvertersFunction = ({ defaultConverters }) => ({
    ...defaultConverters,
    ...listConverters,
    link: onlySafe(link),
    autolink: onlySafe(autolink),
    blocks: {
      formBlock: ({ node }: { node: SerializedBlockNode<FormBlock> }) => (
        <FormBlockView block={node.fields} />
      ),
      // Inside the text its heading is a paragraph, so it does not break the article's outline.
      callToAction: ({ node }: { node: SerializedBlockNode<CallToActionBlock> }) => (
        <CallToActionBox
          heading={node.fields.heading}
          body={node.fields.body}
          link={node.fields.link}
          headingLevel="p"
        />
      ),
    },
    inlineBlocks: {
      cite: ({ node }: { node: SerializedInlineBlockNode<CiteBlock> }) => {
        const number = numbering?.numberOf(node.fields.citation)
        if (!number) return null
        const nth = (occurrences.get(number) ?? 0) + 1
        occurrences.set(number, nth)
        return (
          <sup className="cite-marker">
            <a
              id={`cite-${number}-${nth}`}
              href={`#ref-${number}`}
              aria-label={`Reference ${number}`}
            >
              {number}
            </a>
          </sup>
        )
      },
    },
  })
  return <LexicalRichText className={className} data={tightenCites(data)} converters={converters} />
}
