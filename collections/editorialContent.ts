import type { CollectionConfig } from 'payload'

import { isStaff, publishedOrStaff } from '@/access'

/**
 * What the clinic's published writing (articles, pages) shares: drafts with autosave and
 * scheduled publishing, 50 versions to compare and restore, and visitors reading only what is
 * published.
 */
export const editorialContent = {
  // Delete moves to a trash staff can restore from; visitors never see trashed documents.
  trash: true,
  access: {
    read: publishedOrStaff,
    readVersions: isStaff,
    create: isStaff,
    update: isStaff,
    delete: isStaff,
  },
  versions: {
    drafts: {
      autosave: { interval: 1500 },
      schedulePublish: true,
    },
    maxPerDoc: 50,
  },
} satisfies Partial<CollectionConfig>
