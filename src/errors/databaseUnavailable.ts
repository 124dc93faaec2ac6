import type { AfterErrorHook } from 'payload'

import {
  DATABASE_UNAVAILABLE_MESSAGE,
  RETRY_AFTER_SECONDS,
  isDatabaseUnavailable,
} from '@/db/unavailable'

/**
 * A request that failed because the database is locked, full or unreachable answers 503 with a
 * message a visitor can act on (and Retry-After), not "Something went wrong." with a 500.
 */
export const databaseUnavailable: AfterErrorHook = ({ error, req }) => {
  if (!isDatabaseUnavailable(error)) return
  const headers = new Headers(req.responseHeaders)
  headers.set('Retry-After', String(RETRY_AFTER_SECONDS))
  req.responseHeaders = headers
  return { status: 503, response: { errors: [{ message: DATABASE_UNAVAILABLE_MESSAGE }] } }
}
