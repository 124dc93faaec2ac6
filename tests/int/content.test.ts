import { formatAma } from '@/citations/formatAma'

import {
  articleData,
  type Basics,
  citationData,
  createBasics,
  type ID,
  officeData,
  pageData,
} from './helpers/fixtures'
import { rest } from './helpers/http'
import { startPayload, type TestContext } from './helpers/payload'

/** How content behaves when staff work with it through the API the admin panel uses. */

let ctx: TestContext
let basics: Basics

beforeAll(async () => {
  ctx = await startPayload()
  basics = await createBasics(ctx.payload)
})

afterAll(async () => {
  await ctx?.stop()
})

const asEditor = (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', path: string, body?: unknown) =>
  rest(ctx.config, method, path, { token: ctx.editor.token, body })
const asVisitor = (path: string) => rest(ctx.config, 'GET', path)

describe('slugs', () => {
  it.each([
    ['topics', () => ({ name: 'Knee Pain' }), 'knee-pain'],
    ['offices', () => officeData({ name: 'Chicagoland Office' }), 'chicagoland-office'],
    ['physicians', () => ({ name: 'Ross Hauser' }), 'ross-hauser'],
    [
      'articles',
      () => articleData(basics, { title: 'Why Knees Hurt After Running' }),
      'why-knees-hurt-after-running',
    ],
    ['pages', () => pageData({ title: 'New Patients' }), 'new-patients'],
  ])('are made from the title or name in %s', async (collection, data, slug) => {
    const response = await asEditor('POST', collection, data())
    expect(response.status).toBe(201)
    expect(response.body.doc.slug).toBe(slug)
  })

  // Titles like these are everyday clinic copy; the generated slug must be valid and readable,
  // not a validation error the editor has to work around.
  it.each([
    ['Knee & hip pain: what’s next?', 'knee-hip-pain-whats-next'],
    ['PRP vs. Prolotherapy', 'prp-vs-prolotherapy'],
    ['María José Guillén', 'maria-jose-guillen'],
  ])('are valid and readable for the title %p', async (name, slug) => {
    const response = await asEditor('POST', 'topics', { name })
    expect(response.body.doc?.slug ?? response.body.errors).toBe(slug)
    expect(response.status).toBe(201)
  })

  it('keep a slug that staff typed', async () => {
    const response = await asEditor('POST', 'topics', { name: 'Shoulder', slug: 'shoulder-pain' })
    expect(response.body.doc.slug).toBe('shoulder-pain')
  })

  it('can be edited by staff, and do not change when the title changes', async () => {
    const created = await asEditor('POST', 'offices', officeData({ name: 'Fort Myers Office' }))
    const id = created.body.doc.id
    const renamedSlug = await asEditor('PATCH', `offices/${id}`, { slug: 'southwest-florida' })
    expect(renamedSlug.status).toBe(200)
    expect(renamedSlug.body.doc.slug).toBe('southwest-florida')
    const renamed = await asEditor('PATCH', `offices/${id}`, { name: 'Southwest Florida Office' })
    expect(renamed.body.doc.slug).toBe('southwest-florida')

    const article = await asEditor(
      'POST',
      'articles',
      articleData(basics, { title: 'First title' }),
    )
    const retitled = await asEditor('PATCH', `articles/${article.body.doc.id}`, {
      title: 'A better title',
    })
    expect(retitled.body.doc.slug).toBe('first-title')
  })
})

describe('citations', () => {
  it('compute the printed reference on create and ignore one sent by the client', async () => {
    const data = citationData({ title: 'Knee study one' })
    const response = await asEditor('POST', 'citations', { ...data, formatted: 'Forged text' })
    expect(response.status).toBe(201)
    expect(response.body.doc.formatted).toBe(formatAma(data))
    expect(response.body.doc.formatted).toBe('Smith J. Knee study one. J Knee. 2020;1:1-10.')
  })

  it('recompute it on update, and never take it from the client', async () => {
    const created = await asEditor('POST', 'citations', citationData({ title: 'Knee study two' }))
    const id = created.body.doc.id
    const updated = await asEditor('PATCH', `citations/${id}`, {
      title: 'Knee study two, revised',
      doi: '10.1000/knee.2',
    })
    expect(updated.body.doc.formatted).toBe(
      'Smith J. Knee study two, revised. J Knee. 2020;1:1-10. doi:10.1000/knee.2',
    )
    const forged = await asEditor('PATCH', `citations/${id}`, { formatted: 'Forged text' })
    expect(forged.status).toBe(200)
    const stored = await ctx.payload.findByID({ collection: 'citations', id })
    expect(stored.formatted).toBe(
      'Smith J. Knee study two, revised. J Knee. 2020;1:1-10. doi:10.1000/knee.2',
    )
  })
})

describe('office hours', () => {
  it('store what staff type as one 24-hour time, through the Local API and REST', async () => {
    const office = await ctx.payload.create({
      collection: 'offices',
      overrideAccess: false,
      user: ctx.editor.user,
      data: officeData({
        hours: [
          { days: ['Monday'], opens: '8am', closes: '1:00 PM' },
          { days: ['Tuesday'], opens: '9', closes: '1.30pm' },
          { days: ['Friday'], opens: '8:30 a.m.', closes: 'noon' },
        ],
      }) as never,
    })
    const times = (doc: { hours?: { opens: string; closes: string }[] | null }) =>
      doc.hours?.map(({ opens, closes }) => [opens, closes])
    expect(times(office)).toEqual([
      ['08:00', '13:00'],
      ['09:00', '13:30'],
      ['08:30', '12:00'],
    ])
    const stored = await ctx.payload.findByID({ collection: 'offices', id: office.id })
    expect(times(stored)).toEqual(times(office))

    const updated = await asEditor('PATCH', `offices/${office.id}`, {
      hours: [{ days: ['Monday'], opens: '1 pm', closes: '17:00' }],
    })
    expect(updated.status).toBe(200)
    expect(times(updated.body.doc)).toEqual([['13:00', '17:00']])
  })
})

describe('topics', () => {
  let knee: ID
  let meniscus: ID
  let tear: ID

  beforeAll(async () => {
    const { payload } = ctx
    knee = (await payload.create({ collection: 'topics', data: { name: 'Knee joint' } as never }))
      .id
    meniscus = (
      await payload.create({
        collection: 'topics',
        data: { name: 'Meniscus', parent: knee } as never,
      })
    ).id
    tear = (
      await payload.create({
        collection: 'topics',
        data: { name: 'Tear', parent: meniscus } as never,
      })
    ).id
  })

  it.each([
    ['one of its own subtopics', () => tear],
    ['itself', () => knee],
  ])('refuse to sit under %s', async (_label, parent) => {
    const response = await asEditor('PATCH', `topics/${knee}`, { parent: parent() })
    expect(response.status).toBe(400)
    expect(response.body.errors[0].data.errors).toEqual([
      expect.objectContaining({
        path: 'parent',
        message: 'A topic cannot be placed under itself or one of its own subtopics.',
      }),
    ])
    const stored = await ctx.payload.findByID({ collection: 'topics', id: knee, depth: 0 })
    expect(stored.parent ?? null).toBeNull()
  })

  it('can move to another parent that is not below them', async () => {
    const response = await asEditor('PATCH', `topics/${tear}`, { parent: knee })
    expect(response.status).toBe(200)
    const stored = await ctx.payload.findByID({ collection: 'topics', id: tear, depth: 0 })
    expect(String(stored.parent)).toBe(String(knee))
  })
})

describe('publishing', () => {
  it('sets publishedAt the first time an article goes live, and keeps it afterwards', async () => {
    const draft = await asEditor(
      'POST',
      'articles?draft=true',
      articleData(basics, { _status: 'draft' }),
    )
    expect(draft.status).toBe(201)
    const id = draft.body.doc.id
    expect(draft.body.doc.publishedAt).toBeNull()

    const before = Date.now()
    const published = await asEditor('PATCH', `articles/${id}`, { _status: 'published' })
    const after = Date.now()
    const publishedAt = published.body.doc.publishedAt
    expect(new Date(publishedAt).getTime()).toBeGreaterThanOrEqual(before - 1000)
    expect(new Date(publishedAt).getTime()).toBeLessThanOrEqual(after + 1000)

    await asEditor('PATCH', `articles/${id}`, { subtitle: 'Now with a subtitle' })
    await asEditor('PATCH', `articles/${id}?draft=true`, { _status: 'draft', title: 'Reworked' })
    const republished = await asEditor('PATCH', `articles/${id}`, { _status: 'published' })
    expect(republished.body.doc.publishedAt).toBe(publishedAt)
  })

  it('keeps a publication date that staff chose', async () => {
    const chosen = '2026-01-15T09:00:00.000Z'
    const response = await asEditor(
      'POST',
      'articles',
      articleData(basics, { publishedAt: chosen }),
    )
    expect(response.body.doc.publishedAt).toBe(chosen)
  })

  it('sets publishedAt on pages too', async () => {
    const response = await asEditor('POST', 'pages', pageData())
    expect(response.body.doc.publishedAt).toEqual(expect.any(String))
  })
})

describe('drafts and versions', () => {
  let id: ID

  beforeAll(async () => {
    const created = await asEditor(
      'POST',
      'articles',
      articleData(basics, { title: 'Version one' }),
    )
    id = created.body.doc.id
  })

  it('a draft saved over a published article stays invisible until it is published', async () => {
    const draft = await asEditor('PATCH', `articles/${id}?draft=true`, { title: 'Version two' })
    expect(draft.status).toBe(200)

    expect((await asVisitor(`articles/${id}`)).body.title).toBe('Version one')
    const listed = await asVisitor('articles?where[title][like]=Version&limit=100')
    expect(listed.body.docs.map((doc: { title: string }) => doc.title)).toEqual(['Version one'])
    expect((await asEditor('GET', `articles/${id}?draft=true`)).body.title).toBe('Version two')

    const published = await asEditor('PATCH', `articles/${id}`, { _status: 'published' })
    expect(published.status).toBe(200)
    expect((await asVisitor(`articles/${id}`)).body.title).toBe('Version two')
  })

  it('keeps every saved version', async () => {
    const versions = await ctx.payload.findVersions({
      collection: 'articles',
      where: { parent: { equals: id } },
      pagination: false,
    })
    const saved = versions.docs.map(
      (version) => `${version.version.title} (${version.version._status})`,
    )
    expect(saved.sort()).toEqual([
      'Version one (published)',
      'Version two (draft)',
      'Version two (published)',
    ])
    const latest = versions.docs.filter((version) => version.latest)
    expect(latest.map((version) => version.version._status)).toEqual(['published'])
  })

  it('restores an earlier version', async () => {
    const { docs } = await ctx.payload.findVersions({
      collection: 'articles',
      where: { and: [{ parent: { equals: id } }, { 'version.title': { equals: 'Version one' } }] },
    })
    expect(docs).toHaveLength(1)
    const restored = await ctx.payload.restoreVersion({
      collection: 'articles',
      id: docs[0].id,
      overrideAccess: false,
      user: ctx.editor.user,
    })
    expect(restored.title).toBe('Version one')
    expect(restored._status).toBe('published')
    expect((await asVisitor(`articles/${id}`)).body.title).toBe('Version one')
  })

  it('lets staff restore through REST, but not visitors', async () => {
    const { docs } = await ctx.payload.findVersions({
      collection: 'articles',
      where: { and: [{ parent: { equals: id } }, { 'version._status': { equals: 'draft' } }] },
    })
    const versionId = docs[0].id
    const visitor = await rest(ctx.config, 'POST', `articles/versions/${versionId}`)
    expect(visitor.status).toBe(403)
    const editor = await asEditor('POST', `articles/versions/${versionId}`)
    expect(editor.status).toBe(200)
    const latest = await ctx.payload.findByID({ collection: 'articles', id, draft: true })
    expect(latest.title).toBe('Version two')
  })
})
