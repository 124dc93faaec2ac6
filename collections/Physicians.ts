import type { CollectionConfig } from 'payload'

import { notTrashedOrStaff, staffWrites } from '@/access'

import { metaDefaultsEndpoint } from '@/seo/metaDefaultsEndpoint'
import { metaField } from './fields/meta'
import { plainEditor } from './fields/richText'
import { slug } from './fields/slug'
import { existingOnly } from './fields/existingOnly'
import { syncSearchIndex } from '@/search/syncSearchIndex'
import { rememberSearchEntries } from '@/search/rememberSearchEntries'
import { removeFromSearchIndex } from '@/search/removeFromSearchIndex'
import { revalidateAfterChange, revalidateAfterDelete } from '@/cache/expiryHooks'
import { wordpressIdField } from './fields/wordpressId'

export const Physicians: CollectionConfig = {
  slug: 'physicians',
  labels: { singular: 'Physician', plural: 'Physicians' },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'credentials', 'offices', 'updatedAt'],
    group: 'Clinic',
    description: 'Doctors who write or review articles. Each has a public profile page.',
  },
  defaultSort: 'name',
  // Delete moves to a trash staff can restore from; visitors never see trashed documents.
  trash: true,
  access: staffWrites(notTrashedOrStaff),
  hooks: {
    afterChange: [syncSearchIndex, revalidateAfterChange],
    beforeDelete: [rememberSearchEntries],
    afterDelete: [removeFromSearchIndex, revalidateAfterDelete],
  },
  endpoints: [metaDefaultsEndpoint('physicians')],
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'name',
          type: 'text',
          required: true,
          maxLength: 120,
          index: true,
          admin: { description: 'Full name without title, e.g. "Ross Hauser".', width: '60%' },
        },
        {
          name: 'credentials',
          type: 'text',
          maxLength: 60,
          admin: { description: 'Degrees after the name, e.g. "MD" or "MD, PhD".', width: '40%' },
        },
      ],
    },
    slug('name'),
    {
      name: 'jobTitle',
      type: 'text',
      maxLength: 120,
      admin: { description: 'Optional, e.g. "Medical Director".' },
    },
    {
      name: 'photo',
      filterOptions: existingOnly,
      type: 'upload',
      relationTo: 'media',
      admin: { description: 'A friendly portrait, at least 600 pixels wide.' },
    },
    {
      name: 'bio',
      type: 'richText',
      editor: plainEditor,
      admin: { description: 'Training, experience and approach to care.' },
    },
    {
      name: 'offices',
      filterOptions: existingOnly,
      type: 'relationship',
      index: true,
      relationTo: 'offices',
      hasMany: true,
      admin: { description: 'Offices where this physician sees patients.' },
    },
    metaField,
    wordpressIdField,
  ],
}
