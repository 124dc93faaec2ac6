import {
  APIError,
  type CollectionBeforeValidateHook,
  type PayloadRequest,
  ValidationError,
} from 'payload'

import { isStaffUser } from '@/access/roles'
import { isDatabaseUnavailable } from '@/db/unavailable'
import { CAPTCHA_MESSAGES, captchaHmacKey, verifyCaptcha } from '@/forms/captcha'
import {
  checkSubmission,
  type FormFieldBlock,
  honeypotFilled,
  type SubmissionError,
} from '@/forms/checkSubmission'
import { clientAddress } from '@/forms/clientAddress'
import { parseFormId } from '@/forms/formId'
import { formRateLimiter, tooManyRequestsMessage } from '@/forms/rateLimit'

const SOLUTIONS = 'captcha-solutions'

// Kept vague on purpose: a bot that filled the honeypot learns nothing from the answer.
const HONEYPOT_MESSAGE =
  'Your message could not be sent. Please try again, or call the office and we will help you.'

const refuse = (req: PayloadRequest, errors: SubmissionError[]): never => {
  throw new ValidationError({ collection: 'form-submissions', errors, req })
}

/** Visitors (REST, GraphQL, or server code that says so) are checked; staff and scripts not. */
const fromVisitor = (req: PayloadRequest): boolean =>
  (req.payloadAPI !== 'local' || req.context?.visitor === true) && !isStaffUser(req.user as never)

let lastCleanup = 0

// Used captchas only matter until they expire; clear old ones now and then, never failing a
// submission over it.
const removeExpiredSolutions = async (req: PayloadRequest): Promise<void> => {
  const now = Date.now()
  if (now - lastCleanup < 60_000) return
  lastCleanup = now
  try {
    await req.payload.delete({
      collection: SOLUTIONS,
      where: { expiresAt: { less_than: new Date(now).toISOString() } },
      overrideAccess: true,
    })
  } catch (error) {
    req.payload.logger.warn({ err: error, msg: 'Could not remove expired captcha solutions' })
  }
}

/** Stores the captcha's signature; false when it was stored before (a replay). */
const recordSolution = async (
  req: PayloadRequest,
  signature: string,
  expiresAt: Date,
): Promise<boolean> => {
  try {
    // Outside the request's transaction: a replay racing this one must see it at once.
    await req.payload.create({
      collection: SOLUTIONS,
      data: { signature, expiresAt: expiresAt.toISOString() },
      overrideAccess: true,
    })
    return true
  } catch (error) {
    // The unique index refused it; anything else is a real failure and is reported as one.
    const { totalDocs } = await req.payload.count({
      collection: SOLUTIONS,
      where: { signature: { equals: signature } },
      overrideAccess: true,
    })
    if (totalDocs > 0) return false
    throw error
  }
}

/**
 * Spam protection and validation of a visitor's submission, before anything is stored:
 * honeypot, rate limit per address, the form, the ALTCHA proof of work, then the answers
 * against the form's own fields. The `altcha` and `website` keys are never stored.
 */
export const guardSubmission: CollectionBeforeValidateHook = async ({ data, operation, req }) => {
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
  // Given back if the save then fails because the database is unavailable (refundOnOutage).
  req.context.rateLimitedAddress = address

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
    refuse(req, [
      {
        path: 'form',
        message:
          rest.form === undefined || rest.form === null || rest.form === ''
            ? 'This message does not say which form it was sent from. Please reload the page and try again.'
            : 'We could not find this form. Please reload the page and try again, or call us.',
      },
    ])
  }

  // The captcha and the answers are reported together, so a visitor fixes everything at once.
  const captcha = await verifyCaptcha(altcha, captchaHmacKey())
  const { entries, errors } = checkSubmission(
    form!.fields as FormFieldBlock[] | null,
    rest.submissionData,
  )
  if (!captcha.ok) errors.unshift({ path: 'altcha', message: CAPTCHA_MESSAGES[captcha.reason] })
  if (errors.length) refuse(req, errors)

  // Recorded last, so a visitor whose answers were refused can send again with the same check.
  await removeExpiredSolutions(req)
  if (captcha.ok && !(await recordSolution(req, captcha.signature, captcha.expiresAt))) {
    refuse(req, [{ path: 'altcha', message: CAPTCHA_MESSAGES.used }])
  }

  return { ...rest, form: form!.id, submissionData: entries }
}
