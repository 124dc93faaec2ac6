import type { FormSubmission } from '@/payload-types'

import { type FormFieldBlock, INPUT_TYPES } from './checkSubmission'
import { readableAnswers } from './summary'

/**
 * The CSV export's columns and rows (pure; the endpoint streams them through csv-stringify).
 * Answers get one column per field name across all forms, headed by the form's label; answers
 * to fields a form no longer has go together in "Other answers", so nothing is left out.
 */

export type FormColumns = { id: number | string; title: string; fields: FormFieldBlock[] }

export type CsvColumn = { key: string; header: string }

const FIXED: CsvColumn[] = [
  { key: 'id', header: 'ID' },
  { key: 'createdAt', header: 'Received' },
  { key: 'form', header: 'Form' },
  { key: 'readAt', header: 'Opened' },
  { key: 'emailStatus', header: 'Email to staff' },
  { key: 'emailedAt', header: 'Emailed at' },
]

const answerKey = (name: string) => `answer:${name}`

export const OTHER_ANSWERS: CsvColumn = { key: 'other', header: 'Other answers' }

// A spreadsheet runs a cell starting with = + - @ (or a tab or carriage return before one) as a
// formula; a visitor's text must stay text (OWASP's CSV injection advice: a leading apostrophe).
export const neutralizeFormula = (value: string): string =>
  /^[=+\-@\t\r]/.test(value) ? `'${value}` : value

export const csvColumns = (forms: FormColumns[]): CsvColumn[] => {
  const answers = new Map<string, CsvColumn>()
  for (const form of forms)
    for (const field of form.fields)
      if (field.name && INPUT_TYPES.has(field.blockType) && !answers.has(field.name))
        answers.set(field.name, {
          key: answerKey(field.name),
          header: (field.label || field.name).trim(),
        })
  return [...FIXED, ...answers.values(), OTHER_ANSWERS]
}

export const csvRecord = (
  doc: Pick<
    FormSubmission,
    'id' | 'createdAt' | 'form' | 'readAt' | 'emailStatus' | 'emailedAt' | 'submissionData'
  >,
  forms: FormColumns[],
  columns: CsvColumn[],
): Record<string, string> => {
  const formID = typeof doc.form === 'object' && doc.form ? doc.form.id : doc.form
  const form = forms.find((candidate) => String(candidate.id) === String(formID))
  const record: Record<string, string> = {
    id: String(doc.id),
    createdAt: doc.createdAt,
    form: form?.title ?? String(formID ?? ''),
    readAt: doc.readAt ?? '',
    emailStatus: doc.emailStatus ?? '',
    emailedAt: doc.emailedAt ?? '',
  }
  const keys = new Set(columns.map(({ key }) => key))
  const other: string[] = []
  for (const answer of readableAnswers(form?.fields ?? [], doc.submissionData ?? [])) {
    const key = answerKey(answer.field)
    if (keys.has(key) && form?.fields.some((field) => field.name === answer.field))
      record[key] = answer.value
    else other.push(`${answer.label}: ${answer.value}`)
  }
  record[OTHER_ANSWERS.key] = other.join('; ')
  return record
}
