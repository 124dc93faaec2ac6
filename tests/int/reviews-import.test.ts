import { spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { REST_POST } from '@payloadcms/next/routes'

import type { Review } from '@/payload-types'
import { importReviews, type ImportReport, type ImportRowReport } from '@/reviews/import'

import { count, type ID, officeData } from './helpers/fixtures'
import { type ApiResponse, rest } from './helpers/http'
import { startPayload, type TestContext } from './helpers/payload'

/**
 * Issue 5, part 3: POST /api/reviews/import and `npm run import:reviews` read a CSV export or
 * Facebook's recommendations JSON (tests/fixtures/reviews) into Pending reviews.
 */

const FIXTURES = path.join(process.cwd(), 'tests/fixtures/reviews')
const fixture = (name: string) => readFileSync(path.join(FIXTURES, name))

let ctx: TestContext
let oakPark: ID
let wheaton: ID

beforeAll(async () => {
  ctx = await startPayload()
  oakPark = (
    await ctx.payload.create({
      collection: 'offices',
      data: officeData({ name: 'Oak Park' }) as never,
    })
  ).id
  wheaton = (
    await ctx.payload.create({
      collection: 'offices',
      data: officeData({ name: 'Wheaton Office' }) as never,
    })
  ).id
})

afterAll(async () => {
  await ctx?.stop()
})

type Body = { message?: string; report?: ImportReport; errors?: Array<{ message: string }> }

/** Calls the real route handler with any body and content type, as curl or the admin would. */
const post = async (
  body: BodyInit | undefined,
  { token = ctx.editor.token, type }: { token?: string | null; type?: string } = {},
): Promise<ApiResponse<Body>> => {
  const headers: Record<string, string> = {}
  if (type) headers['content-type'] = type
  if (token) headers.Authorization = `JWT ${token}`
  const request = new Request('http://localhost:3000/api/reviews/import', {
    method: 'POST',
    headers,
    body,
  })
  const response = await REST_POST(ctx.config)(request, {
    params: Promise.resolve({ slug: ['reviews', 'import'] }),
  })
  return { status: response.status, body: await response.json() }
}

/** An upload as the admin sends it: multipart/form-data with a `file` field. */
const upload = (content: string | Uint8Array, filename: string, token?: string | null) => {
  const form = new FormData()
  form.append('file', new Blob([content as BlobPart]), filename)
  return post(form, { token })
}

const findReviews = async (where: Record<string, unknown>) =>
  (
    await ctx.payload.find({
      collection: 'reviews',
      where: where as never,
      sort: 'reviewedAt',
      pagination: false,
      depth: 0,
    })
  ).docs as Review[]

const byRow = (report: ImportReport | undefined) =>
  Object.fromEntries((report?.rows ?? []).map((row) => [row.row, row])) as Record<
    number,
    ImportRowReport
  >

describe('importing a CSV export', () => {
  it('adds every row as a Pending review with its source, date, link and office', async () => {
    const before = await count(ctx.payload, 'reviews')
    const response = await upload(fixture('reviews.csv'), 'reviews.csv')
    expect(response.status).toBe(200)
    expect(response.body.message).toBe('Added 4 reviews, skipped 0 duplicates, 0 rows invalid.')
    const report = response.body.report!
    expect(report).toMatchObject({
      format: 'csv',
      filename: 'reviews.csv',
      totals: { rows: 4, added: 4, skipped: 0, invalid: 0 },
      ignoredColumns: ['Status'],
    })
    expect(report.rows.map(({ row, line, outcome }) => ({ row, line, outcome }))).toEqual([
      { row: 2, outcome: 'added' },
      { row: 3, outcome: 'added' },
      { row: 4, outcome: 'added' },
      { row: 5, line: 6, outcome: 'added' },
    ])
    expect(await count(ctx.payload, 'reviews')).toBe(before + 4)

    const ids = report.rows.map((row) => row.id)
    const saved = await findReviews({ id: { in: ids } })
    expect(saved.map((review) => review.status)).toEqual([
      'pending',
      'pending',
      'pending',
      'pending',
    ])
    const byName = Object.fromEntries(saved.map((review) => [review.reviewerName, review]))
    expect(byName['Linda M.']).toMatchObject({
      rating: 5,
      source: 'google',
      sourceUrl: 'https://g.page/r/clinic-review-1',
      reviewedAt: '2024-05-02T12:00:00.000Z',
      office: oakPark,
      body: 'Dr. Patel explained every option and never rushed us.',
    })
    expect(byName['Linda M.'].moderatedBy ?? null).toBeNull()
    expect(byName['Robert K.']).toMatchObject({
      recommends: true,
      source: 'facebook',
      reviewedAt: '2023-11-20T15:04:00.000Z',
      office: wheaton,
    })
    expect(byName['Robert K.'].rating ?? null).toBeNull()
    // A blank source cell means "other".
    expect(byName["O'Brien, Kate"]).toMatchObject({
      rating: 4,
      recommends: true,
      source: 'other',
      body: 'Staff called back the same day.\nParking was easy too.',
    })
    // Markup is stored as the text it is; the site escapes it when it renders.
    expect(byName['Sam <b>Bold</b>']).toMatchObject({
      source: 'website',
      body: "<script>alert('hi')</script> Great visit & friendly front desk",
    })
  })

  it('adds nothing when the same file is imported again', async () => {
    const before = await count(ctx.payload, 'reviews')
    const response = await upload(fixture('reviews.csv'), 'reviews.csv')
    expect(response.status).toBe(200)
    expect(response.body.message).toBe('Added 0 reviews, skipped 4 duplicates, 0 rows invalid.')
    for (const row of response.body.report!.rows) {
      expect(row.outcome).toBe('skipped')
      expect(row.duplicateOf?.id).toBeDefined()
      expect(row.reason).toMatch(/^Already saved as review /)
    }
    expect(await count(ctx.payload, 'reviews')).toBe(before)
  })

  it('skips reviews already saved with the same link, or the same reviewer on the same UTC day', async () => {
    const [linda] = await findReviews({ reviewerName: { equals: 'Linda M.' } })
    const [robert] = await findReviews({ reviewerName: { equals: 'Robert K.' } })
    const csv = [
      'name,rating,recommends,text,date,source,url',
      // Same Google link as Linda's, under another name and date.
      'Someone Else,4,,Copied link.,2021-01-01,google,https://g.page/r/clinic-review-1',
      // Robert again on the same UTC day, another time, no link.
      'robert  k.,,yes,Said it twice.,2023-11-20T23:59:00Z,facebook,',
      // Same link on another source is another review.
      'Someone Else,4,,Different source.,2021-01-01,other,https://g.page/r/clinic-review-1',
      // Same name and day from Google is another review too.
      'Robert K.,5,,Google this time.,2023-11-20,google,',
    ].join('\n')
    const response = await post(csv, { type: 'text/csv' })
    expect(response.status).toBe(200)
    const rows = byRow(response.body.report)
    expect(rows[2]).toMatchObject({
      outcome: 'skipped',
      duplicateOf: { id: linda.id },
      reason: `Already saved as review ${linda.id}: the same Google link.`,
    })
    expect(rows[3]).toMatchObject({
      outcome: 'skipped',
      duplicateOf: { id: robert.id },
      reason: `Already saved as review ${robert.id}: the same reviewer, source (Facebook) and day (2023-11-20).`,
    })
    expect(rows[4].outcome).toBe('added')
    expect(rows[5].outcome).toBe('added')
  })

  it('imports the valid rows of a mixed file and reports every other row with its reason', async () => {
    const before = await count(ctx.payload, 'reviews')
    const response = await upload(fixture('reviews-mixed.csv'), 'reviews-mixed.csv')
    expect(response.status).toBe(200)
    expect(response.body.message).toBe('Added 2 reviews, skipped 2 duplicates, 10 rows invalid.')
    const report = response.body.report!
    expect(report.totals).toEqual({ rows: 14, added: 2, skipped: 2, invalid: 10 })
    expect(report.ignoredColumns).toEqual(['likes'])
    const rows = byRow(report)
    const invalid = (row: number) => ({ outcome: rows[row].outcome, errors: rows[row].errors })
    expect(rows[2]).toMatchObject({ outcome: 'added', reviewerName: 'Anna Valid' })
    expect(invalid(3)).toEqual({
      outcome: 'invalid',
      errors: [
        { field: 'rating', message: 'A rating must be a whole number of stars from 1 to 5.' },
      ],
    })
    expect(invalid(4).errors).toEqual([
      { field: 'rating', message: 'A rating must be a whole number of stars from 1 to 5.' },
    ])
    expect(invalid(5).errors).toEqual([
      {
        field: 'rating',
        message:
          'Give a star rating from 1 to 5 or say whether the reviewer recommends the clinic.',
      },
    ])
    expect(invalid(6).errors).toEqual([
      { field: 'body', message: 'The review has no text. Enter what the reviewer wrote.' },
    ])
    expect(invalid(7).errors).toEqual([
      {
        field: 'reviewedAt',
        message:
          '"03/06/2024" is not a date we can read. Write the date as YYYY-MM-DD, e.g. 2024-05-02, or as a full ISO timestamp.',
      },
    ])
    expect(invalid(8).errors).toEqual([
      {
        field: 'sourceUrl',
        message: 'Enter a full web address starting with http:// or https://.',
      },
    ])
    expect(invalid(9).errors).toEqual([
      {
        field: 'source',
        message: 'Unknown source "yelp": use one of facebook, google, website, other.',
      },
    ])
    expect(invalid(10).errors).toEqual([
      {
        field: 'office',
        message:
          'There is no office "nowhere". Use the slug or name of one of: oak-park, wheaton-office.',
      },
    ])
    expect(invalid(11).errors).toEqual([
      {
        field: 'recommends',
        message: '"maybe" is not a recommendation: write positive or negative (or yes/no).',
      },
    ])
    expect(invalid(12)).toEqual({
      outcome: 'invalid',
      errors: [
        {
          message:
            'This row has 11 values but the header has 9 columns. A value that contains a comma must be in double quotes.',
        },
      ],
    })
    expect(rows[3].reason).toBe('A rating must be a whole number of stars from 1 to 5.')
    // Duplicates inside the file, by link and by reviewer and day.
    expect(rows[13]).toMatchObject({
      outcome: 'skipped',
      duplicateOf: { row: 2 },
      reason: 'Same review as row 2: the same Google link.',
    })
    expect(rows[14]).toMatchObject({
      outcome: 'skipped',
      duplicateOf: { row: 2 },
      reason: 'Same review as row 2: the same reviewer, source (Google) and day (2024-03-01).',
    })
    // Row 15 is blank and not a review.
    expect(rows[15]).toBeUndefined()
    expect(rows[16]).toMatchObject({ outcome: 'added', reviewerName: 'Dana Fine' })
    expect(await count(ctx.payload, 'reviews')).toBe(before + 2)
    const [dana] = await findReviews({ reviewerName: { equals: 'Dana Fine' } })
    expect(dana).toMatchObject({ recommends: false, source: 'other', status: 'pending' })
  })

  it('refuses a review text of 20,000 characters on its row', async () => {
    const csv = `name,rating,text,date\nLong Writer,5,${'x'.repeat(20_000)},2024-06-01\nShort Writer,5,Short.,2024-06-01\n`
    const response = await post(csv, { type: 'text/csv; charset=utf-8' })
    expect(response.status).toBe(200)
    expect(byRow(response.body.report)[2]).toMatchObject({
      outcome: 'invalid',
      reviewerName: 'Long Writer',
      errors: [
        { field: 'body', message: 'The review is 20,000 characters long; the limit is 5,000.' },
      ],
    })
    expect(byRow(response.body.report)[3].outcome).toBe('added')
  })
})

describe("importing Facebook's recommendations", () => {
  it('reads the Graph API JSON sent as the body, repairs mojibake and keeps source and date', async () => {
    const before = await count(ctx.payload, 'reviews')
    const response = await post(fixture('facebook-recommendations.json'), {
      type: 'application/json',
    })
    expect(response.status).toBe(200)
    expect(response.body.message).toBe('Added 3 reviews, skipped 1 duplicate, 2 rows invalid.')
    const report = response.body.report!
    expect(report.format).toBe('facebook')
    expect(report.notes).toEqual([
      'Repaired Facebook\'s garbled accents (such as "Ã©" for "é") in 2 items.',
    ])
    const rows = byRow(report)
    expect([1, 2, 3].map((row) => rows[row].outcome)).toEqual(['added', 'added', 'added'])
    expect(rows[4]).toMatchObject({
      outcome: 'skipped',
      duplicateOf: { row: 1 },
      reason: 'Same review as item 1: the same reviewer, source (Facebook) and day (2019-05-02).',
    })
    expect(rows[5]).toMatchObject({
      outcome: 'invalid',
      errors: [
        { field: 'rating', message: 'A rating must be a whole number of stars from 1 to 5.' },
      ],
    })
    expect(rows[6]).toMatchObject({
      outcome: 'invalid',
      errors: [
        { field: 'reviewerName', message: "Enter the reviewer's name as they signed the review." },
        { field: 'body', message: 'The review has no text. Enter what the reviewer wrote.' },
        { field: 'reviewedAt', message: expect.stringMatching(/^"not a date" is not a date/) },
      ],
    })
    expect(await count(ctx.payload, 'reviews')).toBe(before + 3)

    const saved = await findReviews({ id: { in: [1, 2, 3].map((row) => rows[row].id) } })
    expect(
      saved.map(
        ({ reviewerName, body, recommends, rating, source, status, reviewedAt, sourceUrl }) => ({
          reviewerName,
          body,
          recommends,
          rating: rating ?? null,
          source,
          status,
          reviewedAt,
          sourceUrl: sourceUrl ?? null,
        }),
      ),
    ).toEqual([
      {
        reviewerName: 'José Muñoz',
        body: 'Dr. García fixed my shoulder — thank you! 😊',
        recommends: true,
        rating: null,
        source: 'facebook',
        status: 'pending',
        reviewedAt: '2019-05-02T14:03:11.000Z',
        sourceUrl: 'https://www.facebook.com/jose/posts/1',
      },
      {
        reviewerName: 'Pat <script>x</script>',
        body: 'Waited an hour. <img src=x onerror=alert(1)>',
        recommends: false,
        rating: null,
        source: 'facebook',
        status: 'pending',
        reviewedAt: '2020-01-10T09:00:00.000Z',
        sourceUrl: null,
      },
      {
        reviewerName: 'Renée',
        body: 'Café next door, great care inside.',
        recommends: true,
        rating: 5,
        source: 'facebook',
        status: 'pending',
        reviewedAt: '2021-07-04T18:30:00.000Z',
        sourceUrl: 'https://www.facebook.com/renee/posts/3',
      },
    ])

    const again = await upload(fixture('facebook-recommendations.json'), 'recommendations.json')
    expect(again.body.message).toBe('Added 0 reviews, skipped 4 duplicates, 2 rows invalid.')
    expect(await count(ctx.payload, 'reviews')).toBe(before + 3)
  })

  it('reads a plain list uploaded as a .json file', async () => {
    const response = await upload(fixture('facebook-array.json'), 'facebook-array.json')
    expect(response.status).toBe(200)
    expect(response.body.report!.totals).toEqual({ rows: 2, added: 2, skipped: 0, invalid: 0 })
    const saved = await findReviews({ reviewerName: { in: ['Morgan Lee', 'Chris Doe'] } })
    expect(saved.map((review) => [review.reviewerName, review.source, review.recommends])).toEqual([
      ['Morgan Lee', 'facebook', true],
      ['Chris Doe', 'facebook', false],
    ])
  })
})

describe('files that are refused as a whole import nothing', () => {
  const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72])
  const cases: Array<[string, () => Promise<ApiResponse<Body>>, RegExp | string]> = [
    [
      'JSON with a syntax error (with its position)',
      // Stored as .txt so that `prettier --write .` does not stop at it.
      () => upload(fixture('broken-json.txt'), 'broken.json'),
      /^The file is not valid JSON: .*position 83.*\(line 2, column 3\)\.$/,
    ],
    [
      'JSON that is not a list of reviews',
      () => upload(fixture('not-a-list.json'), 'not-a-list.json'),
      /^Expected Facebook's recommendations: a list \[ … \] or an object with a "data" list/,
    ],
    [
      'a list with something other than objects',
      () => post('[{"review_text":"x"},"y"]', { type: 'application/json' }),
      'Item 2 is a string, not a review. Each item must be an object with reviewer, created_time and review_text.',
    ],
    [
      'an empty list',
      () => post('{"data":[]}', { type: 'application/json' }),
      'The file contains no reviews.',
    ],
    [
      'a CSV quote that is never closed (with its line)',
      () => upload(fixture('unclosed-quote.csv'), 'unclosed-quote.csv'),
      'The CSV could not be read: the quoted value that starts on line 3 is never closed. Check that line for a missing double quote (").',
    ],
    [
      'a CSV without the text and date columns',
      () => upload(fixture('missing-columns.csv'), 'missing-columns.csv'),
      'The CSV has no column for the review text: name it text, review, review_text, comment or body. The CSV has no column for the date: name it date, created_time, created, review_date or reviewedAt.',
    ],
    [
      'a CSV with a header and no rows',
      () => upload(fixture('header-only.csv'), 'header-only.csv'),
      'The file has a header row but no reviews below it.',
    ],
    ['an empty file', () => upload('', 'empty.csv'), 'The file is empty.'],
    ['an empty body', () => post('', { type: 'text/csv' }), 'The file is empty.'],
    ['a binary file named .csv', () => upload(png, 'reviews.csv'), /^This is not a text file\./],
    [
      'an image',
      () => upload(png, 'photo.png'),
      `"photo.png" is not a CSV or JSON file. Choose a .csv file or Facebook's .json export.`,
    ],
    [
      'an Excel workbook',
      () => upload(png, 'reviews.xlsx'),
      /^"reviews\.xlsx" is a spreadsheet workbook, which cannot be read here\. Save it as CSV first/,
    ],
    [
      'a form without a file field',
      () => {
        const form = new FormData()
        form.append('other', 'x')
        return post(form)
      },
      'Attach the file in a form field named "file".',
    ],
  ]

  it.each(cases)('%s', async (_name, send, message) => {
    const before = await count(ctx.payload, 'reviews')
    const response = await send()
    expect(response.status).toBe(400)
    expect(response.body.errors).toHaveLength(1)
    expect(response.body.errors![0].message).toEqual(
      typeof message === 'string' ? message : expect.stringMatching(message),
    )
    expect(await count(ctx.payload, 'reviews')).toBe(before)
  })
})

