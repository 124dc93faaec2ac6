import {
  articleData,
  type Basics,
  createBasics,
  type ID,
  pageData,
  reviewData,
  samples,
} from './helpers/fixtures'
import { solvedCaptcha } from './helpers/captcha'
import { graphql, rest } from './helpers/http'
import { startPayload, type TestContext } from './helpers/payload'

/**
 * "Drafts never leak": the same rules as the Local API matrix, seen from outside through the
 * app's real REST and GraphQL route handlers, as an anonymous visitor (no token).
 */

let ctx: TestContext
let basics: Basics
const ids: Record<string, ID> = {}

const FORBIDDEN_BODY = { errors: [{ message: 'You are not allowed to perform this action.' }] }
const NOT_FOUND_BODY = { errors: [{ message: 'Not Found' }] }

/** A GraphQL literal for an id: numbers bare (SQLite), strings quoted (MongoDB). */
const gqlId = (id: ID) => JSON.stringify(id)

const titles = (body: { docs: Array<{ title: string }> }) =>
  body.docs.map((doc) => doc.title).sort()

beforeAll(async () => {
  ctx = await startPayload()
  const { payload } = ctx
  basics = await createBasics(payload)
  const published = await payload.create({
    collection: 'articles',
    data: articleData(basics, { title: 'Public article' }) as never,
  })
  ids.publishedArticle = published.id
  await payload.update({
    collection: 'articles',
    id: published.id,
    data: { title: 'Unpublished rewrite' },
    draft: true,
  })
  ids.draftArticle = (
    await payload.create({
      collection: 'articles',
      data: articleData(basics, { title: 'Secret draft article', _status: 'draft' }) as never,
      draft: true,
    })
  ).id
  ids.publishedPage = (
    await payload.create({ collection: 'pages', data: pageData({ title: 'Disclaimer' }) as never })
  ).id
  ids.draftPage = (
    await payload.create({
      collection: 'pages',
      data: pageData({ title: 'Secret draft page', _status: 'draft' }) as never,
      draft: true,
    })
  ).id
  for (const status of ['approved', 'pending', 'rejected'] as const) {
    ids[`${status}Review`] = (
      await payload.create({
        collection: 'reviews',
        data: reviewData({ status, reviewerName: `${status} reviewer` }) as never,
      })
    ).id
  }
  ids.submission = (
    await payload.create({
      collection: 'form-submissions',
      data: samples['form-submissions'].data(basics) as never,
    })
  ).id
  const versions = await payload.findVersions({ collection: 'articles', limit: 1 })
  ids.articleVersion = versions.docs[0].id
})

afterAll(async () => {
  await ctx?.stop()
})

