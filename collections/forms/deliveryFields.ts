import type { Field } from 'payload'

/**
 * How the staff notification for a submission went. The submission is stored first; the email is
 * sent after, and a failure is recorded here (never lost) so staff can send it again.
 */
export const deliveryFields: Field[] = [
  {
    name: 'emailStatus',
    label: 'Email to staff',
    type: 'select',
    required: true,
    defaultValue: 'pending',
    index: true,
    options: [
      { label: 'Sending', value: 'pending' },
      { label: 'Emailed', value: 'emailed' },
      { label: 'Failed', value: 'failed' },
      { label: 'No email set up', value: 'none' },
    ],
    access: { create: () => false, update: () => false },
    admin: { position: 'sidebar', readOnly: true },
  },
  {
    name: 'emailAttempts',
    type: 'number',
    defaultValue: 0,
    access: { create: () => false, update: () => false },
    admin: { position: 'sidebar', readOnly: true },
  },
  {
    name: 'emailedAt',
    type: 'date',
    access: { create: () => false, update: () => false },
    admin: {
      position: 'sidebar',
      readOnly: true,
      date: { pickerAppearance: 'dayAndTime', displayFormat: 'MMM d, yyyy h:mm a' },
    },
  },
  {
    name: 'emailError',
    label: 'Last email error',
    type: 'text',
    access: { create: () => false, update: () => false },
    admin: { position: 'sidebar', readOnly: true },
  },
  {
    // The notification emails as written for this submission, kept to send them again.
    name: 'notifications',
    type: 'json',
    access: { create: () => false, update: () => false },
    admin: { hidden: true },
  },
]
