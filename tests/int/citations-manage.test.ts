import { document, paragraph, text, cite } from '@/seed/lexical'

import {
  articleData,
  type Basics,
  citationData,
  count,
  createBasics,
  type ID,
} from './helpers/fixtures'
import { graphql, rest } from './helpers/http'
import { startPayload, type TestContext } from './helpers/payload'

/**
 * Issue 4, "Manage" and "Headless": articles expose their ordered `references`; a citation
 * lists the articles citing it, refuses deletion while a published article cites it, and
 * refuses a second record of the same paper.
 */

let ctx: TestContext
let basics: Basics

beforeAll(async () => {
  ctx = await startPayload()
  basics = await createBasics(ctx.payload)
})

afterAll(async () => {
  await ctx?.stop()
})

const newCitation = async (overrides: Record<string, unknown> = {}) =>
  (await ctx.payload.create({ collection: 'citations', data: citationData(overrides) as never })).id

/** Text citing the given papers in this order, one cite per sentence. */
const citing = (...ids: ID[]) =>
  document(
    paragraph(text('An introduction.')),
    ...ids.map((id, index) => paragraph(text(`Claim ${index + 1}.`), cite(id))),
  ) as never

const newArticle = async (ids: ID[], overrides: Record<string, unknown> = {}) =>
  ctx.payload.create({
    collection: 'articles',
    data: articleData(basics, { content: citing(...ids), ...overrides }) as never,
  })

describe("an article's references", () => {
  it('are the cited papers in order of first appearance, a repeat keeping its place', async () => {
    const [a, b, c] = [await newCitation(), await newCitation(), await newCitation()]
    const article = await newArticle([b, a, b, c, a])
    const response = await rest(ctx.config, 'GET', `articles/${article.id}?depth=0`)
    expect(response.status).toBe(200)
    expect(response.body.references).toEqual([b, a, c])
  })

  it('come populated and ordered through REST and GraphQL, so clients number them alike', async () => {
    const first = await newCitation({ title: 'First cited paper' })
    const second = await newCitation({ title: 'Second cited paper' })
    const article = await newArticle([second, first, second], { slug: 'headless-references' })

    const byRest = await rest(
      ctx.config,
      'GET',
      'articles?where[slug][equals]=headless-references&depth=1',
    )
    const restRefs = byRest.body.docs[0].references
    expect(restRefs.map((ref: { title: string }) => ref.title)).toEqual([
      'Second cited paper',
      'First cited paper',
    ])
    expect(restRefs[0].formatted).toMatch(/^Smith J\. Second cited paper\. J Knee\. 2020;1:1-10\.$/)

    const byGraphql = await graphql(
      ctx.config,
      `{ Article(id: ${JSON.stringify(article.id)}) { references { id title formatted } } }`,
    )
    expect(byGraphql.body.errors).toBeUndefined()
    expect(
      byGraphql.body.data.Article.references.map((ref: { title: string }) => ref.title),
    ).toEqual(['Second cited paper', 'First cited paper'])
  })

  it('follow the published text, not a newer draft', async () => {
    const [a, b] = [await newCitation(), await newCitation()]
    const article = await newArticle([a])
    await ctx.payload.update({
      collection: 'articles',
      id: article.id,
      data: { content: citing(b, a) } as never,
      draft: true,
    })
    const published = await rest(ctx.config, 'GET', `articles/${article.id}?depth=0`)
    expect(published.body.references).toEqual([a])
    const draft = await rest(ctx.config, 'GET', `articles/${article.id}?depth=0&draft=true`, {
      token: ctx.editor.token,
    })
    expect(draft.body.references).toEqual([b, a])
  })

  it('cannot be set by hand: they always follow the text', async () => {
    const [a, b] = [await newCitation(), await newCitation()]
    const response = await rest(ctx.config, 'POST', 'articles', {
      token: ctx.editor.token,
      body: articleData(basics, { content: citing(a), references: [b] }),
    })
    expect(response.status).toBe(201)
    expect(response.body.doc.references.map((ref: { id: ID }) => ref.id)).toEqual([a])
  })

  it('are empty for an article without cites', async () => {
    const article = await newArticle([])
    expect(article.references).toEqual([])
  })
})