describe('the request', () => {
  it('is for signed-in staff only', async () => {
    const before = await count(ctx.payload, 'reviews')
    const response = await upload(fixture('facebook-array.json'), 'x.json', null)
    expect(response).toEqual({
      status: 401,
      body: { errors: [{ message: 'Only signed-in clinic staff can import reviews.' }] },
    })
    expect(await count(ctx.payload, 'reviews')).toBe(before)
  })

  it('refuses files over 2 MB with 413, raw or uploaded', async () => {
    const big = `name,text,date\n${'Ann,Fine,2024-01-01\n'.repeat(110_000)}`
    expect(big.length).toBeGreaterThan(2 * 1024 * 1024)
    const raw = await post(big, { type: 'text/csv' })
    expect(raw.status).toBe(413)
    expect(raw.body.errors![0].message).toMatch(/; the limit is 2 MB\. Split it into smaller files/)
    const uploaded = await upload(big, 'big.csv')
    expect(uploaded.status).toBe(413)
    expect(uploaded.body.errors![0].message).toMatch(/the limit is 2 MB/)
  })

  it('refuses other content types with 415', async () => {
    const response = await post('name,text,date\n', { type: 'text/plain' })
    expect(response.status).toBe(415)
    expect(response.body.errors![0].message).toBe(
      'Send the file as multipart/form-data in a field named "file", or as the request body with Content-Type text/csv or application/json (not text/plain).',
    )
  })

  it('accepts JSON through the shared REST helper too', async () => {
    const response = await rest(ctx.config, 'POST', 'reviews/import', {
      token: ctx.admin.token,
      body: [
        {
          created_time: '2024-02-02T08:00:00+0000',
          recommendation_type: 'positive',
          review_text: 'Sent as JSON.',
          reviewer: { name: 'Helper Test' },
        },
      ],
    })
    expect(response.status).toBe(200)
    expect(response.body.message).toBe('Added 1 review, skipped 0 duplicates, 0 rows invalid.')
  })
})

