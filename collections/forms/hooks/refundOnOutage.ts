import type { AfterErrorHook } from 'payload'

import { isDatabaseUnavailable } from '@/db/unavailable'
import { formRateLimiter } from '@/forms/rateLimit'

/**
 * A submission refused because the database was unavailable (503) was not the visitor's doing:
 * it gives back the use of the rate limit that guardSubmission took, so retrying as Retry-After
 * says does not end in a 429 once the database is back.
 */
export const refundOnOutage: AfterErrorHook = async ({ error, req }) => {
  const address = req.context.rateLimitedAddress
  if (typeof address !== 'string' || !isDatabaseUnavailable(error)) return
  delete req.context.rateLimitedAddress
  await formRateLimiter().refund(address)
}