describe('a citation in the admin', () => {
  it('lists the articles that cite it, for staff only', async () => {
    const id = await newCitation()
    const article = await newArticle([id], { title: 'An article that cites' })
    const staff = await rest(ctx.config, 'GET', `citations/${id}`, { token: ctx.editor.token })
    expect(staff.body.citedIn.docs.map((doc: { id: ID }) => doc.id)).toEqual([article.id])

    const visitor = await rest(ctx.config, 'GET', `citations/${id}`)
    expect(visitor.status).toBe(200)
    expect(visitor.body.citedIn).toBeUndefined()
  })

  it('cannot be deleted while a published article cites it, and says which', async () => {
    const id = await newCitation()
    await newArticle([id], { title: 'Why knees creak' })
    const before = await count(ctx.payload, 'citations')
    const response = await rest(ctx.config, 'DELETE', `citations/${id}`, {
      token: ctx.editor.token,
    })
    expect(response.status).toBe(409)
    expect(response.body.errors[0].message).toBe(
      'This citation is cited in a published article: "Why knees creak". Remove it from that article first.',
    )
    expect(await count(ctx.payload, 'citations')).toBe(before)
  })

  it('can be deleted when only an unpublished draft cites it', async () => {
    const id = await newCitation()
    await newArticle([id], { _status: 'draft' })
    const response = await rest(ctx.config, 'DELETE', `citations/${id}`, {
      token: ctx.editor.token,
    })
    expect(response.status).toBe(200)
  })

  it('can be deleted again once the article no longer cites it', async () => {
    const id = await newCitation()
    const article = await newArticle([id])
    await ctx.payload.update({
      collection: 'articles',
      id: article.id,
      data: { content: citing() },
    })
    const response = await rest(ctx.config, 'DELETE', `citations/${id}`, {
      token: ctx.editor.token,
    })
    expect(response.status).toBe(200)
  })

  it('keeps "formatted" read-only: a value sent by a client is replaced', async () => {
    const response = await rest(ctx.config, 'POST', 'citations', {
      token: ctx.editor.token,
      body: citationData({ title: 'Honest formatting', formatted: 'Something else entirely' }),
    })
    expect(response.status).toBe(201)
    expect(response.body.doc.formatted).toBe('Smith J. Honest formatting. J Knee. 2020;1:1-10.')
  })

  it('refuses a second record of the same PMID or DOI, naming the first', async () => {
    await newCitation({ title: 'Original record', pmid: '13498604', doi: '10.1136/ard.16.4.494' })
    const before = await count(ctx.payload, 'citations')
    const response = await rest(ctx.config, 'POST', 'citations', {
      token: ctx.editor.token,
      body: citationData({ pmid: '13498604', doi: '10.1136/ARD.16.4.494' }),
    })
    expect(response.status).toBe(400)
    const errors = response.body.errors[0].data.errors
    expect(errors.map((error: { path: string }) => error.path)).toEqual(['pmid', 'doi'])
    expect(errors[0].message).toMatch(/already saved as "Original record"/)
    expect(await count(ctx.payload, 'citations')).toBe(before)
  })
})

/** Issue 18: a cite marker without its paper can be saved in a draft, never published. */
describe('a cite marker without its paper', () => {
  const withMarkers = (...ids: Array<ID | null>) =>
    document(
      paragraph(text('An introduction.')),
      ...ids.map((id, index) =>
        paragraph(text(`Claim ${index + 1} about knee pain`), cite(id as ID)),
      ),
    ) as never

  const errorsOf = (body: { errors?: Array<{ data?: { errors?: Array<{ message: string }> } }> }) =>
    (body.errors ?? []).flatMap((error) => error.data?.errors ?? []).map(({ message }) => message)

  it('is refused on publish, named by its number and the words before it', async () => {
    const a = await newCitation()
    const before = await count(ctx.payload, 'articles')
    const response = await rest(ctx.config, 'POST', 'articles', {
      token: ctx.editor.token,
      body: articleData(basics, { content: withMarkers(a, null) }),
    })
    expect(response.status).toBe(400)
    // Ours first; Payload's own check of the block's required field follows, less specific.
    expect(errorsOf(response.body)[0]).toBe(
      'Citation 2, after "Claim 2 about knee pain", has no paper. Choose its paper, or remove the marker.',
    )
    expect(await count(ctx.payload, 'articles')).toBe(before)
  })

  it('may wait in a draft, and is refused once its paper was deleted', async () => {
    const a = await newCitation()
    const gone = await newCitation()
    const draft = await rest(ctx.config, 'POST', 'articles?draft=true', {
      token: ctx.editor.token,
      body: articleData(basics, { _status: 'draft', content: withMarkers(a, null, gone) }),
    })
    expect(draft.status).toBe(201)
    // Only a draft cites it, so it may be deleted.
    await ctx.payload.delete({ collection: 'citations', id: gone })
    const publish = await rest(ctx.config, 'PATCH', `articles/${draft.body.doc.id}`, {
      token: ctx.editor.token,
      body: { _status: 'published' },
    })
    expect(publish.status).toBe(400)
    expect(errorsOf(publish.body)[0]).toBe(
      'Citation 2, after "Claim 2 about knee pain", has no paper. Citation 3, after "Claim 3 about knee pain", has no paper. Choose a paper for each, or remove the markers.',
    )
    const stored = await rest(ctx.config, 'GET', `articles/${draft.body.doc.id}?draft=true`, {
      token: ctx.editor.token,
    })
    expect(stored.body._status).toBe('draft')
  })

  it('is refused in a page too', async () => {
    const response = await rest(ctx.config, 'POST', 'pages', {
      token: ctx.editor.token,
      body: {
        title: 'A page with a broken cite',
        _status: 'published',
        content: withMarkers(null),
      },
    })
    expect(response.status).toBe(400)
    expect(errorsOf(response.body)[0]).toMatch(/^Citation 1, after "Claim 1 about knee pain"/)
  })
})
