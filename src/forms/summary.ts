import type { FormFieldBlock, SubmissionEntry } from './checkSubmission'

/**
 * A submission as staff read it. The plugin stores answers as { field: 'firstName', value }
 * pairs; these pure functions put the form's own labels on them and pick out who wrote and
 * what about, for the list's columns, its search and the export. Pure: callers pass the form's
 * fields (they may have changed since; unknown answers keep their field name as label).
 */

export type ReadableAnswer = { field: string; label: string; value: string }

export type SubmissionSummary = {
  name: string | null
  email: string | null
  phone: string | null
  office: string | null
  messageStart: string | null
}

export const MESSAGE_START_LENGTH = 120

const byName = (fields: FormFieldBlock[]) =>
  new Map(fields.filter((f) => f.name).map((f) => [f.name as string, f]))

const words = (field: FormFieldBlock | undefined, name: string) =>
  `${name} ${field?.label ?? ''}`.toLowerCase()

/** The answer as the form showed it: a select's option label, a checkbox as Yes/No. */
const shownValue = (field: FormFieldBlock | undefined, value: string): string => {
  if (!field) return value
  if (field.blockType === 'checkbox')
    return value === 'true' ? 'Yes' : value === 'false' ? 'No' : value
  const option = field.options?.find((o) => o.value === value)
  return option?.label || value
}

/** Every answer with the form's label, in the form's order; answers to removed fields last. */
export const readableAnswers = (
  fields: FormFieldBlock[],
  entries: SubmissionEntry[],
): ReadableAnswer[] => {
  const known = byName(fields)
  const order = new Map(fields.map((f, index) => [f.name, index]))
  return entries
    .map((entry, index) => ({ entry, index }))
    .sort(
      (a, b) =>
        (order.get(a.entry.field) ?? fields.length + a.index) -
        (order.get(b.entry.field) ?? fields.length + b.index),
    )
    .map(({ entry }) => {
      const field = known.get(entry.field)
      return {
        field: entry.field,
        label: (field?.label || entry.field).trim(),
        value: shownValue(field, entry.value ?? ''),
      }
    })
}

/** The first `max` characters of a text, cut at a word, on one line. */
export const startOf = (text: string, max = MESSAGE_START_LENGTH): string => {
  const line = text.replace(/\s+/g, ' ').trim()
  if (line.length <= max) return line
  const cut = line.slice(0, max - 1)
  // Back to the last whole word, unless the cut already falls between words.
  const space = line[max - 1] === ' ' ? cut.length : cut.lastIndexOf(' ')
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`
}

/** Who sent it and what about, from the form's field types and names. */
export const summarize = (
  fields: FormFieldBlock[],
  entries: SubmissionEntry[],
): SubmissionSummary => {
  const known = byName(fields)
  const filled = entries.filter((e) => typeof e.value === 'string' && e.value.trim() !== '')
  const find = (test: (field: FormFieldBlock | undefined, name: string) => boolean) =>
    filled.find((e) => test(known.get(e.field), e.field))
  const email =
    find((f) => f?.blockType === 'email') ?? find((f, name) => /e-?mail/.test(words(f, name)))
  const isName = (f: FormFieldBlock | undefined, name: string) =>
    /name/.test(words(f, name)) && !/e-?mail|office|user/.test(words(f, name))
  const names = readableAnswers(fields, filled).filter((a) => isName(known.get(a.field), a.field))
  const phone = find((f, name) => /phone|\btel\b|mobile/.test(words(f, name)))
  const office = find((f, name) => /office|location|clinic/.test(words(f, name)))
  const message =
    find((f) => f?.blockType === 'textarea') ??
    find((f, name) => /message|symptom|question|comment|help/.test(words(f, name)))
  const shown = (entry: SubmissionEntry | undefined) =>
    entry ? shownValue(known.get(entry.field), entry.value.trim()) : null
  return {
    name: names.length ? names.map((a) => a.value.trim()).join(' ') : null,
    email: shown(email),
    phone: shown(phone),
    office: shown(office),
    messageStart: message ? startOf(message.value) : null,
  }
}
