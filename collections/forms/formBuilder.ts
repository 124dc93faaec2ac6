import { formBuilderPlugin } from '@payloadcms/plugin-form-builder'
import type { Field } from 'payload'

import { anyone, isStaff, nobody, withData } from '@/access'

import { deliveryFields } from './deliveryFields'
import { submissionSummaryFields } from './submissionFields'
import { exportSubmissionsEndpoint } from './endpoints/exportSubmissions'
import { resendSubmissionEndpoint } from './endpoints/resendSubmission'
import { challengeEndpoint } from './endpoints/challenge'
import { revalidateAfterChange, revalidateAfterDelete } from '@/cache/expiryHooks'
import { markReadOnOpen } from '@/forms/markReadOnOpen'
import { captureEmails, submissionPipeline } from '@/forms/submissionPipeline'

// Form submissions are health information: staff read them, nobody edits them.
export const formBuilder = formBuilderPlugin({
  fields: { payment: false, state: false, country: false },
  defaultToEmail: process.env.FORMS_NOTIFY_TO || undefined,
  // The plugin only formats the emails; the pipeline's deliver step stores, sends and records them.
  beforeEmail: captureEmails,
  formOverrides: {
    access: { read: anyone, create: isStaff, update: isStaff, delete: isStaff },
    admin: {
      group: 'Forms',
      description:
        'Forms visitors fill in, such as "How can we help you?". Add fields without a developer.',
    },
    endpoints: [challengeEndpoint],
    hooks: { afterChange: [revalidateAfterChange], afterDelete: [revalidateAfterDelete] },
  },
  formSubmissionOverrides: {
    access: { read: isStaff, create: withData, update: nobody, delete: isStaff },
    admin: {
      group: 'Forms',
      description:
        'What visitors sent through the site’s forms. Treat as private health information.',
      useAsTitle: 'name',
      // The first column links to the submission, so it is the sender's name.
      defaultColumns: [
        'name',
        'readAt',
        'email',
        'phone',
        'office',
        'messageStart',
        'createdAt',
        'emailStatus',
      ],
      listSearchableFields: ['name', 'email'],
      components: {
        beforeListTable: ['/src/components/admin/ExportSubmissions#ExportSubmissions'],
      },
    },
    defaultSort: '-createdAt',
    fields: ({ defaultFields }) => [
      {
        // Stores nothing: the answers under the form's own labels, as the visitor filled it in.
        name: 'message',
        type: 'ui',
        admin: {
          components: { Field: '/src/components/admin/SubmissionMessage#SubmissionMessage' },
        },
      },
      // The raw { field, value } pairs stay in the API; the message above shows them.
      ...defaultFields.map((field) =>
        'name' in field && field.name === 'submissionData'
          ? ({ ...field, admin: { ...field.admin, hidden: true } } as Field)
          : field,
      ),
      ...submissionSummaryFields,
      ...deliveryFields,
      {
        // Stores nothing: the "Send email again" button beside the status.
        name: 'resendEmail',
        type: 'ui',
        admin: {
          position: 'sidebar',
          components: {
            Field: '/src/components/admin/ResendSubmissionEmail#ResendSubmissionEmail',
          },
        },
      },
    ],
    endpoints: [exportSubmissionsEndpoint, resendSubmissionEndpoint],
    hooks: {
      // From the visitor's POST to the clinic's inbox, step by step: src/forms/submissionPipeline.ts
      ...submissionPipeline,
      afterOperation: [markReadOnOpen],
    },
  },
})
