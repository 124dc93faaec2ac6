import type { Field } from 'payload'

// Computed from the answers when the submission is stored (src/forms/submissionPipeline.ts, step
// 5); nobody types them.
const computed = { create: () => false, update: () => false }

// Columns of the list only: the edit view shows the whole message instead (SubmissionMessage).
const listOnly = { readOnly: true, condition: () => false }

const summaryText = (name: string, label: string, index = false): Field => ({
  name,
  label,
  type: 'text',
  // Name and email are what staff search by.
  index,
  access: computed,
  admin: listOnly,
})

/**
 * What the list shows as columns and searches (name, email), and when staff first opened the
 * submission (unset: new). The answers themselves stay in the plugin's `submissionData`.
 */
export const submissionSummaryFields: Field[] = [
  summaryText('name', 'Name', true),
  summaryText('email', 'Email', true),
  summaryText('phone', 'Phone'),
  summaryText('office', 'Office'),
  {
    name: 'messageStart',
    label: 'Message',
    type: 'text',
    access: computed,
    admin: listOnly,
  },
  {
    name: 'readAt',
    label: 'Opened',
    type: 'date',
    index: true,
    access: computed,
    admin: {
      position: 'sidebar',
      readOnly: true,
      date: { pickerAppearance: 'dayAndTime', displayFormat: 'MMM d, yyyy h:mm a' },
      components: { Cell: '/src/components/admin/SubmissionReadCell#SubmissionReadCell' },
    },
  },
]
