import { formBuilderPlugin } from '@payloadcms/plugin-form-builder'

import { anyone, isStaff, nobody } from '@/access'

import { deliveryFields } from './deliveryFields'
import { challengeEndpoint } from './endpoints/challenge'
import { guardSubmission, requireObjectBody } from './hooks/guardSubmission'

// Form submissions are health information: staff read them, nobody edits them.
export const formBuilder = formBuilderPlugin({
  fields: { payment: false, state: false, country: false },
  defaultToEmail: process.env.FORMS_NOTIFY_TO || undefined,
  formOverrides: {
    access: { read: anyone, create: isStaff, update: isStaff, delete: isStaff },
    admin: {
      group: 'Forms',
      description:
        'Forms visitors fill in, such as "How can we help you?". Add fields without a developer.',
    },
    endpoints: [challengeEndpoint],
  },
  formSubmissionOverrides: {
    access: { read: isStaff, create: anyone, update: nobody, delete: isStaff },
    admin: {
      group: 'Forms',
      description:
        'What visitors sent through the site’s forms. Treat as private health information.',
      defaultColumns: ['form', 'createdAt', 'emailStatus'],
    },
    fields: ({ defaultFields }) => [...defaultFields, ...deliveryFields],
    hooks: {
      // Spam protection and checks against the form's own fields, before anything is stored.
      beforeOperation: [requireObjectBody],
      beforeValidate: [guardSubmission],
    },
  },
})
