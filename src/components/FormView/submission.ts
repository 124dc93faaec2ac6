import type { Form } from '@/payload-types'

type Block = NonNullable<Form['fields']>[number]
export type InputField = Exclude<Block, { blockType: 'message' }>
export type FieldErrors = Record<string, string>

/** The blocks a visitor fills in, in order (message blocks are only text). */
export const inputFields = (blocks: Form['fields']): InputField[] =>
  (blocks ?? []).filter((block): block is InputField => block.blockType !== 'message')

/** One `{ field, value }` per field of the form, as the form-builder plugin stores them. */
export const submissionData = (fields: InputField[], data: FormData) =>
  fields.map((field) => ({
    field: field.name,
    value:
      field.blockType === 'checkbox'
        ? data.get(field.name) === null
          ? 'false'
          : 'true'
        : String(data.get(field.name) ?? '').trim(),
  }))

type ErrorBody = {
  errors?: Array<{
    message?: string
    data?: { errors?: Array<{ path?: string; message?: string }> }
  }>
}

/**
 * What the server said, as messages beside fields (by field name) and one for the whole form.
 * Payload's validation errors carry a path per field; anything else becomes a form message.
 */
export const errorsFromResponse = (
  status: number,
  body: ErrorBody,
  fields: InputField[],
): { fields: FieldErrors; message: string | null } => {
  const names = new Set(fields.map((field) => field.name))
  const result: FieldErrors = {}
  const other: string[] = []
  for (const error of body.errors ?? []) {
    const details = error.data?.errors ?? []
    if (!details.length && error.message) other.push(error.message)
    for (const detail of details) {
      const name = detail.path?.replace(/^submissionData\.?/, '')
      if (name && names.has(name) && detail.message) result[name] ??= detail.message
      else if (detail.message) other.push(detail.message)
    }
  }
  if (!other.length && !Object.keys(result).length) {
    other.push(
      status === 429
        ? 'Too many messages were sent from your address. Please wait a few minutes, or call us.'
        : status === 503
          ? 'The website cannot take messages right now, and nothing was saved. Please try again in a few minutes, or call us.'
          : 'Your message could not be sent. Please try again in a moment, or call us.',
    )
  }
  return { fields: result, message: other.length ? [...new Set(other)].join(' ') : null }
}

/** Required answers left blank, caught before anything is sent (the server checks again). */
export const missingAnswers = (fields: InputField[], data: FormData): FieldErrors => {
  const missing: FieldErrors = {}
  for (const field of fields) {
    if (!field.required) continue
    const value = data.get(field.name)
    const blank = field.blockType === 'checkbox' ? value === null : !String(value ?? '').trim()
    if (blank) {
      missing[field.name] =
        field.blockType === 'checkbox'
          ? `Tick “${field.label || field.name}” to continue.`
          : `Please fill in “${field.label || field.name}”.`
    }
  }
  return missing
}
