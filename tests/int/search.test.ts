import type { Payload } from 'payload'

import type { Search } from '@/payload-types'
import { document, paragraph } from '@/seed/lexical'

import {
  articleData,
  type Basics,
  createBasics,
  FORBIDDEN,
  type ID,
  pageData,
  rejection,
  reviewData,
  richText,
} from './helpers/fixtures'
import { graphql, rest } from './helpers/http'
import { createStaff, login, PASSWORD, startPayload, type TestContext } from './helpers/payload'
import { scheduleDue } from './helpers/schedule'

// The site search (issue 7): the `search` index follows every change to articles, pages, topics
// and physicians, holds only published text, and is searched by src/data/search.ts. Anything a
// visitor must never see (drafts, newer drafts of published articles, pending reviews, form
// submissions) is set up next to it and looked for everywhere search answers.

let ctx: TestContext
let payload: Payload
let basics: Basics
let searchData: typeof import('@/data/search')
let sync: typeof import('@/search/sync')

type Collection = 'articles' | 'pages' | 'topics' | 'physicians'

const SECRET = {
  draftOnly: 'Zanzibarian draft-only secret',
  draftRewrite: 'Quetzalcoatl rewrite secret',
  draftPage: 'Xylophonist page secret',
  pendingReview: 'Pendingreviewword secret',
  submission: 'submissionsecret@mail.test',
}

/** The stored entries for a document, read as the system (hidden fields included). */
const entriesOf = async (collection: Collection, id: ID) =>
  (
    await payload.find({
      collection: 'search',
      where: {
        and: [{ 'doc.relationTo': { equals: collection } }, { 'doc.value': { equals: id } }],
      },
      depth: 0,
      pagination: false,
      showHiddenFields: true,
    })
  ).docs as Search[]

const entryOf = async (collection: Collection, id: ID) => {
  const entries = await entriesOf(collection, id)
  expect(entries.length).toBeLessThanOrEqual(1)
  return entries[0] ?? null
}

const allEntries = async () =>
  (
    await payload.find({
      collection: 'search',
      depth: 0,
      pagination: false,
      showHiddenFields: true,
    })
  ).docs as Search[]

const docKey = (entry: Search) =>
  `${entry.doc.relationTo}:${String(typeof entry.doc.value === 'object' ? entry.doc.value.id : entry.doc.value)}`

const createArticle = (overrides: Record<string, unknown> = {}, draft = false) =>
  payload.create({
    collection: 'articles',
    data: articleData(basics, overrides) as never,
    draft,
  })

const search = (query: string, page = 1) => searchData.searchSite(query, page)

const resultTitles = async (query: string, page = 1) =>
  (await search(query, page)).hits.map((hit) => hit.title)

beforeAll(async () => {
  ctx = await startPayload()
  payload = ctx.payload
  basics = await createBasics(payload)
  searchData = await import('@/data/search')
  sync = await import('@/search/sync')

  // What must never be found.
  await createArticle({ title: SECRET.draftOnly, _status: 'draft' }, true)
  const published = await createArticle({ title: 'Visible knee article' })
  await payload.update({
    collection: 'articles',
    id: published.id,
    data: { title: SECRET.draftRewrite, content: richText(SECRET.draftRewrite) },
    draft: true,
  })
  await payload.create({
    collection: 'pages',
    data: pageData({ title: SECRET.draftPage, _status: 'draft' }) as never,
    draft: true,
  })
  await payload.create({
    collection: 'reviews',
    data: reviewData({ status: 'pending', body: SECRET.pendingReview }) as never,
  })
  await payload.create({
    collection: 'form-submissions',
    data: {
      form: basics.formId,
      submissionData: [{ field: 'email', value: SECRET.submission }],
    } as never,
  })
})

afterAll(async () => {
  await ctx?.stop()
})

