import type { CollectionBeforeChangeHook } from 'payload'

import type { FormFieldBlock, SubmissionEntry } from '@/forms/checkSubmission'
import { findSubmissionForm } from '@/forms/formId'
import { summarize } from '@/forms/summary'

/**
 * Stores who wrote and what about (name, email, phone, office, the start of the message) beside
 * the answers, so the list can show, sort and search them as columns. Computed once, when the
 * submission is stored: nobody edits a submission afterwards.
 */
export const summarizeSubmission: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  // Read as the server: the visitor sending the form may not read the form's definition.
  const form = await findSubmissionForm(req, data.form, { overrideAccess: true })
  const entries = (data.submissionData ?? []) as SubmissionEntry[]
  return { ...data, ...summarize((form?.fields ?? []) as FormFieldBlock[], entries) }
}
