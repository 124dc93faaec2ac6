import { APIError, type CollectionBeforeOperationHook } from 'payload'

/**
 * A create or update whose body is not a JSON object (a bare string, an array, a form post)
 * would crash Payload's field hooks with a 500; refuse it first with a 4xx that says what to
 * send. `shape` shows the expected object, e.g. '{ "from": …, "to": { … } }'.
 */
export const requireObjectBody =
  (shape: string): CollectionBeforeOperationHook =>
  ({ args, operation, req }) => {
    if ((operation !== 'create' && operation !== 'update') || req.payloadAPI === 'local')
      return args
    const { data } = args as { data?: unknown }
    if (data && typeof data === 'object' && !Array.isArray(data)) return args
    const type = (req.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase()
    if (type !== 'application/json' && !type.startsWith('multipart/'))
      throw new APIError(
        'Send JSON with the header Content-Type: application/json.',
        415,
        null,
        true,
      )
    throw new APIError(`Send a JSON object: ${shape}.`, 400, null, true)
  }
