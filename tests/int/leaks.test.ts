import { randomBytes } from 'node:crypto'

import {
  buildClientSchema,
  getIntrospectionQuery,
  getNamedType,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  isEnumType,
  isInterfaceType,
  isLeafType,
  isNonNullType,
  isObjectType,
  isUnionType,
} from 'graphql'
import type { CollectionSlug } from 'payload'

import { LOGIN_REFUSED } from '@/errors/hideAccountExistence'
import { cite, document, internalLink, paragraph } from '@/seed/lexical'

import {
  articleData,
  type Basics,
  createBasics,
  formData,
  type ID,
  pageData,
} from './helpers/fixtures'
import { solvedCaptcha } from './helpers/captcha'
import { graphql, rest, type ApiResponse } from './helpers/http'
import { createStaff, PASSWORD, startPayload, type TestContext } from './helpers/payload'

/**
 * The leak suite (issue 9, "no leaks"), REST and GraphQL half; tests/e2e/leaks.spec.ts reads the
 * rendered site. Every hidden thing (a draft, a newer draft over a published article, a draft
 * page, pending and rejected reviews, a staff account, a form submission, a form's staff email
 * settings) carries a unique marker in every text field, and public documents point at them
 * (related articles, rich-text links, featured articles, menus, a review's moderator, a cited
 * paper's `citedIn`). Then every channel an anonymous visitor has is read and searched for the
 * markers and for the account's secrets (hash, salt, reset token). Queries that could work as an
 * oracle (`where`, `sort` on hidden values) must answer exactly as for a value that does not exist.
 *
 * To add a hidden kind: create it in `beforeAll` with `marker('<kind>')` in its text, push it
 * onto `hidden`, and, if it hangs off a public document, add the relation to a carrier.
 */

// Cheap proofs of work: the one visitor submission below solves a captcha.
process.env.ALTCHA_MAX_NUMBER = '2000'

let ctx: TestContext
let basics: Basics

/** `inPublicDocument`: the document itself is public (a published article, a form); only the
 * marked parts are not. */
type Hidden = {
  kind: string
  marker: string
  collection: CollectionSlug
  id: ID
  inPublicDocument?: boolean
}
const hidden: Hidden[] = []
/** Values that must never appear in an anonymous answer, besides the markers. */
const secrets: string[] = []
/** Property names of the account's internals; none may appear in any anonymous data. */
const SECRET_KEYS = [
  'hash',
  'salt',
  'resetPasswordToken',
  'resetPasswordExpiration',
  'loginAttempts',
  'lockUntil',
]

const marker = (kind: string) => `leakcanary-${kind}-${randomBytes(5).toString('hex')}`
const markerOf = (kind: string) => hidden.find((item) => item.kind === kind)!.marker
const idOf = (kind: string) => hidden.find((item) => item.kind === kind)!.id
const DECOY = `leakcanary-nothing-${randomBytes(5).toString('hex')}`

const ids: Record<string, ID> = {}
const staffSecrets: { email: string; token: string } = { email: '', token: '' }

const richText = (...children: Record<string, unknown>[]) => document(...children) as never

const keysOf = (value: unknown, found = new Set<string>()): Set<string> => {
  if (Array.isArray(value)) value.forEach((item) => keysOf(item, found))
  else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      found.add(key)
      keysOf(item, found)
    }
  }
  return found
}

/** Fails naming the channel and what leaked. Markers are matched case-insensitively. */
const expectNoLeak = (channel: string, body: unknown) => {
  const text = (typeof body === 'string' ? body : JSON.stringify(body)).toLowerCase()
  const leaked = [
    ...hidden.filter((item) => text.includes(item.marker)).map((item) => item.kind),
    ...secrets.filter((secret) => text.includes(secret.toLowerCase())).map(() => 'account secret'),
    ...SECRET_KEYS.filter((key) => keysOf(body).has(key)).map((key) => `key ${key}`),
  ]
  expect({ channel, leaked }).toEqual({ channel, leaked: [] })
}

const get = (path: string) => rest(ctx.config, 'GET', path)
const query = (text: string) => graphql(ctx.config, text)

/** What a visitor can tell apart: the status and the body, with the probed value blanked. */
const answerOf = (response: ApiResponse, value: string) => {
  const text = JSON.stringify({ status: response.status, body: response.body })
  // Short values (true, 0, draft) are compared as they are; error messages may echo them.
  return value.length < 12 ? text : text.split(value).join('<value>')
}

/**
 * An oracle check: the same query with a hidden value and with one that exists nowhere must get
 * the same answer, or the difference (a count, a document, 200 against 403) tells the secret.
 */