describe('REST, anonymous', () => {
  const get = (path: string) => rest(ctx.config, 'GET', path)

  it('lists published articles with their published text only', async () => {
    const { status, body } = await get('articles')
    expect(status).toBe(200)
    expect(titles(body)).toEqual(['Public article'])
  })

  it('never answers ?draft=true with draft text', async () => {
    // Payload lists the latest version when asked for drafts; access then removes every
    // document whose latest version is not published. Nothing unpublished comes through.
    const { status, body } = await get('articles?draft=true')
    expect(status).toBe(200)
    expect(titles(body)).not.toContain('Unpublished rewrite')
    expect(titles(body)).not.toContain('Secret draft article')
    expect(body.docs.every((doc: { _status: string }) => doc._status === 'published')).toBe(true)
  })

  it('answers 404 for a draft article or page, even with ?draft=true', async () => {
    for (const path of [
      `articles/${ids.draftArticle}`,
      `articles/${ids.draftArticle}?draft=true`,
      `pages/${ids.draftPage}`,
      `pages/${ids.draftPage}?draft=true`,
    ]) {
      expect(await get(path)).toEqual({ status: 404, body: NOT_FOUND_BODY })
    }
  })

  it('serves the published version of an article that has a newer draft', async () => {
    const { status, body } = await get(`articles/${ids.publishedArticle}?draft=true`)
    expect(status).toBe(200)
    expect(body.title).toBe('Public article')
  })

  it('finds nothing when the query asks for drafts', async () => {
    const { status, body } = await get('articles?where[_status][equals]=draft&draft=true')
    expect(status).toBe(200)
    expect(body.totalDocs).toBe(0)
    const pages = await get('pages?draft=true')
    expect(titles(pages.body)).toEqual(['Disclaimer'])
    expect((await get('articles/count')).body).toEqual({ totalDocs: 1 })
  })

  it('refuses versions', async () => {
    for (const path of [
      'articles/versions',
      `articles/versions/${ids.articleVersion}`,
      'pages/versions',
    ]) {
      expect(await get(path)).toEqual({ status: 403, body: FORBIDDEN_BODY })
    }
  })

  it('shows approved reviews only', async () => {
    const { status, body } = await get('reviews')
    expect(status).toBe(200)
    expect(body.docs.map((review: { reviewerName: string }) => review.reviewerName)).toEqual([
      'approved reviewer',
    ])
    expect(await get(`reviews/${ids.pendingReview}`)).toEqual({ status: 404, body: NOT_FOUND_BODY })
    expect(await get(`reviews/${ids.rejectedReview}`)).toEqual({
      status: 404,
      body: NOT_FOUND_BODY,
    })
    expect((await get('reviews?where[status][not_equals]=approved')).body.totalDocs).toBe(0)
  })

  it('never shows staff accounts', async () => {
    expect(await get('users')).toEqual({ status: 403, body: FORBIDDEN_BODY })
    expect(await get(`users/${ctx.admin.user.id}`)).toEqual({ status: 403, body: FORBIDDEN_BODY })
    const me = await get('users/me')
    expect(me.status).toBe(200)
    expect(me.body.user).toBeNull()
  })

  it('never shows form submissions, but accepts new ones', async () => {
    expect(await get('form-submissions')).toEqual({ status: 403, body: FORBIDDEN_BODY })
    expect(await get(`form-submissions/${ids.submission}`)).toEqual({
      status: 403,
      body: FORBIDDEN_BODY,
    })
    const sent = await rest(ctx.config, 'POST', 'form-submissions', {
      body: {
        form: basics.formId,
        submissionData: [{ field: 'email', value: 'patient@mail.test' }],
        altcha: await solvedCaptcha(ctx.config),
      },
    })
    expect(sent.status).toBe(201)
    // The answer to the visitor does not echo anything beyond what they sent.
    expect(sent.body.doc.submissionData).toEqual([
      expect.objectContaining({ field: 'email', value: 'patient@mail.test' }),
    ])
  })
})

describe('REST, Payload internals and settings', () => {
  it.each(['payload-jobs', 'payload-preferences', 'payload-locked-documents', 'payload-kv'])(
    'refuses the internal collection %s to visitors',
    async (collection) => {
      expect(await rest(ctx.config, 'GET', collection)).toEqual({
        status: 403,
        body: FORBIDDEN_BODY,
      })
    },
  )

  it('site settings are public to read and staff-only to change', async () => {
    const read = await rest(ctx.config, 'GET', 'globals/site-settings')
    expect(read.status).toBe(200)
    expect(read.body.siteName).toBe('Caring Medical')
    const visitor = await rest(ctx.config, 'POST', 'globals/site-settings', {
      body: { siteName: 'Hacked' },
    })
    expect(visitor).toEqual({ status: 403, body: FORBIDDEN_BODY })
    const editor = await rest(ctx.config, 'POST', 'globals/site-settings', {
      token: ctx.editor.token,
      body: { tagline: 'Regenerative medicine' },
    })
    expect(editor.status).toBe(200)
    expect((await rest(ctx.config, 'GET', 'globals/site-settings')).body).toMatchObject({
      siteName: 'Caring Medical',
      tagline: 'Regenerative medicine',
    })
  })
})

