import type { Payload } from 'payload'

import {
  expectedSummary,
  growContent,
  LOCAL_COUNTS,
  syntheticArticleFor,
  type ContentState,
} from '../../bench/content/generate'
import { syntheticCitation, syntheticReview } from '../../bench/content/synthetic'
import { summarizeReviews } from '@/reviews/summary'

import { startPayload, type TestContext } from './helpers/payload'

/**
 * The benchmark's content generator writes most documents straight into the SQLite tables.
 * Those rows must be exactly what the Local API would have stored: a bulk-written article,
 * citation or review reads back, through the Local API, the same as one created normally from
 * the same data (ids, timestamps and unique keys aside), versions included.
 */

let ctx: TestContext
let payload: Payload
let state: ContentState

const FULL = { articles: 24, citations: 120, reviews: 40 }

beforeAll(async () => {
  // The bulk writer is SQLite-only, like the benchmark's temporary database.
  ctx = await startPayload({ sqliteOnly: true })
  payload = ctx.payload
  state = await growContent(payload, { full: FULL, articles: 10 }, null)
}, 120_000)

afterAll(async () => {
  await ctx?.stop()
})

const VOLATILE = new Set(['id', 'createdAt', 'updatedAt', 'slug', 'moderatedAt', 'parent'])

/** A document with what must differ between two copies taken out (block ids included). */
const comparable = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(comparable)
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key]) => !VOLATILE.has(key))
        .map(([key, inner]) => [key, comparable(inner)]),
    )
  }
  return value
}

describe('growing the benchmark site', () => {
  it('makes the first documents through the Local API and the rest in bulk, then grows', async () => {
    expect(state.articles).toHaveLength(10 - state.base.articles)
    expect(state.citesPerArticle).toBe(
      Math.floor((FULL.citations - state.base.citations) / (FULL.articles - state.base.articles)),
    )
    state = await growContent(payload, { full: FULL, articles: FULL.articles }, state)
    const count = async (collection: 'articles' | 'citations' | 'reviews') =>
      (await payload.count({ collection, overrideAccess: true })).totalDocs
    expect(await count('articles')).toBe(FULL.articles)
    expect(await count('citations')).toBe(FULL.citations)
    expect(await count('reviews')).toBe(FULL.reviews)
    expect(state.articles.length).toBeGreaterThan(LOCAL_COUNTS.articles)
  })

  it('writes articles exactly as the Local API does, versions and references included', async () => {
    const index = state.articles.length - 2
    // Read as staff, so staff-only columns (the publishing status) are compared too.
    const bulk = await payload.findByID({
      collection: 'articles',
      id: state.articles[index].id,
      depth: 0,
      overrideAccess: true,
    })
    const data = syntheticArticleFor(state, index)
    const made = await payload.create({
      collection: 'articles',
      data: { ...data, slug: `${data.slug}-again` } as never,
      depth: 0,
      overrideAccess: true,
    })
    expect(bulk.references).toHaveLength(state.citesPerArticle)
    expect(comparable(bulk)).toEqual(comparable(made))

    const versionsOf = async (id: number | string) =>
      (
        await payload.findVersions({
          collection: 'articles',
          where: { parent: { equals: id } },
          depth: 0,
          overrideAccess: true,
        })
      ).docs
    const [bulkVersions, madeVersions] = [await versionsOf(bulk.id), await versionsOf(made.id)]
    expect(bulkVersions).toHaveLength(1)
    expect(comparable(bulkVersions)).toEqual(comparable(madeVersions))

    const entryOf = async (id: number | string) =>
      (
        await payload.find({
          collection: 'search',
          where: { 'doc.value': { equals: id }, 'doc.relationTo': { equals: 'articles' } },
          depth: 0,
          showHiddenFields: true,
          overrideAccess: true,
        })
      ).docs
    const [bulkEntries, madeEntries] = [await entryOf(bulk.id), await entryOf(made.id)]
    expect(bulkEntries).toHaveLength(1)
    const sameSlug = (docs: typeof bulkEntries) =>
      docs.map(({ doc: _doc, slug: _slug, ...entry }) => comparable(entry))
    expect(sameSlug(bulkEntries)).toEqual(sameSlug(madeEntries))
    expect(bulkEntries[0].slug).toBe(bulk.slug)
  })

  it('writes citations exactly as the Local API does, formatted text and keys included', async () => {
    const index = state.citationIds.length - 1
    const bulk = await payload.findByID({
      collection: 'citations',
      id: state.citationIds[index],
      depth: 0,
    })
    const data = syntheticCitation(index)
    // Same paper under another DOI: a second copy of the same DOI is refused.
    const doi = `${data.doi}.again`
    const { id } = await payload.create({ collection: 'citations', data: { ...data, doi } })
    const made = await payload.findByID({ collection: 'citations', id, depth: 0 })
    const sameDoi = (doc: typeof made) =>
      comparable(JSON.parse(JSON.stringify(doc).replaceAll(doi, data.doi)))
    expect(sameDoi(bulk)).toEqual(sameDoi(made))
  })

  it('writes reviews exactly as the Local API does, moderation stamp included', async () => {
    const index = state.reviews - 1
    const { docs } = await payload.find({
      collection: 'reviews',
      sort: '-id',
      limit: 1,
      depth: 0,
      overrideAccess: true,
    })
    const [bulk] = docs
    const { docs: staff } = await payload.find({
      collection: 'users',
      where: { email: { equals: state.staff.email } },
      overrideAccess: true,
    })
    const made = await payload.create({
      collection: 'reviews',
      data: syntheticReview(index, state.officeIds, new Date(state.now)) as never,
      user: { ...staff[0], collection: 'users' },
      depth: 0,
      overrideAccess: true,
    })
    expect(comparable(bulk)).toEqual(comparable(made))
    if (made.status !== 'pending') expect(bulk.moderatedAt).toEqual(expect.any(String))
    await payload.delete({ collection: 'reviews', id: made.id, overrideAccess: true })
  })

  it('knows the reviews aggregate the site should show', async () => {
    const summary = await summarizeReviews(payload)
    const expected = expectedSummary(state)
    expect({
      ...summary,
      average: summary.average === null ? null : Math.round(summary.average * 10) / 10,
    }).toEqual(expected)
    expect(expected.total).toBeGreaterThan(0)
    expect(expected.total).toBeLessThan(FULL.reviews)
  })
})
