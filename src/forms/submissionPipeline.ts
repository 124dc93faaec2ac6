import type { BeforeEmail } from '@payloadcms/plugin-form-builder/types'
import {
  APIError,
  type AfterErrorHook,
  type CollectionAfterChangeHook,
  type CollectionBeforeChangeHook,
  type CollectionBeforeValidateHook,
  type CollectionConfig,
  type PayloadRequest,
  ValidationError,
} from 'payload'

import { isStaffUser } from '@/access/roles'
import { isDatabaseUnavailable } from '@/db/unavailable'
import { CAPTCHA_MESSAGES, captchaHmacKey, verifyCaptcha } from '@/forms/captcha'
import { recordSolution, removeExpiredSolutions } from '@/forms/captchaSolutions'
import {
  checkSubmission,
  type FormFieldBlock,
  honeypotFilled,
  type SubmissionEntry,
  type SubmissionError,
} from '@/forms/checkSubmission'
import { clientAddress } from '@/forms/clientAddress'
import {
  buildNotifications,
  type FormattedEmail,
  sendNotifications,
  writeDelivery,
} from '@/forms/delivery'
import { findSubmissionForm, parseFormId } from '@/forms/formId'
import { formRateLimiter, tooManyRequestsMessage } from '@/forms/rateLimit'
import { summarize } from '@/forms/summary'
import { refuseHostileInput } from '@/hardening/refuseHostileInput'
import { requireObjectBody } from '@/hardening/requireObjectBody'
import type { Form, FormSubmission } from '@/payload-types'

/**
 * A form submission, from the visitor's POST to the clinic's inbox, in the order Payload runs it:
 *
 * 1. `requireObjectBody` (beforeOperation): the body is a JSON object.
 * 2. `guard` (beforeValidate, visitors only): honeypot, rate limit, the form, the captcha and the
 *    answers against the form's own fields. Nothing is stored before it passes.
 * 3. `refuseHostileInput` (beforeValidate): the stored text, as on every collection.
 * 4. Payload validates the fields; the plugin's beforeChange (payments, off here) runs.
 * 5. `summarize` (beforeChange): name, email, phone, office and the message start as columns.
 * 6. The submission is stored.
 * 7. The plugin's afterChange formats the form's emails and hands them to `captureEmails`.
 * 8. `deliver` (afterChange): stores the emails on the submission, then sends them.
 *
 * `refundOnOutage` (afterError) gives back the rate limit when the database was unavailable.
 * Steps hand data on through `req.context.formSubmission`, typed below.
 */

type SubmissionState = {
  /** The address whose rate limit step 2 used, for refundOnOutage. */
  rateLimitedAddress?: string
  /** The emails the plugin formatted in step 7, by submission id, for step 8. */
  emails?: Record<string, FormattedEmail[]>
}

declare module 'payload' {
  interface RequestContext {
    formSubmission?: SubmissionState
    /** Set by server code that submits a form on a visitor's behalf, so step 2 checks it. */
    visitor?: boolean
  }
}

const stateOf = (req: PayloadRequest): SubmissionState => (req.context.formSubmission ??= {})

// Kept vague on purpose: a bot that filled the honeypot learns nothing from the answer.
const HONEYPOT_MESSAGE =
  'Your message could not be sent. Please try again, or call the office and we will help you.'

const refuse = (req: PayloadRequest, errors: SubmissionError[]): never => {
  throw new ValidationError({ collection: 'form-submissions', errors, req })
}

/** Visitors (REST, GraphQL, or server code that says so) are checked; staff and scripts not. */
const fromVisitor = (req: PayloadRequest): boolean =>
  (req.payloadAPI !== 'local' || req.context.visitor === true) && !isStaffUser(req.user as never)

const MISSING_FORM =
  'This message does not say which form it was sent from. Please reload the page and try again.'
const UNKNOWN_FORM =
  'We could not find this form. Please reload the page and try again, or call us.'

