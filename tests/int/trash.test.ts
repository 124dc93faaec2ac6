import type { CollectionSlug } from 'payload'

import { revalidationListeners } from '@/cache/revalidate'
import { cite, document, paragraph, text } from '@/seed/lexical'
import { tags } from '@/cache/tags'

import {
  articleData,
  type Basics,
  citationData,
  createBasics,
  createSample,
  type ID,
  officeData,
  richText,
  unique,
} from './helpers/fixtures'
import { graphql, rest } from './helpers/http'
import { startPayload, type TestContext } from './helpers/payload'

/**
 * Issue 18, item 7: delete moves articles, pages, citations, physicians and offices to a trash
 * that staff can restore from. Trashed documents are gone for visitors everywhere (REST with
 * and without `trash=true`, GraphQL, the search index, populated relations), caches expire on
 * trash and on restore, and a restore brings everything back.
 */

let ctx: TestContext
let basics: Basics
let expired: string[][] = []
const record = (list: string[]) => expired.push(list)

beforeAll(async () => {
  ctx = await startPayload()
  basics = await createBasics(ctx.payload)
  revalidationListeners.add(record)
})

afterAll(async () => {
  revalidationListeners.delete(record)
  await ctx?.stop()
})

const TRASHABLE = ['articles', 'pages', 'citations', 'physicians', 'offices'] as const
type Trashable = (typeof TRASHABLE)[number]

const GRAPHQL_LIST: Record<Trashable, string> = {
  articles: 'Articles',
  pages: 'Pages',
  citations: 'Citations',
  physicians: 'Physicians',
  offices: 'Offices',
}

/** What the admin's trash button sends. */
const trash = (collection: string, id: ID, token = ctx.editor.token) =>
  rest(ctx.config, 'PATCH', `${collection}/${id}`, {
    token,
    body: { deletedAt: new Date().toISOString() },
  })

/** What the admin's restore button sends ("restore as published" for drafts-enabled ones). */
const restore = (collection: string, id: ID, extra: Record<string, unknown> = {}) =>
  rest(
    ctx.config,
    'PATCH',
    `${collection}?trash=true&where[and][0][id][in][0]=${id}&where[and][1][deletedAt][exists]=true`,
    { token: ctx.editor.token, body: { deletedAt: null, ...extra } },
  )

const anonymousIds = async (collection: string, query = '') =>
  ((await rest(ctx.config, 'GET', `${collection}?limit=0&depth=0${query}`)).body.docs ?? []).map(
    (doc: { id: ID }) => String(doc.id),
  )

const searchEntryFor = async (collection: string, id: ID) =>
  (
    await ctx.payload.find({
      collection: 'search',
      where: {
        and: [{ 'doc.relationTo': { equals: collection } }, { 'doc.value': { equals: id } }],
      },
      depth: 0,
    })
  ).totalDocs