const expectSameAnswer = async (
  template: string,
  secret: string,
  decoy = secret.includes('@') ? `${DECOY}@clinic.test` : DECOY,
) => {
  const withSecret = await get(template.replaceAll('{v}', encodeURIComponent(secret)))
  const withDecoy = await get(template.replaceAll('{v}', encodeURIComponent(decoy)))
  expect(withSecret.status).toBeLessThan(500)
  expectNoLeak(template, withSecret.body)
  expect({ template, answer: answerOf(withSecret, encodeURIComponent(secret)) }).toEqual({
    template,
    answer: answerOf(withDecoy, encodeURIComponent(decoy)),
  })
}

beforeAll(async () => {
  ctx = await startPayload()
  const { payload } = ctx
  basics = await createBasics(payload)

  // A paper the never-published draft cites: its `citedIn` join would list the draft.
  const citation = await payload.create({
    collection: 'citations',
    data: {
      title: `A public paper ${randomBytes(3).toString('hex')}`,
      authors: [{ family: 'Smith', given: 'J' }],
      journal: 'J Knee',
      year: 2021,
    } as never,
  })
  ids.citation = citation.id

  // 1. An article that was never published.
  const draftMarker = marker('draft-article')
  const draft = await payload.create({
    collection: 'articles',
    draft: true,
    data: articleData(basics, {
      _status: 'draft',
      title: draftMarker,
      subtitle: draftMarker,
      excerpt: draftMarker,
      slug: draftMarker,
      content: richText(paragraph(draftMarker), paragraph('Cites ', cite(citation.id))),
      meta: { title: draftMarker, description: draftMarker },
    }) as never,
  })
  hidden.push({ kind: 'draft-article', marker: draftMarker, collection: 'articles', id: draft.id })

  // 2. A published article with a newer, unpublished rewrite (title, text and slug).
  const revision = await payload.create({
    collection: 'articles',
    data: articleData(basics, {
      title: `Published original ${randomBytes(3).toString('hex')}`,
    }) as never,
  })
  const revisionMarker = marker('draft-revision')
  await payload.update({
    collection: 'articles',
    id: revision.id,
    draft: true,
    data: {
      _status: 'draft',
      title: revisionMarker,
      subtitle: revisionMarker,
      excerpt: revisionMarker,
      slug: revisionMarker,
      content: richText(paragraph(revisionMarker)),
      meta: { title: revisionMarker, description: revisionMarker },
    } as never,
  })
  hidden.push({
    kind: 'draft-revision',
    marker: revisionMarker,
    collection: 'articles',
    id: revision.id,
    inPublicDocument: true,
  })
  ids.revisedArticle = revision.id

  // 3. A page that was never published.
  const pageMarker = marker('draft-page')
  const page = await payload.create({
    collection: 'pages',
    draft: true,
    data: pageData({
      _status: 'draft',
      title: pageMarker,
      slug: pageMarker,
      content: richText(paragraph(pageMarker)),
      meta: { title: pageMarker, description: pageMarker },
    }) as never,
  })
  hidden.push({ kind: 'draft-page', marker: pageMarker, collection: 'pages', id: page.id })

  // 4. Reviews waiting for moderation or turned down.
  for (const status of ['pending', 'rejected'] as const) {
    const reviewMarker = marker(`${status}-review`)
    const review = await payload.create({
      collection: 'reviews',
      data: {
        status,
        reviewerName: reviewMarker,
        body: `Private words ${reviewMarker}`,
        rating: 2,
        sourceUrl: `https://reviews.example.com/${reviewMarker}`,
      } as never,
    })
    hidden.push({
      kind: `${status}-review`,
      marker: reviewMarker,
      collection: 'reviews',
      id: review.id,
    })
  }

  // 5. A staff account: name and email marked, a reset token issued, failed logins counted.
  const staffMarker = marker('staff')
  const staff = await createStaff(payload, { name: staffMarker, roles: ['editor'] })
  hidden.push({ kind: 'staff', marker: staffMarker, collection: 'users', id: staff.user.id })
  staffSecrets.email = staff.email
  staffSecrets.token = await payload.forgotPassword({
    collection: 'users',
    data: { email: staff.email },
    disableEmail: true,
  })
  await expect(
    payload.login({ collection: 'users', data: { email: staff.email, password: 'wrong-guess' } }),
  ).rejects.toThrow()
  const internals = await payload.findByID({
    collection: 'users',
    id: staff.user.id,
    showHiddenFields: true,
  })
  const { hash, salt, sessions } = internals as unknown as {
    hash: string
    salt: string
    sessions: Array<{ id: string }>
  }
  expect(hash && salt && staffSecrets.token && sessions.length).toBeTruthy()
  secrets.push(hash, salt, staffSecrets.token, ...sessions.map((session) => session.id))

  // 6. A form whose staff email settings are private, and a submission to it.
  const emailsMarker = marker('form-emails')
  const form = await payload.create({
    collection: 'forms',
    data: formData({
      title: `Public form ${randomBytes(3).toString('hex')}`,
      emails: [
        {
          emailTo: `${emailsMarker}@clinic.test`,
          cc: `${emailsMarker}.cc@clinic.test`,
          bcc: `${emailsMarker}.bcc@clinic.test`,
          replyTo: `${emailsMarker}.reply@clinic.test`,
          emailFrom: `${emailsMarker}.from@clinic.test`,
          subject: `New question ${emailsMarker}`,
          message: richText(paragraph(emailsMarker)),
        },
      ],
    }) as never,
  })
  hidden.push({
    kind: 'form-emails',
    marker: emailsMarker,
    collection: 'forms',
    id: form.id,
    inPublicDocument: true,
  })
  ids.form = form.id
  const submissionMarker = marker('submission')
  const submission = await payload.create({
    collection: 'form-submissions',
    data: {
      form: form.id,
      submissionData: [{ field: 'email', value: `${submissionMarker}@mail.test` }],
    } as never,
  })
  hidden.push({
    kind: 'submission',
    marker: submissionMarker,
    collection: 'form-submissions',
    id: submission.id,
  })

  // Public documents that point at the hidden ones.
  const carrier = await payload.create({
    collection: 'articles',
    data: articleData(basics, {
      title: `Carrier article ${randomBytes(3).toString('hex')}`,
      relatedArticles: [draft.id, revision.id],
      content: richText(
        paragraph(
          'See ',
          internalLink('articles', draft.id, 'the draft'),
          ', ',
          internalLink('articles', revision.id, 'the rewrite'),
          ' and ',
          internalLink('pages', page.id, 'the page'),
          '.',
        ),
      ),
    }) as never,
  })
  ids.carrier = carrier.id
  await payload.updateGlobal({
    slug: 'home-page',
    data: { featuredArticles: [draft.id, revision.id] } as never,
    // As an editor: a global's relationship check otherwise reads as a visitor.
    user: ctx.admin.user,
  })
  await payload.updateGlobal({
    slug: 'header',
    data: {
      navItems: [
        {
          link: {
            label: 'New',
            type: 'internal',
            reference: { relationTo: 'pages', value: page.id },
          },
        },
      ],
    } as never,
    user: ctx.admin.user,
  })
  // Two approved reviews, moderated in the opposite order to their dates (for the sort probe);
  // the first by the marked account.
  const approve = async (reviewedAt: string, user: typeof staff) => {
    const review = await payload.create({
      collection: 'reviews',
      data: { reviewerName: 'Linda M.', body: 'Kind staff.', rating: 5, reviewedAt } as never,
    })
    await payload.update({
      collection: 'reviews',
      id: review.id,
      data: { status: 'approved' },
      user: user.user,
      overrideAccess: false,
    })
    return review.id
  }
  ids.approvedOld = await approve('2020-01-01T12:00:00.000Z', staff)
  await new Promise((resolve) => setTimeout(resolve, 20))
  ids.approvedNew = await approve('2024-01-01T12:00:00.000Z', ctx.admin)
})

