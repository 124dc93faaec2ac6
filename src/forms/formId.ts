import type { PayloadRequest } from 'payload'

/**
 * A form id as the client may send it: a positive integer (SQLite), a numeric string, or a
 * MongoDB ObjectId. Anything else is refused before it reaches the database, whose errors for a
 * malformed id would otherwise differ by adapter.
 */
export const parseFormId = (value: unknown): number | string | undefined => {
  if (value && typeof value === 'object' && 'id' in value) return parseFormId(value.id)
  if (typeof value === 'number') return Number.isSafeInteger(value) && value > 0 ? value : undefined
  if (typeof value !== 'string') return undefined
  const id = value.trim()
  if (/^[1-9]\d{0,15}$/.test(id)) return Number(id)
  if (/^[0-9a-f]{24}$/i.test(id)) return id.toLowerCase()
  return undefined
}

/** The form a submission answers, or null when its id is malformed or the form is gone. */
export const findSubmissionForm = async (
  req: PayloadRequest,
  value: unknown,
  { overrideAccess }: { overrideAccess: boolean },
) => {
  const id = parseFormId(value)
  if (!id) return null
  return req.payload.findByID({
    collection: 'forms',
    id,
    depth: 0,
    disableErrors: true,
    overrideAccess,
    req,
  })
}