/** Step 2. The `altcha` and `website` keys are never stored. */
const guard: CollectionBeforeValidateHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const { altcha, website, ...rest } = (data ?? {}) as Record<string, unknown>
  if (!fromVisitor(req)) return rest

  if (honeypotFilled(website)) throw new APIError(HONEYPOT_MESSAGE, 400, null, true)

  const address = clientAddress(req.headers)
  const limit = await formRateLimiter().consume(address)
  if (!limit.allowed) {
    const headers = new Headers(req.responseHeaders)
    headers.set('Retry-After', String(limit.retryAfterSeconds))
    req.responseHeaders = headers
    throw new APIError(tooManyRequestsMessage(limit.retryAfterSeconds), 429, null, true)
  }
  stateOf(req).rateLimitedAddress = address

  const formId = parseFormId(rest.form)
  const form = formId
    ? await req.payload
        .findByID({ collection: 'forms', id: formId, depth: 0, overrideAccess: true })
        // An unknown form is the visitor's mistake; a database outage is not (it answers 503).
        .catch((error: unknown) => {
          if (isDatabaseUnavailable(error)) throw error
          return null
        })
    : null
  if (!form) {
    const missing = rest.form === undefined || rest.form === null || rest.form === ''
    return refuse(req, [{ path: 'form', message: missing ? MISSING_FORM : UNKNOWN_FORM }])
  }

  // The captcha and the answers are reported together, so a visitor fixes everything at once.
  const captcha = await verifyCaptcha(altcha, captchaHmacKey())
  const { entries, errors } = checkSubmission(
    form.fields as FormFieldBlock[] | null,
    rest.submissionData,
  )
  if (!captcha.ok) errors.unshift({ path: 'altcha', message: CAPTCHA_MESSAGES[captcha.reason] })
  if (errors.length) refuse(req, errors)

  // Recorded last, so a visitor whose answers were refused can send again with the same check.
  await removeExpiredSolutions(req)
  if (captcha.ok && !(await recordSolution(req, captcha.signature, captcha.expiresAt))) {
    refuse(req, [{ path: 'altcha', message: CAPTCHA_MESSAGES.used }])
  }

  return { ...rest, form: form.id, submissionData: entries }
}

/**
 * Step 5. Computed once, when the submission is stored: nobody edits a submission afterwards.
 */
const summarizeAnswers: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  // Read as the server: the visitor sending the form may not read the form's definition.
  const form = await findSubmissionForm(req, data.form, { overrideAccess: true })
  const entries = (data.submissionData ?? []) as SubmissionEntry[]
  return { ...data, ...summarize((form?.fields ?? []) as FormFieldBlock[], entries) }
}

/**
 * Step 7, the plugin's `beforeEmail`: it formats the form's Emails tab ({{field}} placeholders);
 * we keep the result for step 8 and let the plugin send nothing itself.
 */
export const captureEmails: BeforeEmail = (emails, args) => {
  // Typed as beforeChange arguments, but the plugin calls it from afterChange, with `doc`.
  const { doc, req } = args as unknown as { doc: { id: number | string }; req: PayloadRequest }
  const state = stateOf(req)
  state.emails = { ...state.emails, [String(doc.id)]: emails as FormattedEmail[] }
  return []
}

/**
 * Step 8. Stores the messages on the submission, then sends them. The visitor's request succeeds
 * whatever the mail server does; the outcome is recorded for staff.
 */
const deliver: CollectionAfterChangeHook<FormSubmission> = async ({
  doc,
  operation,
  req,
  context,
}) => {
  if (operation !== 'create' || context.formDelivery) return doc
  const { payload } = req
  const target = { payload, req, id: doc.id }
  try {
    const formID = typeof doc.form === 'object' ? doc.form.id : doc.form
    const form = (await payload.findByID({
      collection: 'forms',
      id: formID,
      depth: 0,
      overrideAccess: true,
      req,
    })) as Form
    const notifications = buildNotifications({
      emails: stateOf(req).emails?.[String(doc.id)] ?? [],
      form,
      submissionData: doc.submissionData,
      notifyTo: process.env.FORMS_NOTIFY_TO || undefined,
    })
    // Stored before sending, so a crash mid-send still leaves something to send again.
    if (notifications.length) await writeDelivery(target, { notifications })
    await sendNotifications({ ...target, notifications, attempts: 0 })
  } catch (error) {
    payload.logger.error({ err: error, msg: `Form submission ${doc.id}: could not deliver` })
    await writeDelivery(target, {
      emailStatus: 'failed',
      emailError: error instanceof Error ? error.message.slice(0, 500) : 'Delivery failed',
    }).catch(() => undefined)
  }
  return doc
}

/**
 * A submission refused because the database was unavailable (503) was not the visitor's doing:
 * giving back the rate limit step 2 took means retrying as Retry-After says does not end in a 429.
 */
const refundOnOutage: AfterErrorHook = async ({ error, req }) => {
  const state = stateOf(req)
  const address = state.rateLimitedAddress
  if (!address || !isDatabaseUnavailable(error)) return
  delete state.rateLimitedAddress
  await formRateLimiter().refund(address)
}

/** The hooks of the form-submissions collection, in the order above. */
export const submissionPipeline = {
  beforeOperation: [requireObjectBody('{ "form": …, "submissionData": [ … ] }', 'the form')],
  beforeValidate: [guard, refuseHostileInput],
  beforeChange: [summarizeAnswers],
  afterChange: [deliver],
  afterError: [refundOnOutage],
} satisfies CollectionConfig['hooks']