afterAll(async () => {
  await ctx?.stop()
})

describe('the fixture', () => {
  it('stores every hidden thing, visible to staff, so silence below means something', async () => {
    expect(hidden.map((item) => item.kind)).toEqual([
      'draft-article',
      'draft-revision',
      'draft-page',
      'pending-review',
      'rejected-review',
      'staff',
      'form-emails',
      'submission',
    ])
    const admin = await rest(ctx.config, 'GET', `articles/${ids.carrier}?depth=1&draft=true`, {
      token: ctx.admin.token,
    })
    const text = JSON.stringify(admin.body)
    expect(text).toContain(markerOf('draft-article'))
    expect(text).toContain(markerOf('draft-revision'))
    const review = await rest(ctx.config, 'GET', `reviews/${ids.approvedOld}?depth=1`, {
      token: ctx.admin.token,
    })
    expect(review.body.moderatedBy.email).toBe(staffSecrets.email)
    const form = await rest(ctx.config, 'GET', `forms/${ids.form}`, { token: ctx.admin.token })
    expect(JSON.stringify(form.body)).toContain(markerOf('form-emails'))
  })
})

describe('REST, every collection and global, as a visitor', () => {
  const collections = () => ctx.payload.config.collections.map((c) => c.slug)
  const globals = () => ctx.payload.config.globals.map((g) => g.slug)

  it('lists and counts with every depth, with and without drafts', async () => {
    for (const slug of collections()) {
      for (const params of [
        'depth=0',
        'depth=1',
        'depth=2',
        'depth=10',
        'depth=10&draft=true',
        'draft=true&depth=3&limit=0',
        'pagination=false&depth=3',
        `depth=2&joins[citedIn][limit]=100`,
        `depth=3&populate[articles][title]=true&populate[articles][slug]=true`,
      ]) {
        const { status, body } = await get(`${slug}?${params}`)
        // Payload answers 501 for collections without REST endpoints (payload-migrations).
        const noEndpoints = ctx.payload.collections[slug].config.endpoints === false
        expect({ slug, params, status: status < 500 || (noEndpoints && status === 501) }).toEqual({
          slug,
          params,
          status: true,
        })
        expectNoLeak(`GET /api/${slug}?${params}`, body)
      }
      const count = await get(`${slug}/count?draft=true`)
      expectNoLeak(`GET /api/${slug}/count`, count.body)
    }
  })

  it('reads each hidden document by id as Not Found or Forbidden, drafts included', async () => {
    for (const item of hidden) {
      for (const params of ['', '?draft=true', '?depth=3&draft=true']) {
        const { status, body } = await get(`${item.collection}/${item.id}${params}`)
        const expected = item.inPublicDocument ? [200] : [403, 404]
        expect({ kind: item.kind, params, status: expected.includes(status) }).toEqual({
          kind: item.kind,
          params,
          status: true,
        })
        expectNoLeak(`GET /api/${item.collection}/${item.id}${params}`, body)
      }
    }
  })

  it('answers an id that exists but is hidden exactly like one that does not exist', async () => {
    const missing = ctx.isMongo ? '0123456789abcdef01234567' : 987654
    for (const item of hidden.filter((entry) => !entry.inPublicDocument)) {
      const real = await get(`${item.collection}/${item.id}?draft=true`)
      const none = await get(`${item.collection}/${missing}?draft=true`)
      expect({ kind: item.kind, status: real.status, body: real.body }).toEqual({
        kind: item.kind,
        status: none.status,
        body: none.body,
      })
    }
  })

  it('populates public documents without the hidden ones they point at', async () => {
    for (let depth = 0; depth <= 10; depth++) {
      for (const draft of ['false', 'true']) {
        const path = `articles/${ids.carrier}?depth=${depth}&draft=${draft}`
        const { status, body } = await get(path)
        expect(status).toBe(200)
        expectNoLeak(`GET /api/${path}`, body)
      }
      for (const path of [
        `reviews/${ids.approvedOld}?depth=${depth}`,
        `citations/${ids.citation}?depth=${depth}`,
        `globals/home-page?depth=${depth}&draft=true`,
        `globals/header?depth=${depth}`,
      ]) {
        const { status, body } = await get(path)
        expect(status).toBe(200)
        expectNoLeak(`GET /api/${path}`, body)
      }
    }
    const carrier = await get(`articles/${ids.carrier}?depth=1`)
    // The published rewrite is still related, with its published title only.
    expect(carrier.body.relatedArticles).toEqual(
      expect.arrayContaining([expect.objectContaining({ id: ids.revisedArticle })]),
    )
  })

  it('selects no hidden field', async () => {
    for (const path of [
      'users?select[hash]=true&select[salt]=true&select[email]=true',
      `reviews?select[moderatedBy]=true&select[moderatedAt]=true&depth=2`,
      `reviews/${ids.approvedOld}?select[moderatedBy]=true&depth=2`,
      `forms/${ids.form}?select[emails]=true`,
      `forms?select[emails]=true`,
      'search?select[searchText]=true',
      `citations/${ids.citation}?select[citedIn]=true&select[titleKey]=true&depth=1`,
      `form-submissions?select[submissionData]=true`,
      `articles/${ids.revisedArticle}?draft=true&select[title]=true&select[slug]=true`,
    ]) {
      const { status, body } = await get(path)
      expect(status).toBeLessThan(500)
      expectNoLeak(`GET /api/${path}`, body)
    }
    const review = await get(`reviews/${ids.approvedOld}?select[moderatedBy]=true&depth=2`)
    expect(review.body.moderatedBy).toBeUndefined()
    const form = await get(`forms/${ids.form}?select[emails]=true`)
    expect(form.body.emails ?? []).toEqual([])
  })

  it('refuses versions of every collection and global', async () => {
    for (const slug of collections()) {
      const { status, body } = await get(`${slug}/versions?depth=2`)
      // Without versions the address means something else (a preference key, a document id).
      if (ctx.payload.collections[slug].config.versions) {
        expect({ slug, status }).toEqual({ slug, status: 403 })
      }
      expectNoLeak(`GET /api/${slug}/versions`, body)
    }
    const versions = await ctx.payload.findVersions({ collection: 'articles', limit: 100 })
    expect(versions.docs.length).toBeGreaterThan(0)
    for (const version of versions.docs) {
      const { status, body } = await get(`articles/versions/${version.id}?depth=2`)
      expect(status).toBe(403)
      expectNoLeak(`GET /api/articles/versions/${version.id}`, body)
    }
    for (const slug of globals()) {
      for (const path of [
        `globals/${slug}`,
        `globals/${slug}/versions`,
        `globals/${slug}?draft=true&depth=3`,
      ]) {
        const { status, body } = await get(path)
        expect(status).toBeLessThan(500)
        expectNoLeak(`GET /api/${path}`, body)
      }
    }
  })

  it('tells a visitor nothing about accounts', async () => {
    const me = await get('users/me')
    expect(me).toEqual({ status: 200, body: { user: null, message: expect.any(String) } })
    for (const path of ['users/me', 'users/init', 'users/access', 'access']) {
      const { status, body } = await get(path)
      expect(status).toBeLessThan(500)
      expectNoLeak(`GET /api/${path}`, body)
    }
    const refresh = await rest(ctx.config, 'POST', 'users/refresh-token')
    expect(refresh.status).toBeGreaterThanOrEqual(400)
    expectNoLeak('POST /api/users/refresh-token', refresh.body)
  })

  it('answers failed logins alike for a staff address and an unknown one, locked or not', async () => {
    // Payload says "locked" after five wrong passwords only for an address that exists.
    const tries = async (email: string) => {
      const answers: string[] = []
      for (let attempt = 0; attempt < 7; attempt++) {
        const login = await rest(ctx.config, 'POST', 'users/login', {
          body: { email, password: 'not-the-password-at-all' },
        })
        answers.push(JSON.stringify({ status: login.status, body: login.body }))
      }
      const gql = await graphql(
        ctx.config,
        `mutation { loginUser(email: ${JSON.stringify(email)}, password: "not-the-password") { token } }`,
      )
      answers.push(JSON.stringify(gql.body.errors.map((e: { message: string }) => e.message)))
      answers.push(JSON.stringify(gql.body.errors.map((e: { extensions: object }) => e.extensions)))
      const forgot = await rest(ctx.config, 'POST', 'users/forgot-password', { body: { email } })
      answers.push(JSON.stringify({ status: forgot.status, body: forgot.body }))
      return answers
    }
    const existing = await tries(staffSecrets.email)
    expect(existing.join()).toContain(LOGIN_REFUSED)
    expect(existing).toEqual(await tries(`${DECOY}@clinic.test`))
    // The account is locked all the same.
    const locked = await rest(ctx.config, 'POST', 'users/login', {
      body: { email: staffSecrets.email, password: PASSWORD },
    })
    expect(locked.status).toBe(401)
  })

  it('refuses Payload’s own collections and the staff-only endpoints', async () => {
    for (const path of [
      'payload-preferences',
      'payload-jobs',
      'payload-locked-documents',
      'payload-migrations',
      'payload-kv',
      'captcha-solutions',
      'form-submissions',
      `form-submissions/${idOf('submission')}`,
      'form-submissions/export?format=json',
      'form-submissions/export?format=csv',
      `form-submissions/${idOf('submission')}/resend`,
      'users',
      `users/${idOf('staff')}`,
    ]) {
      const { status, body } = await get(path)
      // payload-migrations has no REST endpoints at all: Payload answers 501 Not Implemented.
      const refused =
        [401, 403, 404].includes(status) || (path === 'payload-migrations' && status === 501)
      expect({ path, refused }).toEqual({ path, refused: true })
      expectNoLeak(`GET /api/${path}`, body)
    }
    for (const [method, path] of [
      ['POST', `form-submissions/${idOf('submission')}/resend`],
      ['POST', 'search/reindex'],
      ['POST', 'articles/meta-defaults'],
      ['POST', 'reviews/import'],
      ['POST', 'citations/import'],
    ] as const) {
      const { status, body } = await rest(ctx.config, method, path, { body: {} })
      expect({ path, status: [401, 403].includes(status) }).toEqual({ path, status: true })
      expectNoLeak(`${method} /api/${path}`, body)
    }
  })

  it('counts only approved reviews in the public summary', async () => {
    const { status, body } = await get('reviews/summary')
    expect(status).toBe(200)
    const approved = await get('reviews?limit=0')
    expect(body.count ?? body.total ?? body.totalCount).toBe(approved.body.totalDocs)
  })

  it('answers a new submission without the form’s private settings', async () => {
    const sent = await rest(ctx.config, 'POST', 'form-submissions?depth=2', {
      body: {
        form: ids.form,
        submissionData: [{ field: 'email', value: 'visitor@mail.test' }],
        altcha: await solvedCaptcha(ctx.config),
      },
      headers: { 'x-forwarded-for': '203.0.113.200' },
    })
    expect(sent.status).toBe(201)
    expectNoLeak('POST form-submissions', sent.body)
    const { body } = await rest(ctx.config, 'GET', `forms/${ids.form}?depth=1`)
    expectNoLeak('GET form', body)
  })
})

