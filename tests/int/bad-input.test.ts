import {
  articleData,
  type Basics,
  citationData,
  count,
  createBasics,
  officeData,
  pageData,
  reviewData,
} from './helpers/fixtures'
import { type ApiResponse, rest } from './helpers/http'
import { startPayload, type TestContext } from './helpers/payload'

/**
 * Issue 2, "Bad input": each answers 400 through REST with a message that names the field, and
 * nothing is stored. Never a 500.
 */

let ctx: TestContext
let basics: Basics

beforeAll(async () => {
  ctx = await startPayload()
  basics = await createBasics(ctx.payload)
  await ctx.payload.create({ collection: 'topics', data: { name: 'Knee', slug: 'knee' } })
  await ctx.payload.create({
    collection: 'articles',
    data: articleData(basics, { title: 'Knee pain basics', slug: 'knee-pain-basics' }) as never,
  })
})

afterAll(async () => {
  await ctx?.stop()
})

type FieldError = { path: string; message: string; label?: string }

/** The field errors of a Payload validation answer. */
const fieldErrors = (response: ApiResponse): FieldError[] =>
  response.body?.errors?.[0]?.data?.errors ?? []

const post = (collection: string, body: unknown) =>
  rest(ctx.config, 'POST', collection, { token: ctx.editor.token, body })

/**
 * Sends the request and checks: status 400, the summary names the field by its label, the
 * field error carries the path and the expected message, and the count did not change.
 */
const expectRefused = async (
  collection: string,
  send: () => Promise<ApiResponse>,
  { path, label, message }: { path: string; label: string; message: string | RegExp },
) => {
  const before = await count(ctx.payload, collection)
  const response = await send()
  expect(response.status).toBe(400)
  expect(response.body.errors).toHaveLength(1)
  expect(response.body.errors[0].message).toMatch(
    new RegExp(`^The following fields? (is|are) invalid.*${label}`),
  )
  const errors = fieldErrors(response)
  expect(errors.map((error) => error.path)).toContain(path)
  expect(errors.find((error) => error.path === path)?.message).toMatch(message)
  expect(await count(ctx.payload, collection)).toBe(before)
}

describe('duplicate slugs', () => {
  it('refuses a second topic with the same slug', async () => {
    await expectRefused('topics', () => post('topics', { name: 'Knee again', slug: 'knee' }), {
      path: 'slug',
      label: 'slug',
      message: 'Value must be unique',
    })
  })

  it('refuses a topic whose generated slug is taken', async () => {
    await expectRefused('topics', () => post('topics', { name: 'Knee' }), {
      path: 'slug',
      label: 'slug',
      message: 'Value must be unique',
    })
  })

  it('refuses a published article with a slug that is taken', async () => {
    await expectRefused(
      'articles',
      () => post('articles', articleData(basics, { slug: 'knee-pain-basics' })),
      { path: 'slug', label: 'slug', message: 'Value must be unique' },
    )
  })

  it('refuses a draft article with a slug that is taken', async () => {
    await expectRefused(
      'articles',
      () =>
        rest(ctx.config, 'POST', 'articles?draft=true', {
          token: ctx.editor.token,
          body: articleData(basics, { slug: 'knee-pain-basics', _status: 'draft' }),
        }),
      { path: 'slug', label: 'slug', message: 'Value must be unique' },
    )
  })

  it('refuses a page slug that the site already uses for something else', async () => {
    await expectRefused('pages', () => post('pages', pageData({ title: 'Articles' })), {
      path: 'slug',
      label: 'Slug',
      message: '"articles" is already used by the site for another page. Choose another slug.',
    })
    await expectRefused('pages', () => post('pages', pageData({ slug: 'admin' })), {
      path: 'slug',
      label: 'Slug',
      message: '"admin" is already used by the site for another page. Choose another slug.',
    })
  })

  it('refuses a slug that is not lowercase words and hyphens', async () => {
    await expectRefused('topics', () => post('topics', { name: 'Hips', slug: 'Hips & Knees' }), {
      path: 'slug',
      label: 'Slug',
      message: 'Use only lowercase letters, numbers and single hyphens',
    })
  })

  it('refuses renaming a slug to one that is taken', async () => {
    const other = await ctx.payload.create({ collection: 'topics', data: { name: 'Hip' } as never })
    const response = await rest(ctx.config, 'PATCH', `topics/${other.id}`, {
      token: ctx.editor.token,
      body: { slug: 'knee' },
    })
    expect(response.status).toBe(400)
    expect(fieldErrors(response).map((error) => error.path)).toEqual(['slug'])
    expect((await ctx.payload.findByID({ collection: 'topics', id: other.id })).slug).toBe('hip')
  })
})

