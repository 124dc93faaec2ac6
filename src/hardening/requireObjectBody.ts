import {
  APIError,
  type CollectionBeforeOperationHook,
  type GlobalBeforeOperationHook,
  type PayloadRequest,
} from 'payload'

/**
 * A create or update whose body is not a JSON object (a bare string, number, null, an array, a
 * form post) would crash Payload's field hooks with a 500; refuse it first with a 4xx that says
 * what to send. `shape` shows the expected object, e.g. '{ "from": …, "to": { … } }'; `subject`
 * names what is sent, e.g. 'the form'.
 */
const checkBody = (req: PayloadRequest, data: unknown, shape: string, subject?: string): void => {
  if (data && typeof data === 'object' && !Array.isArray(data)) return
  const send = subject ? `Send ${subject} as` : 'Send'
  const type = (req.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase()
  if (type !== 'application/json' && !type.startsWith('multipart/'))
    throw new APIError(
      `${send} JSON with the header Content-Type: application/json.`,
      415,
      null,
      true,
    )
  throw new APIError(`${send} a JSON object: ${shape}.`, 400, null, true)
}

const WRITES = new Set(['create', 'update'])

export const requireObjectBody =
  (shape = '{ "field": value, … }', subject?: string): CollectionBeforeOperationHook =>
  ({ args, operation, req }) => {
    if (!WRITES.has(operation) || req.payloadAPI === 'local') return args
    checkBody(req, (args as { data?: unknown }).data, shape, subject)
    return args
  }

export const requireObjectBodyForGlobal =
  (shape = '{ "field": value, … }'): GlobalBeforeOperationHook =>
  ({ args, operation, req }) => {
    if (operation !== 'update' || req.payloadAPI === 'local') return args
    checkBody(req, (args as { data?: unknown }).data, shape)
    return args
  }
