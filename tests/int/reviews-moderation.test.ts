import type { Payload } from 'payload'

import { summarizeReviews } from '@/reviews/summary'

import { count, type ID, officeData, reviewData, unique } from './helpers/fixtures'
import { graphql, rest } from './helpers/http'
import { startPayload, type TestContext } from './helpers/payload'

/**
 * Issue 5: a review is pending until an editor approves it, and only approved reviews reach the
 * public through REST and GraphQL; the widget's figures come from one aggregate query.
 */

let ctx: TestContext

beforeAll(async () => {
  ctx = await startPayload()
})

afterAll(async () => {
  await ctx?.stop()
})

const asEditor = (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', path: string, body?: unknown) =>
  rest(ctx.config, method, path, { token: ctx.editor.token, body })

const anonymous = (path: string) => rest(ctx.config, 'GET', path, { token: '' })

const publicNames = async (reviewerName: string): Promise<string[]> => {
  const response = await anonymous(
    `reviews?where[reviewerName][equals]=${encodeURIComponent(reviewerName)}&depth=0`,
  )
  expect(response.status).toBe(200)
  return response.body.docs.map((doc: { reviewerName: string }) => doc.reviewerName)
}

const graphqlNames = async (reviewerName: string): Promise<string[]> => {
  const response = await graphql(
    ctx.config,
    'query($name: String) { Reviews(where: { reviewerName: { equals: $name } }) { docs { reviewerName } } }',
    { token: '', variables: { name: reviewerName } },
  )
  expect(response.body.errors).toBeUndefined()
  return response.body.data.Reviews.docs.map((doc: { reviewerName: string }) => doc.reviewerName)
}

describe('moderation', () => {
  it('a new review is pending and reaches the public only once approved', async () => {
    const reviewerName = unique('Pending Patient')
    const created = await asEditor('POST', 'reviews', reviewData({ reviewerName }))
    expect(created.status).toBe(201)
    expect(created.body.doc.status).toBe('pending')
    expect(created.body.doc.moderatedBy ?? null).toBeNull()
    const id = created.body.doc.id as ID

    expect(await publicNames(reviewerName)).toEqual([])
    expect(await graphqlNames(reviewerName)).toEqual([])
    expect((await anonymous(`reviews/${id}`)).status).toBe(404)

    const approved = await asEditor('PATCH', `reviews/${id}`, { status: 'approved' })
    expect(approved.status).toBe(200)
    expect(approved.body.doc.status).toBe('approved')
    expect(approved.body.doc.moderatedBy).toMatchObject({ id: ctx.editor.user.id })
    expect(Date.parse(approved.body.doc.moderatedAt)).toBeGreaterThan(Date.now() - 60_000)

    expect(await publicNames(reviewerName)).toEqual([reviewerName])
    expect(await graphqlNames(reviewerName)).toEqual([reviewerName])
    const single = await anonymous(`reviews/${id}`)
    expect(single.status).toBe(200)
    // Who moderated is for staff only.
    expect(single.body).not.toHaveProperty('moderatedBy')
    expect(single.body).not.toHaveProperty('moderatedAt')

    const rejected = await asEditor('PATCH', `reviews/${id}`, { status: 'rejected' })
    expect(rejected.body.doc.status).toBe('rejected')
    expect(await publicNames(reviewerName)).toEqual([])
    expect(await graphqlNames(reviewerName)).toEqual([])
  })

  it('approves several selected reviews in one request, as the list view does', async () => {
    const names = [unique('Bulk A'), unique('Bulk B'), unique('Bulk C')]
    const ids: ID[] = []
    for (const reviewerName of names) {
      ids.push((await asEditor('POST', 'reviews', reviewData({ reviewerName }))).body.doc.id)
    }
    const where = ids.map((id, index) => `where[id][in][${index}]=${id}`).join('&')
    const response = await asEditor('PATCH', `reviews?${where}`, { status: 'approved' })
    expect(response.status).toBe(200)
    expect(response.body.errors).toEqual([])
    expect(response.body.docs.map((doc: { status: string }) => doc.status)).toEqual([
      'approved',
      'approved',
      'approved',
    ])
    for (const name of names) expect(await publicNames(name)).toEqual([name])
  })

  it('refuses moderation from anyone but staff, changing nothing', async () => {
    const { id } = await ctx.payload.create({ collection: 'reviews', data: reviewData() as never })
    const response = await rest(ctx.config, 'PATCH', `reviews/${id}`, {
      token: '',
      body: { status: 'approved' },
    })
    expect(response.status).toBe(403)
    expect((await ctx.payload.findByID({ collection: 'reviews', id })).status).toBe('pending')
  })

  it('does not let a client set who moderated a review', async () => {
    const response = await asEditor(
      'POST',
      'reviews',
      reviewData({ moderatedBy: ctx.admin.user.id, moderatedAt: '2020-01-01T00:00:00.000Z' }),
    )
    expect(response.status).toBe(201)
    expect(response.body.doc.moderatedBy ?? null).toBeNull()
    expect(response.body.doc.moderatedAt ?? null).toBeNull()
  })
})

describe('summary of approved reviews', () => {
  let officeId: ID
  let officeSlug: string

  beforeAll(async () => {
    const office = await ctx.payload.create({ collection: 'offices', data: officeData() as never })
    officeId = office.id
    officeSlug = office.slug as string
    const make = (overrides: Record<string, unknown>) =>
      ctx.payload.create({ collection: 'reviews', data: reviewData(overrides) as never })
    await make({ status: 'approved', rating: 5, office: officeId })
    await make({ status: 'approved', rating: 4, office: officeId })
    await make({ status: 'approved', rating: 4, recommends: true })
    await make({ status: 'approved', rating: undefined, recommends: true, office: officeId })
    await make({ status: 'approved', rating: undefined, recommends: false })
    // Neither of these may count.
    await make({ status: 'pending', rating: 1, office: officeId })
    await make({ status: 'rejected', rating: 1, recommends: true })
  })

  it('counts approved reviews only, averaging those with stars', async () => {
    const all = await summarizeReviews(ctx.payload)
    // The moderation tests above approved three 5-star reviews too (the fixture's rating).
    expect(all).toEqual({
      total: 8,
      ratingCount: 6,
      average: (5 + 4 + 4 + 5 * 3) / 6,
      recommendCount: 2,
      notRecommendCount: 1,
    })
  })

  it('narrows to one office', async () => {
    expect(await summarizeReviews(ctx.payload, { office: officeId })).toEqual({
      total: 3,
      ratingCount: 2,
      average: 4.5,
      recommendCount: 1,
      notRecommendCount: 0,
    })
  })

  it('is public over REST, rounded to one decimal, by office slug or id', async () => {
    const all = await anonymous('reviews/summary')
    expect(all.status).toBe(200)
    expect(all.body).toMatchObject({ total: 8, ratingCount: 6, average: 4.7, recommendCount: 2 })
    const bySlug = await anonymous(`reviews/summary?office=${officeSlug}`)
    expect(bySlug.body).toMatchObject({ total: 3, average: 4.5 })
    const byId = await anonymous(`reviews/summary?office=${officeId}`)
    expect(byId.body).toEqual(bySlug.body)
  })

  it('answers 404 with a message for an office that does not exist', async () => {
    const response = await anonymous('reviews/summary?office=atlantis')
    expect(response.status).toBe(404)
    expect(response.body.errors[0].message).toBe('There is no office "atlantis".')
  })
})

/** Writes many reviews straight into the database; the Local API would take minutes. */
const insertReviews = async (payload: Payload, rows: Record<string, unknown>[]) => {
  const db = payload.db as any
  if (db.name === 'mongoose') {
    await db.collections.reviews.insertMany(rows)
    return
  }
  for (let start = 0; start < rows.length; start += 500) {
    await db.drizzle.insert(db.tables.reviews).values(rows.slice(start, start + 500))
  }
}

describe('summary at 20,000 reviews', () => {
  it('matches the figures computed by hand', async () => {
    const before = await summarizeReviews(ctx.payload)
    const rows: Record<string, unknown>[] = []
    let expectedRated = 0
    let expectedStars = 0
    let expectedRecommend = 0
    let expectedApproved = 0
    const statuses = ['approved', 'approved', 'approved', 'pending', 'rejected']
    for (let i = 0; i < 20_000; i++) {
      const status = statuses[i % statuses.length]
      const rated = i % 7 !== 0
      const rating = rated ? (i % 5) + 1 : null
      const recommends = rated ? null : i % 2 === 0
      if (status === 'approved') {
        expectedApproved++
        if (rated) {
          expectedRated++
          expectedStars += rating as number
        } else if (recommends) expectedRecommend++
      }
      const reviewedAt = new Date(Date.UTC(2020, 0, 1) + i * 3600_000).toISOString()
      rows.push({
        status,
        reviewerName: `Bulk reviewer ${i}`,
        rating,
        recommends,
        body: 'Synthetic review for the aggregate test.',
        reviewedAt,
        source: 'facebook',
        featured: false,
        updatedAt: reviewedAt,
        createdAt: reviewedAt,
      })
    }
    await insertReviews(ctx.payload, rows)
    expect(await count(ctx.payload, 'reviews')).toBeGreaterThanOrEqual(20_000)

    const after = await summarizeReviews(ctx.payload)
    expect(after.total - before.total).toBe(expectedApproved)
    expect(after.ratingCount - before.ratingCount).toBe(expectedRated)
    expect(after.recommendCount - before.recommendCount).toBe(expectedRecommend)
    const stars = (before.average ?? 0) * before.ratingCount + expectedStars
    expect(after.average).toBeCloseTo(stars / (before.ratingCount + expectedRated), 10)
  })
})