describe('keeping the index exact', () => {
  it('indexes a published article: title, text from subtitle, excerpt and content, link and date', async () => {
    const article = await createArticle({
      title: 'Healing Cycle Basics',
      subtitle: 'Why ligaments heal slowly',
      excerpt: 'A short overview.',
      content: document(paragraph('Prolotherapy restarts the repair.')),
    })
    const entry = await entryOf('articles', article.id)
    expect(entry).toMatchObject({
      title: 'Healing Cycle Basics',
      priority: 10,
      slug: article.slug,
      text: 'Why ligaments heal slowly\nA short overview.\nProlotherapy restarts the repair.',
      date: article.publishedAt,
      doc: { relationTo: 'articles', value: article.id },
    })
  })

  it('never indexes a draft that was never published, however often it is saved', async () => {
    const draft = await createArticle({ title: 'Never published yet', _status: 'draft' }, true)
    await payload.update({
      collection: 'articles',
      id: draft.id,
      data: { title: 'Never published, saved again' },
      draft: true,
      autosave: true,
    })
    expect(await entriesOf('articles', draft.id)).toEqual([])
  })

  it('keeps the published text while a newer draft is edited, and takes the new text on publish', async () => {
    const article = await createArticle({ title: 'Original published title' })
    await payload.update({
      collection: 'articles',
      id: article.id,
      data: { title: 'Draft title in progress', excerpt: 'Draft excerpt' },
      draft: true,
    })
    await payload.update({
      collection: 'articles',
      id: article.id,
      data: { excerpt: 'Autosaved draft excerpt' },
      draft: true,
      autosave: true,
    })
    let entry = await entryOf('articles', article.id)
    expect(entry?.title).toBe('Original published title')
    expect(entry?.text).not.toMatch(/Draft|Autosaved/)

    await payload.update({
      collection: 'articles',
      id: article.id,
      data: { title: 'New published title', _status: 'published' },
    })
    entry = await entryOf('articles', article.id)
    expect(entry?.title).toBe('New published title')
    expect(entry?.text).toContain('Autosaved draft excerpt')
  })

  it('removes an article that is unpublished, and adds it back when it is published again', async () => {
    const article = await createArticle({ title: 'Soon unpublished' })
    expect(await entryOf('articles', article.id)).not.toBeNull()
    await payload.update({ collection: 'articles', id: article.id, data: { _status: 'draft' } })
    expect(await entriesOf('articles', article.id)).toEqual([])
    await payload.update({ collection: 'articles', id: article.id, data: { _status: 'published' } })
    expect((await entryOf('articles', article.id))?.title).toBe('Soon unpublished')
  })

  it('removes a deleted article, leaving no entry behind', async () => {
    const article = await createArticle({ title: 'Soon deleted' })
    const before = (await allEntries()).length
    await payload.delete({ collection: 'articles', id: article.id })
    expect(await entriesOf('articles', article.id)).toEqual([])
    expect(await allEntries()).toHaveLength(before - 1)
    expect((await allEntries()).every((entry) => entry.doc)).toBe(true)
  })

  it('removes articles deleted in bulk', async () => {
    const a = await createArticle({ title: 'Bulk deleted one' })
    const b = await createArticle({ title: 'Bulk deleted two' })
    await payload.delete({ collection: 'articles', where: { id: { in: [a.id, b.id] } } })
    const titles = (await allEntries()).map((entry) => entry.title)
    expect(titles).not.toContain('Bulk deleted one')
    expect(titles).not.toContain('Bulk deleted two')
  })

  it('follows a changed slug', async () => {
    const article = await createArticle({ title: 'Slug before' })
    await payload.update({
      collection: 'articles',
      id: article.id,
      data: { slug: 'slug-after-the-change' },
    })
    expect((await entryOf('articles', article.id))?.slug).toBe('slug-after-the-change')
  })

  it('indexes an article published on schedule by the job runner', async () => {
    const draft = await createArticle({ title: 'Scheduled for the index', _status: 'draft' }, true)
    await scheduleDue(payload, {
      type: 'publish',
      doc: { relationTo: 'articles', value: String(draft.id) },
    })
    expect(await entriesOf('articles', draft.id)).toEqual([])
    await payload.jobs.run()
    expect((await entryOf('articles', draft.id))?.title).toBe('Scheduled for the index')
  })

  it('removes an article taken offline on schedule', async () => {
    const article = await createArticle({ title: 'Offline on schedule' })
    await scheduleDue(payload, {
      type: 'unpublish',
      doc: { relationTo: 'articles', value: String(article.id) },
    })
    await payload.jobs.run()
    expect(await entriesOf('articles', article.id)).toEqual([])
  })

  it('indexes pages only once published, and drops them when unpublished or deleted', async () => {
    const page = await payload.create({
      collection: 'pages',
      data: pageData({ title: 'Insurance draft', _status: 'draft' }) as never,
      draft: true,
    })
    expect(await entriesOf('pages', page.id)).toEqual([])
    await payload.update({
      collection: 'pages',
      id: page.id,
      data: {
        title: 'Insurance',
        content: richText('We accept most plans.'),
        _status: 'published',
      },
    })
    expect(await entryOf('pages', page.id)).toMatchObject({
      title: 'Insurance',
      text: 'We accept most plans.',
      priority: 20,
    })
    await payload.update({
      collection: 'pages',
      id: page.id,
      data: { title: 'Draft' },
      draft: true,
    })
    expect((await entryOf('pages', page.id))?.title).toBe('Insurance')
    await payload.update({ collection: 'pages', id: page.id, data: { _status: 'draft' } })
    expect(await entriesOf('pages', page.id)).toEqual([])
    await payload.update({ collection: 'pages', id: page.id, data: { _status: 'published' } })
    await payload.delete({ collection: 'pages', id: page.id })
    expect(await entriesOf('pages', page.id)).toEqual([])
  })

  it('indexes topics with their description, follows renames and removes deleted ones', async () => {
    const topic = await payload.create({
      collection: 'topics',
      data: { name: 'Shoulder', description: 'Rotator cuff and more.' } as never,
    })
    expect(await entryOf('topics', topic.id)).toMatchObject({
      title: 'Shoulder',
      text: 'Rotator cuff and more.',
      slug: topic.slug,
      priority: 40,
    })
    await payload.update({ collection: 'topics', id: topic.id, data: { name: 'Shoulders' } })
    expect((await entryOf('topics', topic.id))?.title).toBe('Shoulders')
    await payload.delete({ collection: 'topics', id: topic.id })
    expect(await entriesOf('topics', topic.id)).toEqual([])
  })

  it('indexes physicians by name and credentials, with their title and bio as text', async () => {
    const physician = await payload.create({
      collection: 'physicians',
      data: { name: 'Marion Hauser', credentials: 'MS, RD', jobTitle: 'Dietitian' } as never,
    })
    expect(await entryOf('physicians', physician.id)).toMatchObject({
      title: 'Marion Hauser, MS, RD',
      text: 'Dietitian',
      priority: 30,
    })
    await payload.update({
      collection: 'physicians',
      id: physician.id,
      data: { bio: richText('Nutrition for healing tissues.') },
    })
    expect((await entryOf('physicians', physician.id))?.text).toBe(
      'Dietitian\nNutrition for healing tissues.',
    )
    await payload.delete({ collection: 'physicians', id: physician.id })
    expect(await entriesOf('physicians', physician.id)).toEqual([])
  })

  it('leaves the entry untouched when a save changes nothing it holds', async () => {
    const article = await createArticle({ title: 'Steady entry' })
    const before = await entryOf('articles', article.id)
    await new Promise((resolve) => setTimeout(resolve, 5))
    await payload.update({
      collection: 'articles',
      id: article.id,
      data: { title: 'Draft edit of the steady entry' },
      draft: true,
      autosave: true,
    })
    const after = await entryOf('articles', article.id)
    expect(after).toEqual(before)
  })
})