describe.each(TRASHABLE)('%s in the trash', (collection) => {
  it('vanishes for visitors (REST, trash=true, GraphQL), stays for staff, and comes back on restore', async () => {
    const doc = await createSample(ctx.payload, collection, basics)
    const id = String(doc.id)
    expect(await anonymousIds(collection)).toContain(id)

    const trashed = await trash(collection, doc.id)
    expect(trashed.status).toBe(200)
    expect(trashed.body.doc.deletedAt).toEqual(expect.any(String))

    // Every way a visitor could ask for it.
    expect(await anonymousIds(collection)).not.toContain(id)
    expect(await anonymousIds(collection, '&trash=true')).not.toContain(id)
    expect(await anonymousIds(collection, '&trash=true&where[deletedAt][exists]=true')).toEqual([])
    expect((await rest(ctx.config, 'GET', `${collection}/${id}`)).status).toBe(404)
    expect((await rest(ctx.config, 'GET', `${collection}/${id}?trash=true`)).status).toBe(404)
    const count = await rest(ctx.config, 'GET', `${collection}/count?trash=true`)
    const staffCount = await rest(ctx.config, 'GET', `${collection}/count?trash=true`, {
      token: ctx.editor.token,
    })
    expect(count.body.totalDocs).toBe(staffCount.body.totalDocs - 1)
    const gql = await graphql(
      ctx.config,
      `{ ${GRAPHQL_LIST[collection]}(trash: true, limit: 0) { docs { id } } }`,
    )
    expect(gql.body.errors).toBeUndefined()
    const gqlIds = gql.body.data[GRAPHQL_LIST[collection]].docs.map((d: { id: ID }) => String(d.id))
    expect(gqlIds).not.toContain(id)

    // Staff see it in the trash, and not among the live documents.
    const staffTrash = await rest(
      ctx.config,
      'GET',
      `${collection}?trash=true&where[deletedAt][exists]=true&depth=0&limit=0`,
      { token: ctx.editor.token },
    )
    expect(staffTrash.body.docs.map((d: { id: ID }) => String(d.id))).toContain(id)
    const staffLive = await rest(ctx.config, 'GET', `${collection}?depth=0&limit=0`, {
      token: ctx.editor.token,
    })
    expect(staffLive.body.docs.map((d: { id: ID }) => String(d.id))).not.toContain(id)

    const restored = await restore(
      collection,
      doc.id,
      collection === 'articles' || collection === 'pages' ? { _status: 'published' } : {},
    )
    expect(restored.status).toBe(200)
    expect(restored.body.docs).toHaveLength(1)
    expect(await anonymousIds(collection)).toContain(id)
    expect((await rest(ctx.config, 'GET', `${collection}/${id}`)).status).toBe(200)
  })

  it('visitors cannot trash or restore', async () => {
    const doc = await createSample(ctx.payload, collection, basics)
    const attempt = await rest(ctx.config, 'PATCH', `${collection}/${doc.id}`, {
      body: { deletedAt: new Date().toISOString() },
    })
    expect(attempt.status).toBe(403)
    await trash(collection, doc.id)
    const back = await rest(
      ctx.config,
      'PATCH',
      `${collection}?trash=true&where[id][equals]=${doc.id}`,
      { body: { deletedAt: null } },
    )
    expect(back.body.docs ?? []).toHaveLength(0)
    const still = (await ctx.payload.findByID({
      collection: collection as CollectionSlug,
      id: doc.id,
      trash: true,
      depth: 0,
    })) as { deletedAt?: string | null }
    expect(still.deletedAt).toEqual(expect.any(String))
  })
})

describe('search index and caches', () => {
  it('a trashed article leaves the search index and expires its pages; restoring puts both back', async () => {
    const article = await ctx.payload.create({
      collection: 'articles',
      data: articleData(basics) as never,
    })
    const slug = article.slug as string
    expect(await searchEntryFor('articles', article.id)).toBe(1)

    expired = []
    await trash('articles', article.id)
    const onTrash = new Set(expired.flat())
    expect([...onTrash]).toEqual(
      expect.arrayContaining([
        tags.doc('articles', slug),
        tags.articlesOfAuthor(basics.physicianId),
        tags.latestArticles,
        tags.articleList,
        tags.sitemap,
        tags.feeds,
        tags.search,
      ]),
    )
    expect(await searchEntryFor('articles', article.id)).toBe(0)

    expired = []
    await restore('articles', article.id, { _status: 'published' })
    const onRestore = new Set(expired.flat())
    expect([...onRestore]).toEqual(
      expect.arrayContaining([tags.doc('articles', slug), tags.sitemap, tags.feeds, tags.search]),
    )
    expect(await searchEntryFor('articles', article.id)).toBe(1)
  })

  it('restored as a draft, an article stays out of the index and expires nothing public', async () => {
    const article = await ctx.payload.create({
      collection: 'articles',
      data: articleData(basics) as never,
    })
    await trash('articles', article.id)
    expired = []
    const restored = await restore('articles', article.id, { _status: 'draft' })
    expect(restored.status).toBe(200)
    expect(expired.flat()).toEqual([])
    expect(await searchEntryFor('articles', article.id)).toBe(0)
    expect(await anonymousIds('articles')).not.toContain(String(article.id))
  })

  it('a trashed physician leaves the index and expires the pages that show them', async () => {
    const physician = await ctx.payload.create({
      collection: 'physicians',
      data: { name: unique('Doctor') } as never,
    })
    expect(await searchEntryFor('physicians', physician.id)).toBe(1)
    expired = []
    await trash('physicians', physician.id)
    expect(expired.flat()).toEqual(
      expect.arrayContaining([
        tags.doc('physicians', physician.slug as string),
        tags.related,
        tags.search,
      ]),
    )
    expect(await searchEntryFor('physicians', physician.id)).toBe(0)
    expired = []
    await restore('physicians', physician.id)
    expect(expired.flat()).toContain(tags.doc('physicians', physician.slug as string))
    expect(await searchEntryFor('physicians', physician.id)).toBe(1)
  })
})

