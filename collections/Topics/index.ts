import type { CollectionConfig } from 'payload'

import { anyone, staffWrites } from '@/access'

import { metaDefaultsEndpoint } from '@/seo/metaDefaultsEndpoint'
import { metaField } from '../fields/meta'
import { preventTopicCycle } from './hooks/preventTopicCycle'
import { slug } from '../fields/slug'
import { syncSearchIndex } from '@/search/syncSearchIndex'
import { rememberSearchEntries } from '@/search/rememberSearchEntries'
import { removeFromSearchIndex } from '@/search/removeFromSearchIndex'
import { revalidateAfterChange, revalidateAfterDelete } from '@/cache/expiryHooks'
import { wordpressIdField } from '../fields/wordpressId'

export const Topics: CollectionConfig = {
  slug: 'topics',
  labels: { singular: 'Topic', plural: 'Topics' },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'parent', 'slug'],
    group: 'Content',
    description:
      'Subjects that group articles, e.g. Prolotherapy › Knee. A topic may sit under a parent topic.',
  },
  defaultSort: 'name',
  access: staffWrites(anyone),
  hooks: {
    beforeValidate: [preventTopicCycle],
    afterChange: [syncSearchIndex, revalidateAfterChange],
    beforeDelete: [rememberSearchEntries],
    afterDelete: [removeFromSearchIndex, revalidateAfterDelete],
  },
  endpoints: [metaDefaultsEndpoint('topics')],
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 120, index: true },
    slug('name'),
    {
      name: 'parent',
      type: 'relationship',
      relationTo: 'topics',
      index: true,
      filterOptions: ({ id }) => (id ? { id: { not_equals: id } } : true),
      admin: { description: 'Leave empty for a top-level topic.' },
    },
    {
      name: 'description',
      type: 'textarea',
      maxLength: 1000,
      admin: { description: 'A sentence or two shown at the top of the topic page.' },
    },
    metaField,
    wordpressIdField,
  ],
}
