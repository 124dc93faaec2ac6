import type { CollectionConfig, Field } from 'payload'

import { isStaffField } from '@/access'

/**
 * Who saved this (version of the) document: a name, "Scheduled publish" or "System". Written
 * only by `recordSavedBy`; staff only, so visitors can neither read nor filter by it. Each
 * version keeps its own copy, which the Versions list shows.
 */
export const savedByField: Field = {
  name: 'savedBy',
  label: 'Saved by',
  type: 'text',
  access: { read: isStaffField, create: () => false, update: () => false },
  admin: {
    readOnly: true,
    // The form would show the value from when it was opened, stale after the first autosave;
    // the Versions list shows it per save. Still a list column and a filter.
    condition: () => false,
  },
}

type CollectionViews = NonNullable<NonNullable<CollectionConfig['admin']>['components']>['views']

/** The Versions tab that shows `savedBy` and compares with the previous publish by default. */
export const versionsView: CollectionViews = {
  edit: { versions: { Component: '/src/components/admin/VersionsList#VersionsList' } },
}
