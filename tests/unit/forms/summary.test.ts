import type { FormFieldBlock } from '@/forms/checkSubmission'
import { exportQuery } from '@/components/admin/ExportSubmissions/query'
import { csvColumns, csvRecord, neutralizeFormula } from '@/forms/exportRows'
import { readableAnswers, startOf, summarize } from '@/forms/summary'

const FIELDS: FormFieldBlock[] = [
  { blockType: 'text', name: 'fullName', label: 'Your name' },
  { blockType: 'text', name: 'contactAddress', label: 'E-mail' },
  { blockType: 'text', name: 'mobile', label: 'Mobile' },
  {
    blockType: 'radio',
    name: 'location',
    label: 'Which clinic?',
    options: [{ label: 'Fort Myers', value: 'fm' }],
  },
  { blockType: 'text', name: 'question', label: 'Your question' },
  { blockType: 'checkbox', name: 'consent', label: 'OK to call' },
]

describe('summarize', () => {
  it('finds who and what by field names and labels when the types do not say', () => {
    expect(
      summarize(FIELDS, [
        { field: 'question', value: '  Do you  treat\nbacks? ' },
        { field: 'fullName', value: ' Mary Shelley ' },
        { field: 'contactAddress', value: 'mary@mail.test' },
        { field: 'mobile', value: '239 555 0100' },
        { field: 'location', value: 'fm' },
      ]),
    ).toEqual({
      name: 'Mary Shelley',
      email: 'mary@mail.test',
      phone: '239 555 0100',
      office: 'Fort Myers',
      messageStart: 'Do you treat backs?',
    })
  })

  it('leaves out what was not answered, and answers to fields the form no longer has', () => {
    expect(summarize(FIELDS, [{ field: 'fullName', value: '  ' }])).toEqual({
      name: null,
      email: null,
      phone: null,
      office: null,
      messageStart: null,
    })
    expect(summarize([], [{ field: 'email', value: 'a@b.test' }]).email).toBe('a@b.test')
  })
})

describe('readableAnswers', () => {
  it("puts answers in the form's order under its labels; unknown fields last, by name", () => {
    expect(
      readableAnswers(FIELDS, [
        { field: 'gone', value: 'x' },
        { field: 'consent', value: 'true' },
        { field: 'fullName', value: 'Mary' },
      ]),
    ).toEqual([
      { field: 'fullName', label: 'Your name', value: 'Mary' },
      { field: 'consent', label: 'OK to call', value: 'Yes' },
      { field: 'gone', label: 'gone', value: 'x' },
    ])
  })
})

describe('startOf', () => {
  it('cuts at a word with an ellipsis, never past the limit', () => {
    expect(startOf('short text')).toBe('short text')
    const cut = startOf('word '.repeat(50), 20)
    expect(cut).toBe('word word word word…')
    expect(startOf('x'.repeat(50), 20)).toBe(`${'x'.repeat(19)}…`)
  })
})

describe('CSV export rows', () => {
  it('turns every formula start into text, and nothing else', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r'])
      expect(neutralizeFormula(`${start}1+1`)).toBe(`'${start}1+1`)
    expect(neutralizeFormula('1+1')).toBe('1+1')
    expect(neutralizeFormula("it's =fine")).toBe("it's =fine")
  })

  it('has one column per field name across forms and keeps stray answers', () => {
    const forms = [
      { id: 1, title: 'A', fields: [{ blockType: 'email', name: 'email', label: 'Email' }] },
      {
        id: 2,
        title: 'B',
        fields: [
          { blockType: 'email', name: 'email', label: 'Your email' },
          { blockType: 'message', name: 'intro', label: 'Intro text' },
        ],
      },
    ]
    const columns = csvColumns(forms)
    expect(columns.map((c) => c.header)).toEqual([
      'ID',
      'Received',
      'Form',
      'Opened',
      'Email to staff',
      'Emailed at',
      'Email',
      'Other answers',
    ])
    expect(
      csvRecord(
        {
          id: 7,
          createdAt: '2026-01-01T00:00:00.000Z',
          form: 2,
          readAt: null,
          emailStatus: 'emailed',
          emailedAt: null,
          submissionData: [
            { field: 'email', value: 'b@mail.test' },
            { field: 'old', value: 'kept' },
          ],
        },
        forms,
        columns,
      ),
    ).toMatchObject({ form: 'B', 'answer:email': 'b@mail.test', other: 'old: kept' })
  })
})

describe('exportQuery', () => {
  it("carries the list's filter, search and sort, and nothing else", () => {
    const list = new URLSearchParams(
      'limit=10&page=2&search=ada&sort=-createdAt&where[or][0][and][0][readAt][exists]=false',
    )
    expect(exportQuery(list).toString()).toBe(
      'format=csv&search=ada&sort=-createdAt&where%5Bor%5D%5B0%5D%5Band%5D%5B0%5D%5BreadAt%5D%5Bexists%5D=false',
    )
  })
})
