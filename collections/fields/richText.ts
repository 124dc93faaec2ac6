import {
  BlocksFeature,
  FixedToolbarFeature,
  HeadingFeature,
  lexicalEditor,
} from '@payloadcms/richtext-lexical'

import { CallToAction } from '../blocks/CallToAction'
import { Cite } from '../blocks/Cite'
import { FormBlock } from '../blocks/FormBlock'
import { CiteDrawerCloseFeature } from './features/citeDrawerClose'
import { FlushEditorOnLeaveFeature } from './features/flushEditorOnLeave'
import { SlashAfterWordFeature } from './features/slashAfterWord'

// Headings start at h2: the page title is the only h1.
export const contentEditor = lexicalEditor({
  features: ({ defaultFeatures }) => [
    ...defaultFeatures.filter((feature) => feature.key !== 'heading'),
    HeadingFeature({ enabledHeadingSizes: ['h2', 'h3', 'h4'] }),
    FixedToolbarFeature(),
    BlocksFeature({ blocks: [CallToAction, FormBlock], inlineBlocks: [Cite] }),
    CiteDrawerCloseFeature(),
    FlushEditorOnLeaveFeature(),
    SlashAfterWordFeature(),
  ],
})

export const plainEditor = lexicalEditor({
  features: ({ defaultFeatures }) => [
    ...defaultFeatures.filter(
      (feature) => !['heading', 'upload', 'relationship'].includes(feature.key),
    ),
    FlushEditorOnLeaveFeature(),
    SlashAfterWordFeature(),
  ],
})

/** Version comparisons of content with citations read each cite marker as its paper's name. */
export const contentDiff = { Diff: '/src/components/admin/ContentDiff#ContentDiff' }
