import type { SerializedBlockNode, SerializedInlineBlockNode } from '@payloadcms/richtext-lexical'
import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import {
  type JSXConvertersFunction,
  RichText as LexicalRichText,
} from '@payloadcms/richtext-lexical/react'

import type { ReferenceNumbering } from '@/citations/numberReferences'
import { CallToActionBox } from '@/components/CallToActionBox'
import { FormBlockView } from '@/components/FormSection/block'
import type { CallToActionBlock, CiteBlock, FormBlock } from '@/payload-types'

import { textConverters } from './plain'
import { tightenCites } from './tightenCites'

type Props = {
  data: SerializedEditorState
  numbering?: ReferenceNumbering
  className?: string
}

export const RichText = ({ data, numbering, className = 'prose' }: Props) => {
  // Counts each paper's markers so every one gets its own anchor for the back link.
  const occurrences = new Map<number, number>()
  const converters: JSXConvertersFunction = (args) => ({
    ...textConverters(args),
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
