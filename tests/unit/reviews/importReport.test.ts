/** @jest-environment node */
import { exitCodeFor, formatReport, summarizeReport } from '@/reviews/import/report'
import type { ImportReport } from '@/reviews/import/types'

const report: ImportReport = {
  format: 'csv',
  filename: 'reviews.csv',
  totals: { rows: 4, added: 1, skipped: 1, invalid: 2 },
  ignoredColumns: ['likes'],
  notes: ['Ignored the column "likes": not review fields.'],
  rows: [
    { row: 2, outcome: 'added', reviewerName: 'Anna', id: 7 },
    {
      row: 3,
      outcome: 'invalid',
      reviewerName: 'Six Stars',
      reason: 'A rating must be a whole number of stars from 1 to 5.',
      errors: [
        { field: 'rating', message: 'A rating must be a whole number of stars from 1 to 5.' },
      ],
    },
    {
      row: 4,
      line: 5,
      outcome: 'invalid',
      reason: 'This row has 2 values but the header has 3 columns.',
    },
    {
      row: 6,
      line: 8,
      outcome: 'skipped',
      reviewerName: 'Anna',
      reason: 'Same review as row 2: the same Google link.',
      duplicateOf: { row: 2 },
    },
  ],
}

describe('import report', () => {
  it('summarises the totals in one sentence, with singulars', () => {
    expect(summarizeReport(report)).toBe('Added 1 review, skipped 1 duplicate, 2 rows invalid.')
    expect(summarizeReport({ totals: { rows: 6, added: 3, skipped: 2, invalid: 1 } })).toBe(
      'Added 3 reviews, skipped 2 duplicates, 1 row invalid.',
    )
  })

  it('prints one line per skipped or invalid row, then notes and totals', () => {
    expect(formatReport(report)).toBe(
      [
        'Read 4 rows from reviews.csv (CSV).',
        '  Row 3 [Six Stars] invalid: A rating must be a whole number of stars from 1 to 5.',
        '  Row 4 (line 5) invalid: This row has 2 values but the header has 3 columns.',
        '  Row 6 (line 8) [Anna] skipped: Same review as row 2: the same Google link.',
        'Note: Ignored the column "likes": not review fields.',
        'Added 1 review, skipped 1 duplicate, 2 rows invalid.',
        'New reviews are Pending: approve them in the admin under Clinic → Reviews.',
      ].join('\n'),
    )
    expect(
      formatReport({
        ...report,
        format: 'facebook',
        filename: undefined,
        notes: [],
        totals: { rows: 1, added: 0, skipped: 1, invalid: 0 },
        rows: [{ row: 1, outcome: 'skipped', reason: 'Already saved as review 3.' }],
      }),
    ).toBe(
      [
        "Read 1 item from the Facebook's JSON file.",
        '  Item 1 skipped: Already saved as review 3.',
        'Added 0 reviews, skipped 1 duplicate, 0 rows invalid.',
      ].join('\n'),
    )
  })

  it('exits 0 when every row was added or skipped, 2 when some were invalid', () => {
    expect(exitCodeFor(report)).toBe(2)
    expect(exitCodeFor({ totals: { rows: 2, added: 1, skipped: 1, invalid: 0 } })).toBe(0)
  })
})