describe('REST, staff', () => {
  it('an editor sees drafts when asking for them', async () => {
    const { status, body } = await rest(ctx.config, 'GET', 'articles?draft=true', {
      token: ctx.editor.token,
    })
    expect(status).toBe(200)
    expect(titles(body)).toEqual(['Secret draft article', 'Unpublished rewrite'])
  })

  it('nobody edits a form submission, not even an admin', async () => {
    const response = await rest(ctx.config, 'PATCH', `form-submissions/${ids.submission}`, {
      token: ctx.admin.token,
      body: { submissionData: [{ field: 'email', value: 'forged@mail.test' }] },
    })
    expect(response).toEqual({ status: 403, body: FORBIDDEN_BODY })
  })

  it('an editor reads only their own account', async () => {
    const { body } = await rest(ctx.config, 'GET', 'users', { token: ctx.editor.token })
    expect(body.docs.map((user: { email: string }) => user.email)).toEqual([ctx.editor.email])
  })
})

describe('GraphQL, anonymous', () => {
  const query = (text: string) => graphql(ctx.config, text)

  const errorOf = (body: { errors?: Array<{ message: string; extensions: { name: string } }> }) =>
    body.errors?.map((error) => [error.extensions.name, error.message])

  it('lists published articles with their published text only', async () => {
    const { status, body } = await query('{ Articles { docs { title _status } } }')
    expect(status).toBe(200)
    expect(body.data.Articles.docs).toEqual([{ title: 'Public article', _status: 'published' }])
    const drafts = await query('{ Articles(draft: true) { docs { title _status } } }')
    expect(drafts.status).toBe(200)
    for (const doc of drafts.body.data.Articles.docs) {
      expect(doc).toEqual({ title: 'Public article', _status: 'published' })
    }
  })

  it('answers Not Found for a draft by id, and the published text for a newer draft', async () => {
    const draft = await query(`{ Article(id: ${gqlId(ids.draftArticle)}, draft: true) { title } }`)
    expect(draft.body.data.Article).toBeNull()
    expect(errorOf(draft.body)).toEqual([['NotFound', 'Not Found']])
    const page = await query(`{ Page(id: ${gqlId(ids.draftPage)}) { title } }`)
    expect(page.body.data.Page).toBeNull()
    const published = await query(
      `{ Article(id: ${gqlId(ids.publishedArticle)}, draft: true) { title } }`,
    )
    expect(published.body.data.Article).toEqual({ title: 'Public article' })
  })

  it('hides draft pages, pending reviews, versions, accounts and submissions', async () => {
    const pages = await query('{ Pages(draft: true) { docs { title } } }')
    expect(pages.body.data.Pages.docs).toEqual([{ title: 'Disclaimer' }])
    const reviews = await query('{ Reviews { docs { reviewerName status } } }')
    expect(reviews.body.data.Reviews.docs).toEqual([
      { reviewerName: 'approved reviewer', status: 'approved' },
    ])
    const pending = await query(`{ Review(id: ${gqlId(ids.pendingReview)}) { reviewerName } }`)
    expect(pending.body.data.Review).toBeNull()
    for (const [field, text] of [
      ['versionsArticles', '{ versionsArticles { docs { id } } }'],
      ['versionsPages', '{ versionsPages { docs { id } } }'],
      ['Users', '{ Users { docs { email } } }'],
      ['User', `{ User(id: ${gqlId(ctx.admin.user.id)}) { email } }`],
      ['FormSubmissions', '{ FormSubmissions { docs { id } } }'],
    ]) {
      const { status, body } = await query(text)
      expect(status).toBe(200)
      expect(body.data[field]).toBeNull()
      expect(errorOf(body)).toEqual([['Forbidden', 'You are not allowed to perform this action.']])
    }
  })

  it('shows drafts to staff who ask for them', async () => {
    const { body } = await graphql(ctx.config, '{ Articles(draft: true) { docs { title } } }', {
      token: ctx.editor.token,
    })
    expect(titles(body.data.Articles)).toEqual(['Secret draft article', 'Unpublished rewrite'])
  })
})