describe('relations to a trashed document', () => {
  it('a citation cited by a published article cannot be trashed; a draft-only one can', async () => {
    const citation = await ctx.payload.create({
      collection: 'citations',
      data: citationData() as never,
    })
    const content = document(paragraph(text('A claim'), cite(citation.id)))
    const article = await ctx.payload.create({
      collection: 'articles',
      data: articleData(basics, { title: 'Why hips creak', content }) as never,
    })
    const refused = await trash('citations', citation.id)
    expect(refused.status).toBe(409)
    expect(refused.body.errors[0].message).toBe(
      'This citation is cited in a published article: "Why hips creak". Remove it from that article before moving it to the trash.',
    )
    expect(
      (await ctx.payload.findByID({ collection: 'citations', id: citation.id, depth: 0 }))
        .deletedAt,
    ).toBeFalsy()

    // Unpublished, the article no longer holds the paper back.
    await ctx.payload.update({
      collection: 'articles',
      id: article.id,
      data: { _status: 'draft' } as never,
    })
    expect((await trash('citations', citation.id)).status).toBe(200)
    // Publishing a draft that cites a trashed paper names the problem instead.
    const republish = await rest(ctx.config, 'PATCH', `articles/${article.id}`, {
      token: ctx.editor.token,
      body: { _status: 'published' },
    })
    expect(republish.status).toBe(400)
    expect(JSON.stringify(republish.body)).toMatch(/invalid/i)
  })

  it('a paper in the trash is not saved a second time: its DOI points at the trashed one', async () => {
    const doi = `10.1000/trash.${Date.now()}`
    const first = await ctx.payload.create({
      collection: 'citations',
      data: citationData({ doi }) as never,
    })
    await trash('citations', first.id)
    const again = await rest(ctx.config, 'POST', 'citations', {
      token: ctx.editor.token,
      body: citationData({ doi }),
    })
    expect(again.status).toBe(400)
    expect(JSON.stringify(again.body)).toContain('which is in the trash. Restore that one instead.')
  })

  it('an article whose author is trashed shows no author to visitors, and the author again after restore', async () => {
    const physician = await ctx.payload.create({
      collection: 'physicians',
      data: { name: unique('Doctor') } as never,
    })
    const article = await ctx.payload.create({
      collection: 'articles',
      data: articleData(basics, { author: physician.id }) as never,
    })
    await trash('physicians', physician.id)
    const read = await rest(ctx.config, 'GET', `articles/${article.id}?depth=1`)
    expect(read.status).toBe(200)
    expect(JSON.stringify(read.body)).not.toContain(physician.name)
    const gql = await graphql(
      ctx.config,
      `{ Article(id: ${JSON.stringify(article.id)}) { author { name } } }`,
    )
    expect(JSON.stringify(gql.body)).not.toContain(physician.name)

    await restore('physicians', physician.id)
    const back = await rest(ctx.config, 'GET', `articles/${article.id}?depth=1`)
    expect(back.body.author?.name).toBe(physician.name)
  })

  it('a trashed office drops out of the physicians that list it', async () => {
    const office = await ctx.payload.create({ collection: 'offices', data: officeData() as never })
    const physician = await ctx.payload.create({
      collection: 'physicians',
      data: { name: unique('Doctor'), offices: [office.id] } as never,
    })
    await trash('offices', office.id)
    const read = await rest(ctx.config, 'GET', `physicians/${physician.id}?depth=1`)
    expect(JSON.stringify(read.body)).not.toContain(office.name)
  })
})

it('staff can still delete permanently from the trash', async () => {
  const page = await ctx.payload.create({
    collection: 'pages',
    data: { title: unique('Page'), content: richText('x'), _status: 'published' } as never,
  })
  await trash('pages', page.id)
  const gone = await rest(ctx.config, 'DELETE', `pages/${page.id}?trash=true`, {
    token: ctx.editor.token,
  })
  expect(gone.status).toBe(200)
  expect(
    await ctx.payload.count({
      collection: 'pages',
      trash: true,
      where: { id: { equals: page.id } },
    }),
  ).toEqual({ totalDocs: 0 })
})