describe('the index as anonymous visitors and API clients see it', () => {
  const everything = async () => JSON.stringify(await allEntries())

  it('holds no unpublished text at all', async () => {
    const stored = await everything()
    for (const secret of Object.values(SECRET)) expect(stored).not.toContain(secret)
    expect(stored.toLowerCase()).not.toContain(SECRET.draftRewrite.toLowerCase())
    expect(stored).toContain('Visible knee article')
  })

  it('REST: anonymous GET /api/search lists published entries only, without the folded copy', async () => {
    const { status, body } = await rest(ctx.config, 'GET', 'search?limit=1000&depth=2')
    expect(status).toBe(200)
    expect(body.totalDocs).toBe((await allEntries()).length)
    const text = JSON.stringify(body)
    for (const secret of Object.values(SECRET)) expect(text).not.toContain(secret)
    expect(body.docs[0]).not.toHaveProperty('searchText')
    for (const query of [
      `search?where[title][like]=${encodeURIComponent('Quetzalcoatl')}`,
      `search?where[text][like]=${encodeURIComponent('Zanzibarian')}`,
      `search?where[title][like]=${encodeURIComponent('Xylophonist')}`,
    ]) {
      const found = await rest(ctx.config, 'GET', query)
      expect(found.status).toBe(200)
      expect(found.body.totalDocs).toBe(0)
    }
  })

  it('REST: the hidden folded text cannot be queried or read by visitors', async () => {
    const { status, body } = await rest(ctx.config, 'GET', 'search?where[searchText][like]=knee')
    expect(status).toBe(400)
    expect(JSON.stringify(body)).not.toContain('knee article')
  })

  it('GraphQL: anonymous SearchResults holds published entries only', async () => {
    const { status, body } = await graphql(
      ctx.config,
      '{ SearchResults(limit: 1000) { totalDocs docs { title text slug priority doc { relationTo } } } }',
    )
    expect(status).toBe(200)
    expect(body.errors).toBeUndefined()
    expect(body.data.SearchResults.totalDocs).toBe((await allEntries()).length)
    const text = JSON.stringify(body)
    for (const secret of Object.values(SECRET)) expect(text).not.toContain(secret)
    expect(text).toContain('Visible knee article')
  })

  it('nobody writes entries through the API, not even an admin; visitors may read', async () => {
    const [entry] = await allEntries()
    for (const user of [undefined, ctx.editor.user, ctx.admin.user]) {
      const as = { overrideAccess: false, user } as const
      expect(
        await rejection(
          payload.create({
            collection: 'search',
            data: { title: 'Injected', doc: { relationTo: 'topics', value: 1 } } as never,
            ...as,
          }),
        ),
      ).toEqual(FORBIDDEN)
      expect(
        await rejection(
          payload.update({ collection: 'search', id: entry.id, data: { title: 'Changed' }, ...as }),
        ),
      ).toEqual(FORBIDDEN)
      expect(
        await rejection(payload.delete({ collection: 'search', id: entry.id, ...as })),
      ).toEqual(FORBIDDEN)
    }
    const read = await payload.find({ collection: 'search', overrideAccess: false, limit: 1 })
    expect(read.totalDocs).toBeGreaterThan(0)
    expect((await payload.findByID({ collection: 'search', id: entry.id })).title).toBe(entry.title)
    const post = await rest(ctx.config, 'POST', 'search', {
      token: ctx.admin.token,
      body: { title: 'Injected', doc: { relationTo: 'topics', value: 1 } },
    })
    expect(post.status).toBe(403)
  })
})

