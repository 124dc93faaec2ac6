/**
 * Request ids: a valid `x-request-id` from the client or a front proxy is kept, so one id
 * follows a request through every hop; anything else is replaced by a fresh UUID. Bounded and
 * plain, so a header cannot inject text into a log line or grow it without limit.
 */

export const REQUEST_ID_HEADER = 'x-request-id'

const VALID = /^[A-Za-z0-9._:-]{8,128}$/

export const isValidRequestId = (value: string | null | undefined): value is string =>
  typeof value === 'string' && VALID.test(value)

type HeaderSource = { get: (name: string) => string | null }

/** The incoming id when it is valid, else a new one (Web Crypto: works in Node and the edge). */
export const requestIdFrom = (headers: HeaderSource | null | undefined): string => {
  const incoming = headers?.get(REQUEST_ID_HEADER)?.trim()
  return isValidRequestId(incoming) ? incoming : crypto.randomUUID()
}