describe('reviews', () => {
  const RATING = 'A rating must be a whole number of stars from 1 to 5.'

  it.each([0, 6, 2.5, -1])('refuses a rating of %p', async (rating) => {
    await expectRefused('reviews', () => post('reviews', reviewData({ rating })), {
      path: 'rating',
      label: 'Rating',
      message: RATING,
    })
  })

  it('refuses a rating sent as text', async () => {
    await expectRefused('reviews', () => post('reviews', reviewData({ rating: 'five' })), {
      path: 'rating',
      label: 'Rating',
      message: RATING,
    })
  })

  it('refuses a review with neither a rating nor a recommendation', async () => {
    await expectRefused('reviews', () => post('reviews', reviewData({ rating: undefined })), {
      path: 'rating',
      label: 'Rating',
      message: 'Give a star rating from 1 to 5 or say whether the reviewer recommends the clinic.',
    })
  })

  it('accepts a recommendation without stars', async () => {
    const response = await post('reviews', reviewData({ rating: undefined, recommends: true }))
    expect(response.status).toBe(201)
    expect(response.body.doc.rating).toBeNull()
    expect(response.body.doc.recommends).toBe(true)
  })

  it.each(['javascript:alert(1)', 'ftp://example.org/review', 'www.facebook.com/review'])(
    'refuses the source link %s',
    async (sourceUrl) => {
      await expectRefused('reviews', () => post('reviews', reviewData({ sourceUrl })), {
        path: 'sourceUrl',
        label: 'Link to the original review',
        message: 'Enter a full web address starting with http:// or https://.',
      })
    },
  )

  it('refuses a review without the reviewer name', async () => {
    await expectRefused('reviews', () => post('reviews', reviewData({ reviewerName: undefined })), {
      path: 'reviewerName',
      label: 'Reviewer Name',
      message: 'This field is required.',
    })
  })

  it('refuses an unknown status or source', async () => {
    await expectRefused('reviews', () => post('reviews', reviewData({ status: 'published' })), {
      path: 'status',
      label: 'Status',
      message: /invalid/i,
    })
    await expectRefused('reviews', () => post('reviews', reviewData({ source: 'yelp' })), {
      path: 'source',
      label: 'Source',
      message: /invalid/i,
    })
  })
})

describe('review text', () => {
  it.each([
    ['empty', '', 'This field is required.'],
    ['only spaces', '   \n  ', 'This field is required.'],
    [
      '20,000 characters',
      'a'.repeat(20_000),
      'The review is 20,000 characters long; the limit is 5,000.',
    ],
  ])('refuses a review body that is %s', async (_label, body, message) => {
    await expectRefused('reviews', () => post('reviews', reviewData({ body })), {
      path: 'body',
      label: 'Review text',
      message,
    })
  })

  it('refuses a review dated in the future', async () => {
    const reviewedAt = new Date(Date.now() + 7 * 24 * 3600 * 1000).toISOString()
    await expectRefused('reviews', () => post('reviews', reviewData({ reviewedAt })), {
      path: 'reviewedAt',
      label: 'Date of review',
      message: 'The review date is in the future.',
    })
  })

  it('keeps HTML in a name or body as plain text, exactly as typed', async () => {
    const reviewerName = '<img src=x onerror=alert(1)> Linda'
    const body = '<script>alert("hi")</script> <b>Great</b> care & kind staff'
    const response = await post('reviews', reviewData({ reviewerName, body }))
    expect(response.status).toBe(201)
    expect(response.body.doc.reviewerName).toBe(reviewerName)
    expect(response.body.doc.body).toBe(body)
  })
})