describe('REST queries as oracles', () => {
  it('where on hidden text finds nothing, exactly as for a value that exists nowhere', async () => {
    const draft = markerOf('draft-article')
    const revision = markerOf('draft-revision')
    const page = markerOf('draft-page')
    const pending = markerOf('pending-review')
    const rejected = markerOf('rejected-review')
    const probes: Array<[string, string]> = [
      ['articles?where[title][like]={v}', draft],
      ['articles?where[title][like]={v}', revision],
      ['articles?draft=true&where[title][like]={v}', draft],
      ['articles?draft=true&where[title][like]={v}', revision],
      ['articles?draft=true&where[slug][equals]={v}', revision],
      ['articles?where[slug][equals]={v}', draft],
      ['articles?where[excerpt][contains]={v}', draft],
      ['articles?where[meta.title][like]={v}', draft],
      ['articles/count?where[title][like]={v}', draft],
      ['articles?where[relatedArticles.title][like]={v}', draft],
      ['articles?where[relatedArticles.slug][equals]={v}', draft],
      ['articles?draft=true&where[relatedArticles.title][like]={v}', revision],
      ['articles/count?where[relatedArticles.title][like]={v}', draft],
      [
        'articles?where[or][0][title][like]={v}&where[or][1][relatedArticles.excerpt][like]={v}',
        draft,
      ],
      [
        'articles?where[and][0][_status][equals]=published&where[and][1][relatedArticles.subtitle][like]={v}',
        draft,
      ],
      ['citations?where[citedIn.title][like]={v}', draft],
      ['pages?where[title][like]={v}', page],
      ['pages?draft=true&where[slug][equals]={v}', page],
      ['reviews?where[reviewerName][like]={v}', pending],
      ['reviews?where[body][contains]={v}', rejected],
      ['reviews?where[sourceUrl][like]={v}', pending],
      ['reviews/count?where[reviewerName][like]={v}', rejected],
      ['reviews?where[moderatedBy.email][like]={v}', staffSecrets.email],
      ['reviews?where[moderatedBy.name][like]={v}', markerOf('staff')],
      [
        'reviews?where[or][0][moderatedBy.email][equals]={v}&where[or][1][id][equals]=0',
        staffSecrets.email,
      ],
      ['users?where[email][like]={v}', staffSecrets.email],
      ['users?where[resetPasswordToken][equals]={v}', staffSecrets.token],
      ['users/count?where[email][equals]={v}', staffSecrets.email],
      ['forms?where[emails.emailTo][like]={v}', markerOf('form-emails')],
      ['forms?where[emails.subject][like]={v}', markerOf('form-emails')],
      ['form-submissions?where[submissionData.value][like]={v}', markerOf('submission')],
      ['search?where[searchText][like]={v}', draft],
      ['search?where[text][like]={v}', revision],
      ['search?where[title][like]={v}', page],
    ]
    for (const [template, secret] of probes) await expectSameAnswer(template, secret)
  })

  it('would notice: the same probes tell staff apart from nothing', async () => {
    // The comparison above is only worth something if the hidden value changes the answer for
    // someone who may see it.
    const asStaff = (path: string) => rest(ctx.config, 'GET', path, { token: ctx.admin.token })
    for (const [template, secret] of [
      ['articles?draft=true&where[title][like]={v}', markerOf('draft-article')],
      ['reviews?where[reviewerName][like]={v}', markerOf('pending-review')],
      ['reviews?where[moderatedBy.email][like]={v}', staffSecrets.email],
      ['forms?where[emails.emailTo][like]={v}', markerOf('form-emails')],
    ]) {
      const found = await asStaff(template.replace('{v}', encodeURIComponent(secret)))
      const none = await asStaff(template.replace('{v}', DECOY))
      expect({ template, found: found.body.totalDocs, none: none.body.totalDocs }).toEqual({
        template,
        found: 1,
        none: 0,
      })
    }
  })

  it('where on hidden states and fields answers as if they were empty', async () => {
    // A value no document has, in the same field, is the reference answer.
    const pairs: Array<[string, string, string]> = [
      ['articles?where[_status][equals]={v}', 'draft', 'nonexistent'],
      ['articles?draft=true&where[_status][equals]={v}', 'draft', 'nonexistent'],
      ['pages?draft=true&where[_status][equals]={v}', 'draft', 'nonexistent'],
      ['articles?where[relatedArticles._status][equals]={v}', 'draft', 'nonexistent'],
      ['reviews?where[status][equals]={v}', 'pending', 'nonexistent'],
      ['reviews?where[status][in]={v}', 'pending,rejected', 'nonexistent'],
      ['reviews?where[moderatedBy.hash][exists]={v}', 'true', 'false'],
      ['reviews?where[moderatedBy.roles][in]={v}', 'editor', 'nonexistent'],
      ['reviews?where[moderatedAt][exists]={v}', 'true', 'false'],
      ['reviews?where[moderatedBy][exists]={v}', 'true', 'false'],
      ['users?where[hash][exists]={v}', 'true', 'false'],
      ['users?where[loginAttempts][greater_than]={v}', '0', '1000'],
      ['forms?where[emails.emailTo][exists]={v}', 'true', 'false'],
      ['search?where[searchText][exists]={v}', 'true', 'false'],
    ]
    for (const [template, secret, decoy] of pairs) await expectSameAnswer(template, secret, decoy)
    // Every review but the approved ones is hidden: nothing is left to find.
    expect((await get('reviews?where[status][not_equals]=approved')).body.totalDocs).toBe(0)
  })

  it('sorts by no hidden value', async () => {
    // The two approved reviews were moderated in the opposite order to their dates: if a visitor
    // could sort by moderatedAt, ascending and descending would list them differently.
    const order = async (sort: string) => {
      const { status, body } = await get(`reviews?depth=0&sort=${sort}`)
      expect(status).toBeLessThan(500)
      expectNoLeak(`sort=${sort}`, body)
      return status === 200 ? body.docs.map((doc: { id: ID }) => doc.id) : status
    }
    for (const field of ['moderatedAt', 'moderatedBy', 'moderatedBy.email', 'moderatedBy.name']) {
      expect({ field, order: await order(field) }).toEqual({
        field,
        order: await order(`-${field}`),
      })
    }
  })
})

