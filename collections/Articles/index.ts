import type { CollectionConfig } from 'payload'

import { editorialContent } from '../editorialContent'

import { previewAdmin } from '@/preview/paths'

import { metaDefaultsEndpoint } from '@/seo/metaDefaultsEndpoint'
import { metaField } from '../fields/meta'
import { publishStatusEdit, publishStatusFields } from '../fields/publishStatus'
import { savedByField, versionsView } from '../fields/savedBy'
import { keepPublishStatus } from '@/publishStatus/keepPublishStatus'
import { recordSavedBy } from '@/versions/recordSavedBy'
import { contentDiff, contentEditor } from '../fields/richText'
import { validateCites } from '../fields/validateCites'
import { populatePublishedAt } from '@/publishStatus/populatePublishedAt'
import { slug } from '../fields/slug'
import { existingOnly } from '../fields/existingOnly'
import { draftRelationsExist } from '@/validation/draftRelationsExist'
import { computeReferences } from './hooks/computeReferences'
import { syncSearchIndex } from '@/search/syncSearchIndex'
import { rememberSearchEntries } from '@/search/rememberSearchEntries'
import { removeFromSearchIndex } from '@/search/removeFromSearchIndex'
import {
  rememberPublished,
  revalidateAfterChange,
  revalidateAfterDelete,
} from '@/cache/expiryHooks'
import { wordpressIdField } from '../fields/wordpressId'

export const Articles: CollectionConfig = {
  slug: 'articles',
  labels: { singular: 'Article', plural: 'Articles' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'author', 'topics', 'publishStatus', 'publishedAt', 'updatedAt'],
    group: 'Content',
    description:
      'Patient-education articles written by our physicians. Changes are saved as drafts; visitors see an article only once it is published.',
    listSearchableFields: ['title', 'subtitle', 'excerpt'],
    components: { edit: publishStatusEdit, views: versionsView },
    ...previewAdmin('articles'),
  },
  defaultSort: '-publishedAt',
  ...editorialContent,
  hooks: {
    beforeChange: [
      draftRelationsExist,
      populatePublishedAt,
      computeReferences,
      rememberPublished,
      recordSavedBy,
    ],
    afterChange: [keepPublishStatus, syncSearchIndex, revalidateAfterChange],
    beforeDelete: [rememberSearchEntries],
    afterDelete: [removeFromSearchIndex, revalidateAfterDelete],
  },
  endpoints: [metaDefaultsEndpoint('articles')],
  fields: [
    {
      name: 'title',
      type: 'text',
      required: true,
      maxLength: 200,
      admin: {
        description: 'The headline, e.g. "How stem cells help fix a broken healing cycle".',
      },
    },
    {
      name: 'subtitle',
      type: 'text',
      maxLength: 300,
      admin: { description: 'Optional line under the headline.' },
    },
    {
      type: 'tabs',
      tabs: [
        {
          label: 'Article',
          fields: [
            {
              name: 'heroImage',
              filterOptions: existingOnly,
              label: 'Main image',
              type: 'upload',
              relationTo: 'media',
            },
            {
              name: 'excerpt',
              type: 'textarea',
              maxLength: 500,
              admin: {
                description: 'Two or three sentences shown in article lists and when shared.',
              },
            },
            {
              name: 'content',
              type: 'richText',
              editor: contentEditor,
              required: true,
              validate: validateCites,
              admin: {
                description:
                  'To cite a paper, type "/" or use the + button and choose "Citation". The numbered reference list is built automatically.',
                components: contentDiff,
              },
            },
            {
              name: 'references',
              type: 'relationship',
              relationTo: 'citations',
              hasMany: true,
              // Computed from the cites in the text on every save; editors change the text instead.
              validate: () => true,
              access: { create: () => false, update: () => false },
              admin: {
                readOnly: true,
                description:
                  'Filled in from the citations in the text, numbered in order of first appearance.',
              },
            },
          ],
        },
        {
          label: 'Medical review',
          description: 'Who wrote and who checked this article, and when.',
          fields: [
            {
              name: 'reviewedBy',
              filterOptions: existingOnly,
              label: 'Medically reviewed by',
              type: 'relationship',
              relationTo: 'physicians',
            },
            {
              name: 'lastReviewedAt',
              label: 'Last medical review',
              type: 'date',
              admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'MMM d, yyyy' } },
            },
            {
              name: 'relatedArticles',
              type: 'relationship',
              relationTo: 'articles',
              hasMany: true,
              filterOptions: ({ id }) => (id ? { id: { not_equals: id } } : true),
              admin: { description: 'Shown at the end of the article.' },
            },
          ],
        },
        {
          label: 'SEO',
          fields: [metaField],
        },
      ],
    },
    slug('title'),
    {
      name: 'author',
      filterOptions: existingOnly,
      type: 'relationship',
      relationTo: 'physicians',
      index: true,
      required: true,
      admin: { position: 'sidebar' },
    },
    {
      name: 'topics',
      filterOptions: existingOnly,
      type: 'relationship',
      index: true,
      relationTo: 'topics',
      hasMany: true,
      admin: {
        position: 'sidebar',
        description: 'The first topic forms the trail above the title.',
      },
    },
    {
      name: 'publishedAt',
      label: 'Published on',
      type: 'date',
      index: true,
      admin: {
        position: 'sidebar',
        date: { pickerAppearance: 'dayAndTime' },
        description: 'Filled in automatically the first time the article is published.',
      },
    },
    ...publishStatusFields,
    savedByField,
    wordpressIdField,
  ],
}