describe('offices', () => {
  it.each([
    ['not a phone', 'Enter a phone number using digits, spaces, brackets or dashes'],
    ['123', 'This is not a valid phone number.'],
  ])('refuses the phone number %p', async (phone, message) => {
    await expectRefused('offices', () => post('offices', officeData({ phone })), {
      path: 'phone',
      label: 'Phone',
      message,
    })
  })

  it('refuses a fax number that is not a phone number', async () => {
    await expectRefused('offices', () => post('offices', officeData({ fax: 'fax me' })), {
      path: 'fax',
      label: 'Fax',
      message: 'Enter a phone number using digits, spaces, brackets or dashes',
    })
  })

  it('refuses a missing phone and a missing street', async () => {
    await expectRefused('offices', () => post('offices', officeData({ phone: undefined })), {
      path: 'phone',
      label: 'Phone',
      message: 'This field is required.',
    })
    await expectRefused(
      'offices',
      () =>
        post(
          'offices',
          officeData({ address: { city: 'Oak Park', state: 'IL', postalCode: '60301' } }),
        ),
      { path: 'address.street', label: 'Street', message: 'This field is required.' },
    )
  })

  it.each([
    ['25:00', 'Hours go from 0 to 23, e.g. 17:00 or 5pm.'],
    ['13pm', 'With am or pm the hour is 1 to 12, e.g. 1pm.'],
    ['closing', 'Enter a time such as 8:30, 1pm or 17:00.'],
  ])('refuses the opening time %p with a message that says why', async (opens, message) => {
    await expectRefused(
      'offices',
      () => post('offices', officeData({ hours: [{ days: ['Monday'], opens, closes: '5pm' }] })),
      { path: 'hours.0.opens', label: 'Opens', message },
    )
  })

  it('leaves the stored hours unchanged when an update has an impossible time', async () => {
    const office = await ctx.payload.create({
      collection: 'offices',
      data: officeData({ hours: [{ days: ['Monday'], opens: '08:00', closes: '17:00' }] }) as never,
    })
    const response = await rest(ctx.config, 'PATCH', `offices/${office.id}`, {
      token: ctx.editor.token,
      body: {
        name: 'Renamed office',
        hours: [{ days: ['Monday'], opens: '9am', closes: '25:00' }],
      },
    })
    expect(response.status).toBe(400)
    expect(fieldErrors(response)).toEqual([
      expect.objectContaining({
        path: 'hours.0.closes',
        message: 'Hours go from 0 to 23, e.g. 17:00 or 5pm.',
      }),
    ])
    const stored = await ctx.payload.findByID({ collection: 'offices', id: office.id })
    expect(stored.name).toBe(office.name)
    expect(stored.hours?.map(({ opens, closes }) => [opens, closes])).toEqual([['08:00', '17:00']])
  })

  it('leaves the stored office unchanged when an update has a bad phone', async () => {
    const office = await ctx.payload.create({ collection: 'offices', data: officeData() as never })
    const response = await rest(ctx.config, 'PATCH', `offices/${office.id}`, {
      token: ctx.editor.token,
      body: { name: 'Renamed office', phone: 'not a phone' },
    })
    expect(response.status).toBe(400)
    expect(fieldErrors(response).map((error) => error.path)).toEqual(['phone'])
    const stored = await ctx.payload.findByID({ collection: 'offices', id: office.id })
    expect([stored.name, stored.phone]).toEqual([office.name, office.phone])
  })
})

describe('citations', () => {
  it.each([20166, 'abc', 999, 2016.5])('refuses the year %p', async (year) => {
    await expectRefused('citations', () => post('citations', citationData({ year })), {
      path: 'year',
      label: 'Year',
      message: /^Enter a four-digit year between 1000 and \d{4}\.$/,
    })
  })

  it.each([
    ['doi', 'DOI', 'https://doi.org/10.18632/aging.101007', 'A DOI starts with 10.'],
    ['pmid', 'PubMed ID (PMID)', 'PMID: 27470464', 'A PubMed ID (PMID) is a number'],
    ['pmcid', 'PubMed Central ID', '5047731', 'A PubMed Central ID starts with PMC'],
    ['url', 'Web address', 'javascript:alert(1)', 'Enter a full web address'],
  ])('refuses a malformed %s', async (path, label, value, message) => {
    await expectRefused('citations', () => post('citations', citationData({ [path]: value })), {
      path,
      label: label.replace(/[()]/g, '\\$&'),
      message,
    })
  })

  it('refuses a citation without a title', async () => {
    await expectRefused('citations', () => post('citations', citationData({ title: '' })), {
      path: 'title',
      label: 'Title',
      message: 'This field is required.',
    })
  })
})

