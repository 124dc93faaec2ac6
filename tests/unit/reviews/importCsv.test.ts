/** @jest-environment node */
import { readFileSync } from 'node:fs'
import path from 'node:path'

import { parseReviewCsv } from '@/reviews/import/csv'
import { ReviewFileError } from '@/reviews/import/types'

const fixture = (name: string) =>
  readFileSync(path.join(process.cwd(), 'tests/fixtures/reviews', name), 'utf8')

const fileError = (run: () => unknown): string => {
  try {
    run()
  } catch (error) {
    expect(error).toBeInstanceOf(ReviewFileError)
    return (error as Error).message
  }
  throw new Error('expected the file to be refused')
}

describe('parseReviewCsv', () => {
  it('maps headers by alias, in any case and spacing, and numbers rows as a spreadsheet does', () => {
    const file = parseReviewCsv(fixture('reviews.csv'))
    expect(file.format).toBe('csv')
    expect(file.ignoredColumns).toEqual(['Status'])
    expect(file.notes.join(' ')).toMatch(/Ignored the column "Status"/)
    expect(file.notes.join(' ')).toMatch(/always start as Pending/)
    expect(file.rows.map(({ row, line }) => [row, line])).toEqual([
      [2, undefined],
      [3, undefined],
      [4, undefined],
      [5, 6],
    ])
    expect(file.rows[0].raw).toEqual({
      reviewerName: 'Linda M.',
      rating: '5',
      recommends: '',
      body: 'Dr. Patel explained every option and never rushed us.',
      reviewedAt: '2024-05-02',
      source: 'google',
      sourceUrl: 'https://g.page/r/clinic-review-1',
      office: 'oak-park',
    })
    expect(file.rows[2].raw.reviewerName).toBe("O'Brien, Kate")
    expect(file.rows[2].raw.body).toBe('Staff called back the same day.\nParking was easy too.')
    expect(file.rows[3].raw.body).toBe(
      "<script>alert('hi')</script> Great visit & friendly front desk",
    )
  })

  it('accepts every documented header name', () => {
    const file = parseReviewCsv(
      'Reviewer_Name,SCORE,recommendation-type,review text,created time,source,permalink,office\nA,1,no,T,2024-01-01,google,https://x.test/1,o\n',
    )
    expect(file.rows[0].raw).toEqual({
      reviewerName: 'A',
      rating: '1',
      recommends: 'no',
      body: 'T',
      reviewedAt: '2024-01-01',
      source: 'google',
      sourceUrl: 'https://x.test/1',
      office: 'o',
    })
    expect(file.ignoredColumns).toEqual([])
    for (const header of [
      'author,comment,review_date',
      'reviewer,review,created',
      'reviewerName,body,reviewedAt',
      'name,review_text,created_time',
    ]) {
      expect(parseReviewCsv(`${header}\nA,B,2024-01-01\n`).rows[0].raw).toEqual({
        reviewerName: 'A',
        body: 'B',
        reviewedAt: '2024-01-01',
      })
    }
  })

  it('strips a byte order mark and reads CRLF, semicolon and tab files', () => {
    const expected = { reviewerName: 'Ann', body: 'Fine', reviewedAt: '2024-01-01' }
    expect(parseReviewCsv('\uFEFFname,text,date\r\nAnn,Fine,2024-01-01\r\n').rows[0].raw).toEqual(
      expected,
    )
    expect(parseReviewCsv('name;text;date\nAnn;Fine;2024-01-01\n').rows[0].raw).toEqual(expected)
    expect(parseReviewCsv('name\ttext\tdate\nAnn\tFine\t2024-01-01\n').rows[0].raw).toEqual(
      expected,
    )
  })

  it('reports a row whose number of values differs from the header, and skips blank rows', () => {
    const file = parseReviewCsv('name,text,date\nAnn,Fine\n\n,,\nBob,"a, b",2024-01-01,extra\n')
    expect(file.rows.map((row) => row.row)).toEqual([2, 5])
    expect(file.rows[0].errors).toEqual([
      {
        message:
          'This row has 2 values but the header has 3 columns. A value that contains a comma must be in double quotes.',
      },
    ])
    expect(file.rows[1].errors[0].message).toMatch(/has 4 values but the header has 3 columns/)
  })

  it('keeps a stray quote inside an unquoted value', () => {
    expect(
      parseReviewCsv('name,text,date\nAnn,She said "great",2024-01-01\n').rows[0].raw.body,
    ).toBe('She said "great"')
  })

  it('refuses files it cannot read as a whole, naming the line or the column', () => {
    expect(fileError(() => parseReviewCsv(fixture('unclosed-quote.csv')))).toBe(
      'The CSV could not be read: the quoted value that starts on line 3 is never closed. Check that line for a missing double quote (").',
    )
    expect(fileError(() => parseReviewCsv(fixture('missing-columns.csv')))).toBe(
      'The CSV has no column for the review text: name it text, review, review_text, comment or body. The CSV has no column for the date: name it date, created_time, created, review_date or reviewedAt.',
    )
    expect(fileError(() => parseReviewCsv(fixture('header-only.csv')))).toBe(
      'The file has a header row but no reviews below it.',
    )
    expect(fileError(() => parseReviewCsv('Ann,5,Fine,2024-01-01\nBob,4,Ok,2024-01-02\n'))).toMatch(
      /^The first line must be a header row naming the columns, e\.g\. name,rating,recommends,text,date,source,url,office\. None of "Ann", "5", "Fine" or "2024-01-01" is a column name we know\.$/,
    )
    expect(fileError(() => parseReviewCsv('name,author,text,date\nA,B,C,2024-01-01\n'))).toBe(
      'The columns "name" and "author" both hold the reviewer\'s name. Keep one of them.',
    )
  })
})