// ---------------------------------------------------------------------------------------------
// GraphQL: every query in the schema, built from introspection, with every hidden id.

/**
 * A selection of every field without required arguments, `depth` objects deep. Inside a union's
 * fragments fields get aliases, since members may type the same name differently.
 */
const selectionOf = (type: GraphQLNamedType, depth: number, alias = ''): string => {
  if (isLeafType(type)) return ''
  if (isUnionType(type)) {
    if (depth <= 0) return '__typename'
    return `__typename ${type
      .getTypes()
      .map(
        (member) =>
          `... on ${member.name} { ${selectionOf(member, depth - 1, `${member.name}_`) || '__typename'} }`,
      )
      .join(' ')}`
  }
  if (!isObjectType(type) && !isInterfaceType(type)) return ''
  const parts: string[] = []
  for (const field of Object.values(type.getFields())) {
    if (field.args.some((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined))
      continue
    const named = getNamedType(field.type)
    const name = alias ? `${alias}${field.name}: ${field.name}` : field.name
    if (isLeafType(named) || isEnumType(named)) parts.push(name)
    else if (depth > 0) {
      const inner = selectionOf(named, depth - 1, alias)
      if (inner) parts.push(`${name} { ${inner} }`)
    }
  }
  return parts.join(' ')
}

const argumentsFor = (field: GraphQLField<unknown, unknown>, id?: ID, draft?: boolean) => {
  const args: string[] = []
  for (const arg of field.args) {
    if (arg.name === 'id' && id !== undefined) args.push(`id: ${JSON.stringify(id)}`)
    if (arg.name === 'draft' && draft !== undefined) args.push(`draft: ${draft}`)
    if (arg.name === 'limit') args.push('limit: 100')
  }
  return args.length ? `(${args.join(', ')})` : ''
}

describe('GraphQL, as a visitor', () => {
  let schema: GraphQLSchema

  beforeAll(async () => {
    const { body } = await query(getIntrospectionQuery())
    expect(body.errors).toBeUndefined()
    schema = buildClientSchema(body.data)
  })

  /** Runs a query, shrinking the selection when it is over Payload's complexity limit. */
  const runQuery = async (field: GraphQLField<unknown, unknown>, args: string) => {
    for (const depth of [3, 2, 1, 0]) {
      const selection = selectionOf(getNamedType(field.type), depth)
      const text = `{ ${field.name}${args}${selection ? ` { ${selection} }` : ''} }`
      const response = await query(text)
      const complex = JSON.stringify(response.body.errors ?? '').includes('complexity')
      if (!complex) return { text, response }
    }
    throw new Error(`${field.name} is too complex even one level deep`)
  }

  it('gives no hidden data from any query, with any hidden id, with and without drafts', async () => {
    const queries = Object.values(schema.getQueryType()!.getFields())
    expect(queries.length).toBeGreaterThan(20)
    const answered: string[] = []
    for (const field of queries) {
      const takesId = field.args.some((arg) => arg.name === 'id')
      const idList: Array<ID | undefined> = takesId
        ? [...new Set(hidden.map((item) => item.id)), ids.carrier, ids.approvedOld]
        : [undefined]
      const drafts = field.args.some((arg) => arg.name === 'draft') ? [false, true] : [undefined]
      if (field.args.some((arg) => isNonNullType(arg.type) && arg.name !== 'id')) continue
      for (const id of idList) {
        for (const draft of drafts) {
          const { text, response } = await runQuery(field, argumentsFor(field, id, draft))
          expect({ text, status: response.status }).toEqual({ text, status: 200 })
          expectNoLeak(text, response.body)
          if (response.body.data?.[field.name]) answered.push(field.name)
        }
      }
    }
    // The public queries answered with data, so the selections were real.
    expect([...new Set(answered)]).toEqual(
      expect.arrayContaining(['Articles', 'Reviews', 'Forms', 'Article']),
    )
  })

  it('finds nothing with where on hidden values', async () => {
    const draft = markerOf('draft-article')
    for (const [text, secret] of [
      [
        '{ Articles(draft: true, where: { title: { like: "{v}" } }) { totalDocs docs { id } } }',
        draft,
      ],
      ['{ Articles(where: { relatedArticles__title: { like: "{v}" } }) { totalDocs } }', draft],
      [
        '{ Pages(draft: true, where: { slug: { equals: "{v}" } }) { totalDocs } }',
        markerOf('draft-page'),
      ],
      [
        '{ Reviews(where: { reviewerName: { like: "{v}" } }) { totalDocs } }',
        markerOf('pending-review'),
      ],
      [
        '{ Reviews(where: { moderatedBy__email: { like: "{v}" } }) { totalDocs } }',
        staffSecrets.email,
      ],
      ['{ Users(where: { email: { like: "{v}" } }) { totalDocs } }', staffSecrets.email],
      [
        '{ Forms(where: { emails__emailTo: { like: "{v}" } }) { totalDocs } }',
        markerOf('form-emails'),
      ],
      [
        '{ FormSubmissions(where: { submissionData__value: { like: "{v}" } }) { totalDocs } }',
        markerOf('submission'),
      ],
    ] as const) {
      // An address for address fields, which GraphQL checks before access.
      const decoy = secret.includes('@') ? `${DECOY}@clinic.test` : DECOY
      const withSecret = await query(text.replace('{v}', secret))
      const withDecoy = await query(text.replace('{v}', decoy))
      expectNoLeak(text, withSecret.body)
      expect({ text, answer: answerOf(withSecret, secret) }).toEqual({
        text,
        answer: answerOf(withDecoy, decoy),
      })
    }
  })

  it('populates relations without the hidden documents', async () => {
    const { body } = await query(
      `{ Article(id: ${JSON.stringify(ids.carrier)}, draft: true) { title relatedArticles { title slug excerpt } content(depth: 3) } Review(id: ${JSON.stringify(ids.approvedOld)}) { moderatedBy { email name } moderatedAt } HomePage(draft: true) { featuredArticles { title slug } } }`,
    )
    expectNoLeak('GraphQL populate', body)
    expect(body.data.Article.title).toMatch(/^Carrier article/)
  })

  it('never returns an account’s password hash, salt or tokens, not even to an admin', async () => {
    // The schema lists them on the User type; Payload strips the values after reading.
    const { body } = await graphql(
      ctx.config,
      '{ Users { docs { email hash salt resetPasswordToken loginAttempts sessions { id } } } }',
      { token: ctx.admin.token },
    )
    const marked = body.data.Users.docs.find(
      (user: { email: string }) => user.email === staffSecrets.email,
    )
    expect(marked).toEqual(
      expect.objectContaining({ hash: null, salt: null, resetPasswordToken: null }),
    )
    for (const secret of secrets) expect(JSON.stringify(body)).not.toContain(secret)
  })

  it('refuses introspection in production', async () => {
    const before = process.env.NODE_ENV
    ;(process.env as Record<string, string>).NODE_ENV = 'production'
    try {
      const { body } = await query('{ __schema { queryType { name } } }')
      expect(body.data).toBeUndefined()
      expect(body.errors[0].message).toMatch(/introspection is not allowed/)
      const type = await query('{ __type(name: "User") { fields { name } } }')
      expect(type.body.errors[0].message).toMatch(/introspection is not allowed/)
    } finally {
      ;(process.env as Record<string, string | undefined>).NODE_ENV = before
    }
  })
})