describe('articles and other required fields', () => {
  it('refuses a published article without a title, content or author', async () => {
    await expectRefused('articles', () => post('articles', articleData(basics, { title: '' })), {
      path: 'title',
      label: 'Title',
      message: 'This field is required.',
    })
    await expectRefused(
      'articles',
      () => post('articles', articleData(basics, { content: undefined })),
      { path: 'content', label: 'Content', message: 'This field is required.' },
    )
    await expectRefused(
      'articles',
      () => post('articles', articleData(basics, { author: undefined })),
      { path: 'author', label: 'Author', message: 'This field is required.' },
    )
  })

  // An id that points nowhere must be a clear field error, not a database error. On SQLite the
  // foreign key refuses it after Payload's validation has passed.
  const missingId = () =>
    typeof basics.physicianId === 'number' ? 999999 : '0123456789abcdef01234567'

  it('refuses an author that does not exist', async () => {
    await expectRefused(
      'articles',
      () => post('articles', articleData(basics, { author: missingId() })),
      { path: 'author', label: 'Author', message: /invalid/i },
    )
  })

  it('refuses a topic that does not exist', async () => {
    await expectRefused(
      'articles',
      () => post('articles', articleData(basics, { topics: [missingId()] })),
      { path: 'topics', label: 'Topics', message: /invalid/i },
    )
  })

  it('refuses a draft whose author, topic or image does not exist', async () => {
    // Drafts skip field validation; the ids are still checked before anything is written.
    for (const [path, label, override] of [
      ['author', 'Author', { author: missingId() }],
      ['topics', 'Topics', { topics: [missingId()] }],
      ['meta.image', 'Image', { meta: { image: missingId() } }],
    ] as const) {
      await expectRefused(
        'articles',
        () =>
          rest(ctx.config, 'POST', 'articles?draft=true', {
            token: ctx.editor.token,
            body: { title: `Draft with a missing ${path}`, _status: 'draft', ...override },
          }),
        { path, label, message: /does not exist/ },
      )
    }
  })

  it('keeps nothing of an article the database refused half-way', async () => {
    const before = await count(ctx.payload, 'articles')
    const title = 'Half-saved article'
    const response = await post('articles', articleData(basics, { title, topics: [missingId()] }))
    expect(response.status).not.toBe(201)
    expect(await count(ctx.payload, 'articles')).toBe(before)
    const leftovers = await ctx.payload.find({
      collection: 'articles',
      where: { title: { equals: title } },
      draft: true,
    })
    expect(leftovers.docs).toEqual([])
  })

  it('refuses a review for an office that does not exist', async () => {
    await expectRefused('reviews', () => post('reviews', reviewData({ office: missingId() })), {
      path: 'office',
      label: 'Office',
      message: /invalid/i,
    })
  })

  it('refuses a staff account without a password', async () => {
    await expectRefused(
      'users',
      () =>
        rest(ctx.config, 'POST', 'users', {
          token: ctx.admin.token,
          body: { name: 'New Person', email: 'new.person@clinic.test' },
        }),
      { path: 'password', label: 'password', message: /required/i },
    )
  })

  it('refuses an image without alternative text', async () => {
    const { pngFile } = await import('./helpers/fixtures')
    const file = await pngFile('no-alt.png')
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(file.data)], { type: 'image/png' }), file.name)
    form.append('_payload', JSON.stringify({ caption: 'A knee' }))
    await expectRefused(
      'media',
      async () => {
        const { REST_POST } = await import('@payloadcms/next/routes')
        const response = await REST_POST(ctx.config)(
          new Request('http://localhost:3000/api/media', {
            method: 'POST',
            headers: { Authorization: `JWT ${ctx.editor.token}` },
            body: form,
          }),
          { params: Promise.resolve({ slug: ['media'] }) },
        )
        return { status: response.status, body: await response.json() }
      },
      { path: 'alt', label: 'Alternative text', message: 'This field is required.' },
    )
  })
})

describe('uploads and form submissions', () => {
  const upload = async (blob: Blob, name: string, data: object) => {
    const form = new FormData()
    form.append('file', blob, name)
    form.append('_payload', JSON.stringify(data))
    const { REST_POST } = await import('@payloadcms/next/routes')
    const response = await REST_POST(ctx.config)(
      new Request('http://localhost:3000/api/media', {
        method: 'POST',
        headers: { Authorization: `JWT ${ctx.editor.token}` },
        body: form,
      }),
      { params: Promise.resolve({ slug: ['media'] }) },
    )
    return { status: response.status, body: await response.json() }
  }

  it('refuses a file that is not an image', async () => {
    const before = await count(ctx.payload, 'media')
    const response = await upload(new Blob(['hello'], { type: 'text/plain' }), 'notes.txt', {
      alt: 'Notes',
    })
    expect(response.status).toBe(400)
    expect(fieldErrors(response)).toEqual([
      { path: 'file', message: 'File type text/plain (from extension txt) is not allowed.' },
    ])
    expect(await count(ctx.payload, 'media')).toBe(before)
  })

  it('refuses a visitor submission for a form that does not exist', async () => {
    const missing = typeof basics.formId === 'number' ? 999999 : '0123456789abcdef01234567'
    const before = await count(ctx.payload, 'form-submissions')
    const response = await rest(ctx.config, 'POST', 'form-submissions', {
      body: { form: missing, submissionData: [{ field: 'email', value: 'a@mail.test' }] },
    })
    expect(response.status).toBe(400)
    expect(fieldErrors(response).map((error) => error.path)).toEqual(['form'])
    expect(await count(ctx.payload, 'form-submissions')).toBe(before)
  })
})

describe('never a 500', () => {
  it('answers 400 to a body that is not JSON', async () => {
    const { REST_POST } = await import('@payloadcms/next/routes')
    const response = await REST_POST(ctx.config)(
      new Request('http://localhost:3000/api/reviews', {
        method: 'POST',
        headers: { 'content-type': 'application/json', Authorization: `JWT ${ctx.editor.token}` },
        body: '{"reviewerName": ',
      }),
      { params: Promise.resolve({ slug: ['reviews'] }) },
    )
    expect(response.status).toBe(400)
    expect(await response.json()).toEqual({ errors: [{ message: 'Invalid JSON' }] })
  })
})