describe('a save that fails part-way', () => {
  it('removes the reviews this import already added and reports that nothing was imported', async () => {
    const before = await count(ctx.payload, 'reviews')
    const create = ctx.payload.create
    let calls = 0
    ctx.payload.create = (async (args: Parameters<typeof create>[0]) => {
      calls += 1
      if (calls === 3) throw new Error('disk I/O error')
      return create.call(ctx.payload, args)
    }) as typeof create
    const csv = [
      'name,rating,text,date',
      'First Fail,5,One.,2024-07-01',
      'Second Fail,5,Two.,2024-07-01',
      'Third Fail,5,Three.,2024-07-01',
      'Fourth Fail,5,Four.,2024-07-01',
    ].join('\n')
    try {
      await expect(
        importReviews(ctx.payload, { content: csv, filename: 'x.csv', user: ctx.editor.user }),
      ).rejects.toMatchObject({
        name: 'ReviewFileError',
        status: 500,
        message:
          'Row 4 could not be saved, so the import stopped. The 2 reviews it had already added were removed again, so nothing was imported. Please try again.',
      })
    } finally {
      ctx.payload.create = create
    }
    expect(calls).toBe(3)
    expect(await count(ctx.payload, 'reviews')).toBe(before)
  })
})

describe('npm run import:reviews', () => {
  it('imports a file into the database given by DATABASE_URI and prints the report', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'clinic-cli-'))
    try {
      const run = (file: string) =>
        new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
          const child = spawn('npm', ['run', '--silent', 'import:reviews', '--', file], {
            cwd: process.cwd(),
            env: {
              ...process.env,
              DATABASE_URI: `file:${path.join(dir, 'cli.db')}`,
              MEDIA_DIR: path.join(dir, 'media'),
              NODE_OPTIONS: '',
              SEED: 'false',
              JOBS_AUTORUN: 'false',
            },
          })
          let stdout = ''
          let stderr = ''
          child.stdout.on('data', (chunk) => (stdout += chunk))
          child.stderr.on('data', (chunk) => (stderr += chunk))
          child.on('close', (code) => resolve({ code, stdout, stderr }))
        })
      const result = await run(path.join(FIXTURES, 'facebook-recommendations.json'))
      // One assertion on the whole result, so a failure shows what the CLI printed.
      expect(result).toEqual({
        code: 2,
        stderr: expect.not.stringContaining('import:reviews:'),
        stdout: expect.stringContaining(
          [
            "Read 6 items from facebook-recommendations.json (Facebook's JSON).",
            '  Item 4 [José Muñoz] skipped: Same review as item 1: the same reviewer, source (Facebook) and day (2019-05-02).',
            '  Item 5 [Over Rater] invalid: A rating must be a whole number of stars from 1 to 5.',
          ].join('\n'),
        ),
      })
      expect(result.stdout).toContain('Added 3 reviews, skipped 1 duplicate, 2 rows invalid.')
      // A missing file is refused before Payload starts.
      expect(await run(path.join(dir, 'nope.csv'))).toMatchObject({
        code: 1,
        stderr: expect.stringContaining(
          `import:reviews: There is no file ${path.join(dir, 'nope.csv')}.`,
        ),
      })
    } finally {
      await fs.rm(dir, { recursive: true, force: true })
    }
  }, 240_000)
})
