import type { AfterErrorHook } from 'payload'

type PayloadLikeError = {
  message?: string
  status?: number
  isPublic?: boolean
  data?: Record<string, unknown>
}

/**
 * In the production build Payload's error formatter can see a second copy of its own error
 * classes, fail its `instanceof` checks and drop the details: a 400 then says only "The
 * following field is invalid: doi" without the field's message, and an error of ours becomes
 * "An unknown error occurred.". Rebuild the answer from the error itself, for client errors
 * (4xx) only; server errors keep Payload's generic message.
 */
export const keepErrorDetails: AfterErrorHook = ({ error, result }) => {
  const { message, status, isPublic, data } = error as PayloadLikeError
  if (!result || !message || !status || status >= 500 || isPublic === false) return
  const [first] = result.errors ?? []
  if (first?.message === message && (!data || first.data)) return
  // The same shape Payload gives when its checks work.
  const name = data?.errors ? 'ValidationError' : 'APIError'
  return { response: { ...result, errors: [data ? { name, data, message } : { message }] } }
}
