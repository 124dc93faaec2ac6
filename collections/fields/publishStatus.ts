import type { Field } from 'payload'

import { isStaffField } from '@/access'
import { PUBLISH_STATUS_LABELS, PUBLISH_STATUSES } from '@/publishStatus/status'

const noWrites = { create: () => false, update: () => false }

/**
 * Where the document stands, stored so the list can show and filter it
 * (`where[publishStatus][equals]=scheduled`). Written only by `keepPublishStatus` and the jobs
 * hooks; staff only, so visitors can neither read nor filter by it.
 */
export const publishStatusFields: Field[] = [
  {
    name: 'publishStatus',
    label: 'Publishing status',
    type: 'select',
    options: PUBLISH_STATUSES.map((value) => ({ value, label: PUBLISH_STATUS_LABELS[value] })),
    defaultValue: 'draft',
    index: true,
    access: { read: isStaffField, ...noWrites },
    admin: {
      readOnly: true,
      position: 'sidebar',
      // Shown beside the publish controls instead (publishStatusEdit); still a column and a filter.
      condition: () => false,
      components: { Cell: '/src/components/admin/PublishStatus#PublishStatusCell' },
    },
  },
  {
    name: 'scheduledFor',
    label: 'Scheduled for',
    type: 'date',
    access: { read: isStaffField, ...noWrites },
    admin: { readOnly: true, hidden: true },
  },
]

/** The edit view's status line: the four states, the scheduled time and "View on site". */
export const publishStatusEdit = {
  Status: '/src/components/admin/PublishStatus#PublishStatus',
  PublishButton: '/src/components/admin/PublishStatus/PublishButton#PublishButton',
}