describe('reindexing', () => {
  const reindex = (token?: string, body?: unknown) =>
    rest(ctx.config, 'POST', 'search/reindex', { token, body })

  it('is for staff only: 401 anonymous, 403 signed in without a staff role', async () => {
    const anonymous = await reindex()
    expect(anonymous.status).toBe(401)
    expect(anonymous.body.errors[0].message).toMatch(/staff/)

    const someone = await createStaff(payload, { name: 'Former Staff', roles: ['editor'] })
    await payload.db.updateOne({
      collection: 'users',
      id: someone.user.id,
      data: { roles: [] },
    })
    const { token } = await login(payload, someone.email, PASSWORD)
    const refused = await reindex(token)
    expect(refused.status).toBe(403)
    expect(refused.body.errors[0].message).toMatch(/staff/)
  })

  it('rebuilds a damaged index from the published documents', async () => {
    const expected = (await allEntries()).map(docKey).sort()
    const [first, second] = await allEntries()
    // Damage: a lost entry, a stale text, a duplicate and an entry for an unpublished article.
    await payload.delete({ collection: 'search', id: first.id })
    await payload.update({ collection: 'search', id: second.id, data: { text: 'stale' } })
    await payload.create({
      collection: 'search',
      data: { ...second, id: undefined, title: 'Duplicate' } as never,
    })
    const hidden = await createArticle({ title: 'Hidden again', _status: 'draft' }, true)
    await payload.create({
      collection: 'search',
      data: { title: 'Leaked draft', doc: { relationTo: 'articles', value: hidden.id } } as never,
    })

    const { status, body } = await reindex(ctx.editor.token)
    expect(status).toBe(200)
    expect(body.message).toMatch(
      /^Search index rebuilt: \d+ articles, \d+ pages?, \d+ topics?, \d+ physicians?\. Removed 2 outdated entries\.$/,
    )
    const after = await allEntries()
    expect(after.map(docKey).sort()).toEqual(expected)
    expect(after.find((entry) => entry.id === second.id)?.text).not.toBe('stale')
    expect(after.map((entry) => entry.title)).not.toContain('Leaked draft')
    expect(body.report.articles).toBe(after.filter((e) => e.doc.relationTo === 'articles').length)
  })

  it('can be limited to some collections, and refuses unknown ones with a 400', async () => {
    const topics = await reindex(ctx.admin.token, { collections: ['topics'] })
    expect(topics.status).toBe(200)
    expect(topics.body.message).toMatch(/^Search index rebuilt: \d+ topics?\.$/)
    for (const body of [
      { collections: ['users'] },
      { collections: [] },
      { collections: 'articles' },
      ['articles'],
    ]) {
      const refused = await reindex(ctx.admin.token, body)
      expect(refused.status).toBe(400)
      expect(refused.body.errors[0].message).toMatch(/collections|JSON object/)
    }
  })

  it('the start-up check and a reindex build an empty index', async () => {
    const expected = (await allEntries()).map(docKey).sort()
    await payload.delete({ collection: 'search', where: { id: { exists: true } } })
    expect(await allEntries()).toEqual([])
    const report = await sync.ensureSearchIndex(payload)
    expect(report).not.toBeNull()
    expect((await allEntries()).map(docKey).sort()).toEqual(expected)
    // Nothing to do when the index already holds entries.
    expect(await sync.ensureSearchIndex(payload)).toBeNull()
    await payload.delete({ collection: 'search', where: { id: { exists: true } } })
    await sync.reindexSearch(payload)
    expect((await allEntries()).map(docKey).sort()).toEqual(expected)
  })
})

