/** @jest-environment node */
import {
  checkSubmission,
  cleanText,
  type FormFieldBlock,
  honeypotFilled,
} from '@/forms/checkSubmission'
import { parseFormId } from '@/forms/formId'

const fields: FormFieldBlock[] = [
  { blockType: 'text', name: 'firstName', label: 'First name', required: true },
  { blockType: 'email', name: 'email', label: 'Email', required: true },
  { blockType: 'text', name: 'phone', label: 'Phone' },
  { blockType: 'number', name: 'mobile', label: 'Mobile phone' },
  { blockType: 'number', name: 'age', label: 'Age' },
  { blockType: 'textarea', name: 'symptoms', label: 'Symptoms', required: true },
  {
    blockType: 'select',
    name: 'office',
    label: 'Office',
    options: [
      { label: 'Oak Lawn', value: 'oak-lawn' },
      { label: 'Orland Park', value: 'orland-park' },
    ],
  },
  { blockType: 'checkbox', name: 'consent', label: 'I agree', required: true },
  { blockType: 'message' },
]

const valid = [
  { field: 'firstName', value: 'Maria' },
  { field: 'email', value: 'maria@example.com' },
  { field: 'symptoms', value: 'Knee pain' },
  { field: 'consent', value: 'true' },
]

const paths = (data: unknown) => checkSubmission(fields, data).errors.map((error) => error.path)

describe('checkSubmission', () => {
  it('accepts valid answers, leaving out blank optional ones', () => {
    expect(checkSubmission(fields, [...valid, { field: 'phone', value: ' ' }])).toEqual({
      entries: valid,
      errors: [],
    })
  })

  it('cleans values: trims, strips control characters, keeps HTML as text', () => {
    const { entries, errors } = checkSubmission(fields, [
      { field: 'firstName', value: ' Ma\u0000ri\u202Ea\t' },
      { field: 'email', value: 'maria@example.com' },
      { field: 'symptoms', value: '<b>Knee</b>\r\n\tpain\u0007' },
      { field: 'consent', value: 'on' },
    ])
    expect(errors).toEqual([])
    expect(entries).toEqual([
      { field: 'firstName', value: 'Maria' },
      { field: 'email', value: 'maria@example.com' },
      { field: 'symptoms', value: '<b>Knee</b>\n\tpain' },
      { field: 'consent', value: 'true' },
    ])
  })

  it('reports every missing required answer at once, by field name', () => {
    expect(checkSubmission(fields, []).errors).toEqual([
      { path: 'firstName', message: 'Please fill in "First name".' },
      { path: 'email', message: 'Please fill in "Email".' },
      { path: 'symptoms', message: 'Please fill in "Symptoms".' },
      { path: 'consent', message: 'Please tick "I agree" so that we can reply to you.' },
    ])
    expect(paths(undefined)).toEqual(['firstName', 'email', 'symptoms', 'consent'])
  })

  it('refuses unknown, duplicate and malformed entries on submissionData', () => {
    expect(paths([...valid, { field: 'admin', value: 'x' }])).toEqual(['submissionData'])
    expect(paths([...valid, { field: 'email', value: 'b@example.com' }])).toEqual([
      'submissionData',
    ])
    expect(paths([...valid, 'text'])).toEqual(['submissionData'])
    expect(paths([...valid, { value: 'x' }])).toEqual(['submissionData'])
    expect(paths({ firstName: 'Maria' })).toEqual(['submissionData'])
    // A block that is not an answer cannot be sent either.
    expect(paths([...valid, { field: 'message', value: 'x' }])).toEqual(['submissionData'])
  })

  it('checks email, phone, numbers, options and checkboxes', () => {
    const answers = (extra: { field: string; value: unknown }[]) => [
      ...valid.filter((answer) => !extra.some((e) => e.field === answer.field)),
      ...extra,
    ]
    expect(checkSubmission(fields, answers([{ field: 'email', value: 'a@b' }])).errors).toEqual([
      { path: 'email', message: 'Enter an email address like name@example.com.' },
    ])
    expect(paths(answers([{ field: 'phone', value: 'call me' }]))).toEqual(['phone'])
    expect(paths(answers([{ field: 'phone', value: '(708) 393-8266' }]))).toEqual([])
    // A number field named like a phone is checked as a phone number.
    expect(paths(answers([{ field: 'mobile', value: '7083938266' }]))).toEqual([])
    expect(paths(answers([{ field: 'mobile', value: '42' }]))).toEqual(['mobile'])
    expect(paths(answers([{ field: 'age', value: 'forty' }]))).toEqual(['age'])
    expect(paths(answers([{ field: 'age', value: 42 }]))).toEqual([])
    expect(paths(answers([{ field: 'office', value: 'oak-lawn' }]))).toEqual([])
    expect(checkSubmission(fields, answers([{ field: 'office', value: 'moon' }])).errors).toEqual([
      { path: 'office', message: 'Choose one of the options for "Office": Oak Lawn, Orland Park.' },
    ])
    expect(paths(answers([{ field: 'consent', value: 'false' }]))).toEqual(['consent'])
    expect(paths(answers([{ field: 'consent', value: true }]))).toEqual([])
    expect(paths(answers([{ field: 'consent', value: 'maybe' }]))).toEqual(['consent'])
  })

  it('limits text to 1,000 and long text to 10,000 characters, saying so', () => {
    const [long] = checkSubmission(fields, [
      ...valid.filter((answer) => answer.field !== 'symptoms'),
      { field: 'symptoms', value: 'a'.repeat(102_400) },
    ]).errors
    expect(long).toEqual({
      path: 'symptoms',
      message:
        '"Symptoms" can be at most 10,000 characters long; this one has 102,400. Please shorten it, or call us to tell us more.',
    })
    expect(paths([...valid.slice(1), { field: 'firstName', value: 'a'.repeat(1_000) }])).toEqual([])
    expect(paths([...valid.slice(1), { field: 'firstName', value: 'a'.repeat(1_001) }])).toEqual([
      'firstName',
    ])
  })
})

describe('cleanText', () => {
  it('keeps line breaks only where they belong', () => {
    expect(cleanText('a\r\nb\u0000', true)).toBe('a\nb')
    expect(cleanText(' a\nb\tc ', false)).toBe('a b c')
  })
})

describe('honeypotFilled', () => {
  it('is false only for nothing at all', () => {
    expect(honeypotFilled(undefined)).toBe(false)
    expect(honeypotFilled(null)).toBe(false)
    expect(honeypotFilled('  ')).toBe(false)
    expect(honeypotFilled('x')).toBe(true)
    expect(honeypotFilled(0)).toBe(true)
  })
})

describe('parseFormId', () => {
  it('accepts integer ids and ObjectIds, nothing else', () => {
    expect(parseFormId(3)).toBe(3)
    expect(parseFormId('3')).toBe(3)
    expect(parseFormId({ id: 3 })).toBe(3)
    expect(parseFormId('65A1B2C3D4E5F6A7B8C9D0E1')).toBe('65a1b2c3d4e5f6a7b8c9d0e1')
    for (const bad of [0, -1, 1.5, '', 'abc', '1; drop table', { $gt: '' }, null, undefined]) {
      expect(parseFormId(bad)).toBeUndefined()
    }
  })
})
