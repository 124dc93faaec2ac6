import type { UIFieldServerComponent } from 'payload'

import type { FormFieldBlock, SubmissionEntry } from '@/forms/checkSubmission'
import { findSubmissionForm } from '@/forms/formId'
import { readableAnswers } from '@/forms/summary'
import { SITE_TIME_ZONE } from '@/display/timeZone'

import './styles.css'

// In the clinic's zone, as the schedule and the public site show times, not the server's.
const when = new Intl.DateTimeFormat('en-US', {
  dateStyle: 'full',
  timeStyle: 'short',
  timeZone: SITE_TIME_ZONE,
})

/**
 * A submission's edit view as the message it is: the form's title, when it arrived, and every
 * answer under the label the visitor saw (a select's option label, a checkbox as Yes/No).
 */
export const SubmissionMessage: UIFieldServerComponent = async ({ data, req }) => {
  const form = await findSubmissionForm(req, data?.form, { overrideAccess: false })
  const answers = readableAnswers(
    (form?.fields ?? []) as FormFieldBlock[],
    (data?.submissionData ?? []) as SubmissionEntry[],
  )
  return (
    <section className="submission-message" aria-labelledby="submission-message-heading">
      <h2 id="submission-message-heading" className="submission-message__title">
        {form?.title ?? 'Form submission'}
      </h2>
      {data?.createdAt ? (
        <p className="submission-message__meta">
          Sent {when.format(new Date(String(data.createdAt)))}
        </p>
      ) : null}
      {answers.length ? (
        <dl className="submission-message__answers">
          {answers.map(({ field, label, value }) => (
            <div key={field} className="submission-message__answer">
              <dt>{label}</dt>
              <dd>{value || '—'}</dd>
            </div>
          ))}
        </dl>
      ) : (
        <p>This submission holds no answers.</p>
      )}
    </section>
  )
}