describe('searching', () => {
  beforeAll(async () => {
    await payload.create({
      collection: 'topics',
      data: { name: 'Meniscus', description: 'Cartilage in the knee.' } as never,
    })
    await createArticle({
      title: 'Torn meniscus: what now?',
      excerpt: 'Options besides surgery for a torn meniscus.',
    })
    await createArticle({
      title: 'Knee injections compared',
      content: richText('A meniscus tear often heals with the right injection.'),
      publishedAt: '2020-01-01T00:00:00.000Z',
    })
    await createArticle({ title: 'Café au lait spots', content: richText('Skin ÉTUDE notes.') })
    await createArticle({ title: 'Percent article', content: richText('We saw 100% recovery.') })
    await createArticle({ title: 'Decoy percent', content: richText('We saw 100 recoveries.') })
    await createArticle({ title: 'Underscore article', content: richText('See file a_b now.') })
    await createArticle({ title: 'Underscore decoy', content: richText('See file axb now.') })
    await createArticle({ title: 'Backslash article', content: richText('Path C:\\temp here.') })
    await createArticle({ title: 'Regex article', content: richText('Odd (a+b)* pattern.') })
    await createArticle({ title: 'Regex decoy', content: richText('Odd aab pattern.') })
  })

  it('finds every word in the title or the text, title matches first, then by priority', async () => {
    const result = await search('meniscus')
    expect(result.hits.map((hit) => [hit.typeLabel, hit.title])).toEqual([
      ['Topic', 'Meniscus'],
      ['Article', 'Torn meniscus: what now?'],
      ['Article', 'Knee injections compared'],
    ])
    expect(result.totalDocs).toBe(3)
    expect(result.hits.map((hit) => hit.href)).toEqual([
      '/topics/meniscus',
      expect.stringMatching(/^\/articles\/torn-meniscus/),
      expect.stringMatching(/^\/articles\/knee-injections-compared/),
    ])
    // Both words must occur; "meniscus heals" is only in the injections article.
    expect(await resultTitles('meniscus heals')).toEqual(['Knee injections compared'])
  })

  it('quotes the text around the match with the words marked', async () => {
    const [hit] = (await search('injection heals')).hits
    expect(hit.title).toBe('Knee injections compared')
    expect(hit.snippet.filter((s) => s.match).map((s) => s.text)).toEqual(['heals', 'injection'])
    expect(hit.snippet.map((s) => s.text).join('')).toBe(
      'A meniscus tear often heals with the right injection.',
    )
  })

  it('ignores case and accents, both ways', async () => {
    expect(await resultTitles('CAFE')).toEqual(['Café au lait spots'])
    expect(await resultTitles('étude')).toEqual(['Café au lait spots'])
    expect(await resultTitles('etude café')).toEqual(['Café au lait spots'])
  })

  it('takes SQL wildcards, backslashes and regular-expression characters literally', async () => {
    expect(await resultTitles('100%')).toEqual(['Percent article'])
    expect(await resultTitles('a_b')).toEqual(['Underscore article'])
    expect(await resultTitles('C:\\temp')).toEqual(['Backslash article'])
    expect(await resultTitles('(a+b)*')).toEqual(['Regex article'])
    expect(await resultTitles('%')).toEqual([])
    expect(await resultTitles('_')).toEqual([])
    expect(await resultTitles('.*')).toEqual([])
  })

  it('never finds drafts, newer drafts, pending reviews or form submissions', async () => {
    for (const secret of [...Object.values(SECRET), 'Zanzibarian', 'Quetzalcoatl', 'Xylophonist']) {
      expect(await resultTitles(secret)).toEqual([])
    }
    expect(await resultTitles('Visible knee article')).toEqual(['Visible knee article'])
  })

  it('answers bad input normally, with what it did to the query', async () => {
    const cases: Array<[string, Partial<Awaited<ReturnType<typeof search>>['query']>]> = [
      ['', { text: '', words: [] }],
      ['   ', { text: '', words: [] }],
      ['a'.repeat(2000), { shortened: true, text: 'a'.repeat(100) }],
      [`${'knee '.repeat(400)}`, { shortened: true, words: ['knee'] }],
      ["' OR 1=1; DROP TABLE search; --", { words: ['OR', '1=1', 'DROP', 'TABLE', 'search'] }],
      ['<script>alert(1)</script>', { words: ['<script>alert(1)</script>'] }],
      ['%%%_', { text: '%%%_', words: [] }],
      ['.* [a-z]+ (?:x) \\d{2} $^|', { droppedWords: 0 }],
      ['knee\u0000\u200b', { text: 'knee' }],
      ['one two three four five six seven eight nine', { droppedWords: 1 }],
    ]
    for (const [raw, expected] of cases) {
      const result = await search(raw)
      expect(result.query).toMatchObject(expected)
      expect(Array.isArray(result.hits)).toBe(true)
    }
    expect((await search('<script>alert(1)</script>')).totalDocs).toBe(0)
    expect((await search("' OR 1=1 --")).totalDocs).toBe(0)
  })

  it('pages through results ten at a time, keeping the ranking', async () => {
    for (let i = 1; i <= 23; i += 1) {
      await createArticle({
        title: `Pagination article ${String(i).padStart(2, '0')}`,
        publishedAt: new Date(Date.UTC(2024, 0, i)).toISOString(),
      })
    }
    const first = await search('pagination', 1)
    expect(first).toMatchObject({ totalDocs: 23, totalPages: 3, page: 1, pageOutOfRange: false })
    expect(first.hits).toHaveLength(10)
    // Newest first among equals.
    expect(first.hits[0].title).toBe('Pagination article 23')
    const third = await search('pagination', 3)
    expect(third.hits.map((hit) => hit.title)).toEqual([
      'Pagination article 03',
      'Pagination article 02',
      'Pagination article 01',
    ])
    const seen = new Set<string>()
    for (const page of [1, 2, 3]) {
      for (const hit of (await search('pagination', page)).hits) seen.add(hit.title)
    }
    expect(seen.size).toBe(23)
    const past = await search('pagination', 99)
    expect(past).toMatchObject({ page: 3, pageOutOfRange: true })
    expect(past.hits).toHaveLength(3)
  })
})

describe('bad search input over HTTP', () => {
  it('REST queries on the index with odd values answer normally', async () => {
    for (const value of [
      '',
      '%',
      '_',
      '%%%_',
      '\\',
      "' OR 1=1 --",
      '.*',
      '(a+b',
      '[',
      '<script>alert(1)</script>',
      'a'.repeat(2000),
    ]) {
      for (const field of ['title', 'text']) {
        const { status, body } = await rest(
          ctx.config,
          'GET',
          `search?where[${field}][like]=${encodeURIComponent(value)}&limit=5`,
        )
        expect([status, value]).toEqual([200, value])
        expect(Array.isArray(body.docs)).toBe(true)
      }
    }
  })
})
