import type { CollectionConfig } from 'payload'

import { editorialContent } from './editorialContent'

import { previewAdmin } from '@/preview/paths'

import { metaDefaultsEndpoint } from '@/seo/metaDefaultsEndpoint'
import { metaField } from './fields/meta'
import { publishStatusEdit, publishStatusFields } from './fields/publishStatus'
import { savedByField, versionsView } from './fields/savedBy'
import { keepPublishStatus } from '@/publishStatus/keepPublishStatus'
import { recordSavedBy } from '@/versions/recordSavedBy'
import { contentDiff, contentEditor } from './fields/richText'
import { validateCites } from './fields/validateCites'
import { populatePublishedAt } from '@/publishStatus/populatePublishedAt'
import { RESERVED_PAGE_SLUGS, slug } from './fields/slug'
import { draftRelationsExist } from '@/validation/draftRelationsExist'
import { syncSearchIndex } from '@/search/syncSearchIndex'
import { rememberSearchEntries } from '@/search/rememberSearchEntries'
import { removeFromSearchIndex } from '@/search/removeFromSearchIndex'
import {
  rememberPublished,
  revalidateAfterChange,
  revalidateAfterDelete,
} from '@/cache/expiryHooks'
import { wordpressIdField } from './fields/wordpressId'

export const Pages: CollectionConfig = {
  slug: 'pages',
  labels: { singular: 'Page', plural: 'Pages' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'slug', 'publishStatus', 'updatedAt'],
    group: 'Content',
    description: 'Stand-alone pages such as the disclaimer or "New patients", shown at /<slug>.',
    components: { edit: publishStatusEdit, views: versionsView },
    ...previewAdmin('pages'),
  },
  defaultSort: 'title',
  ...editorialContent,
  hooks: {
    beforeChange: [draftRelationsExist, populatePublishedAt, rememberPublished, recordSavedBy],
    afterChange: [keepPublishStatus, syncSearchIndex, revalidateAfterChange],
    beforeDelete: [rememberSearchEntries],
    afterDelete: [removeFromSearchIndex, revalidateAfterDelete],
  },
  endpoints: [metaDefaultsEndpoint('pages')],
  fields: [
    { name: 'title', type: 'text', required: true, maxLength: 200 },
    {
      type: 'tabs',
      tabs: [
        {
          label: 'Page',
          fields: [
            {
              name: 'content',
              type: 'richText',
              editor: contentEditor,
              required: true,
              admin: { components: contentDiff },
              validate: validateCites,
            },
          ],
        },
        { label: 'SEO', fields: [metaField] },
      ],
    },
    slug('title', RESERVED_PAGE_SLUGS),
    {
      name: 'publishedAt',
      label: 'Published on',
      type: 'date',
      admin: { position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
    },
    ...publishStatusFields,
    savedByField,
    wordpressIdField,
  ],
}
