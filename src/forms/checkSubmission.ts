import { checkPhone } from '@/validation'

/**
 * Checks a visitor's answers against the form's own fields (as staff built it in the admin):
 * the plugin stores `submissionData` as free { field, value } pairs and checks none of it.
 * Pure: the hook gives it the form's fields and the submitted data and turns the errors into
 * a 400. Every problem is reported at once; `path` is the field's name, or `submissionData`
 * when the list itself is malformed.
 */

export type FormFieldBlock = {
  blockType: string
  name?: string | null
  label?: string | null
  required?: boolean | null
  options?: { label?: string | null; value: string }[] | null
}

export type SubmissionEntry = { field: string; value: string }

export type SubmissionError = { path: string; message: string }

export type SubmissionCheck = { entries: SubmissionEntry[]; errors: SubmissionError[] }

export const MAX_TEXT_LENGTH = 1_000
export const MAX_TEXTAREA_LENGTH = 10_000

// Blocks that are not answers (a paragraph of text, payment) have no value to send.
export const INPUT_TYPES = new Set([
  'text',
  'textarea',
  'email',
  'number',
  'select',
  'checkbox',
  'state',
  'country',
])

// Everything below U+0020 except tab and line breaks, DEL, C1 controls, and the invisible
// direction overrides that can disguise text in an email.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g

const EMAIL = /^[^\s@"(),:;<>[\]\\]+@[^\s@"(),:;<>[\]\\.]+(\.[^\s@"(),:;<>[\]\\.]+)+$/

const TRUE_VALUES = new Set(['true', 'on', 'yes', '1'])
const FALSE_VALUES = new Set(['false', 'off', 'no', '0', ''])

const labelOf = (field: FormFieldBlock): string =>
  (field.label || field.name || 'this field').trim()

const looksLikePhone = (field: FormFieldBlock): boolean =>
  /phone/i.test(field.name ?? '') || /phone/i.test(field.label ?? '')

/** Control characters removed, Windows line breaks unified, surrounding space trimmed. */
export const cleanText = (value: string, multiline: boolean): string => {
  const text = value.replace(/\r\n?/g, '\n').replace(CONTROL, '')
  return (multiline ? text : text.replace(/[\t\n]+/g, ' ')).trim()
}

const formatCount = (n: number): string => n.toLocaleString('en-US')

const checkValue = (field: FormFieldBlock, raw: string): { value: string; error?: string } => {
  const label = labelOf(field)
  const multiline = field.blockType === 'textarea'
  const value = cleanText(raw, multiline)

  if (field.blockType === 'checkbox') {
    const lower = value.toLowerCase()
    if (!TRUE_VALUES.has(lower) && !FALSE_VALUES.has(lower)) {
      return { value, error: `Tick or untick "${label}".` }
    }
    const checked = TRUE_VALUES.has(lower)
    if (field.required && !checked) {
      return { value: 'false', error: `Please tick "${label}" so that we can reply to you.` }
    }
    return { value: String(checked) }
  }

  if (value === '') {
    return field.required ? { value, error: `Please fill in "${label}".` } : { value }
  }

  const limit = multiline ? MAX_TEXTAREA_LENGTH : MAX_TEXT_LENGTH
  if (value.length > limit) {
    return {
      value,
      error: `"${label}" can be at most ${formatCount(limit)} characters long; this one has ${formatCount(value.length)}. Please shorten it, or call us to tell us more.`,
    }
  }

  if (field.blockType === 'email' && (value.length > 254 || !EMAIL.test(value))) {
    return { value, error: 'Enter an email address like name@example.com.' }
  }

  if (looksLikePhone(field)) {
    const phone = checkPhone(value)
    if (phone !== true) return { value, error: phone }
  } else if (field.blockType === 'number' && !/^-?\d+([.,]\d+)?$/.test(value)) {
    return { value, error: `Enter a number for "${label}", using digits only.` }
  }

  if (field.blockType === 'select' && field.options?.length) {
    if (!field.options.some((option) => option.value === value)) {
      const choices = field.options.map((option) => option.label || option.value).join(', ')
      return { value, error: `Choose one of the options for "${label}": ${choices}.` }
    }
  }

  return { value }
}

/** Cleans and checks `submissionData`; `entries` are what may be stored when `errors` is empty. */
export const checkSubmission = (
  fields: FormFieldBlock[] | null | undefined,
  submissionData: unknown,
): SubmissionCheck => {
  const inputs = (fields ?? []).filter(
    (field): field is FormFieldBlock & { name: string } =>
      INPUT_TYPES.has(field.blockType) && typeof field.name === 'string' && field.name !== '',
  )
  const byName = new Map(inputs.map((field) => [field.name, field]))
  const errors: SubmissionError[] = []
  const structural = (message: string) => errors.push({ path: 'submissionData', message })

  if (submissionData !== undefined && submissionData !== null && !Array.isArray(submissionData)) {
    structural('The answers must be sent as a list of { field, value } pairs.')
    return { entries: [], errors }
  }

  const received = new Map<string, string>()
  for (const item of (submissionData as unknown[] | null | undefined) ?? []) {
    if (!item || typeof item !== 'object' || Array.isArray(item)) {
      structural('Each answer must be a { field, value } pair.')
      continue
    }
    const { field: name, value } = item as Record<string, unknown>
    if (typeof name !== 'string' || name === '') {
      structural('Each answer must name the field it belongs to.')
      continue
    }
    if (!byName.has(name)) {
      structural(
        `This form has no field called "${name.slice(0, 60)}". Please reload the page and try again.`,
      )
      continue
    }
    if (received.has(name)) {
      structural(`The answer for "${labelOf(byName.get(name)!)}" was sent more than once.`)
      continue
    }
    if (value === undefined || value === null) {
      received.set(name, '')
    } else if (
      typeof value === 'string' ||
      typeof value === 'number' ||
      typeof value === 'boolean'
    ) {
      received.set(name, String(value))
    } else {
      structural(`The answer for "${labelOf(byName.get(name)!)}" must be text.`)
      received.set(name, '')
    }
  }

  const entries: SubmissionEntry[] = []
  for (const field of inputs) {
    const raw = received.get(field.name)
    if (raw === undefined) {
      if (field.required) {
        errors.push({
          path: field.name,
          message:
            field.blockType === 'checkbox'
              ? `Please tick "${labelOf(field)}" so that we can reply to you.`
              : `Please fill in "${labelOf(field)}".`,
        })
      }
      continue
    }
    const { value, error } = checkValue(field, raw)
    if (error) errors.push({ path: field.name, message: error })
    // A blank optional answer is left out rather than stored empty.
    else if (value !== '') entries.push({ field: field.name, value })
  }
  return { entries, errors }
}

/** The honeypot is a field people never see: anything in it came from a bot. */
export const honeypotFilled = (value: unknown): boolean =>
  value !== undefined && value !== null && !(typeof value === 'string' && value.trim() === '')
