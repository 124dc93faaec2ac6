import type { CollectionBeforeChangeHook } from 'payload'

import type { FormFieldBlock, SubmissionEntry } from '@/forms/checkSubmission'
import { parseFormId } from '@/forms/formId'
import { summarize } from '@/forms/summary'

/**
 * Stores who wrote and what about (name, email, phone, office, the start of the message) beside
 * the answers, so the list can show, sort and search them as columns. Computed once, when the
 * submission is stored: nobody edits a submission afterwards.
 */
export const summarizeSubmission: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const formId = parseFormId(data.form)
  const form = formId
    ? await req.payload.findByID({
        collection: 'forms',
        id: formId,
        depth: 0,
        disableErrors: true,
        overrideAccess: true,
        req,
      })
    : null
  const entries = (data.submissionData ?? []) as SubmissionEntry[]
  return { ...data, ...summarize((form?.fields ?? []) as FormFieldBlock[], entries) }
}
