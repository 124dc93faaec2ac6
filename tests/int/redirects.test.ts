import type { Redirect } from '@/payload-types'

import {
  articleData,
  type Basics,
  count,
  createBasics,
  FORBIDDEN,
  type ID,
  pageData,
  rejection,
} from './helpers/fixtures'
import { type ApiResponse, graphql, rest } from './helpers/http'
import { startPayload, type TestContext } from './helpers/payload'

/**
 * Issue 7, redirects: old addresses are saved normalised (Local API and REST alike); every bad
 * redirect is a 400 naming the field, with nothing stored; visitors cannot write (or list) them;
 * the site follows a redirect only to a published page, with a permanent redirect (308).
 */

const ORIGIN = 'https://www.clinic.example'

let ctx: TestContext
let basics: Basics
let redirectsData: typeof import('@/data/redirects')
let catchAll: typeof import('@/app/(frontend)/[...path]/page')
let topicPage: typeof import('@/app/(frontend)/topics/[slug]/page')

beforeAll(async () => {
  process.env.NEXT_PUBLIC_SERVER_URL = `${ORIGIN}/`
  ctx = await startPayload()
  basics = await createBasics(ctx.payload)
  redirectsData = await import('@/data/redirects')
  catchAll = await import('@/app/(frontend)/[...path]/page')
  topicPage = await import('@/app/(frontend)/topics/[slug]/page')
})

afterAll(async () => {
  delete process.env.NEXT_PUBLIC_SERVER_URL
  await ctx?.stop()
})

type FieldError = { path: string; message: string }
const fieldErrors = (response: ApiResponse): FieldError[] =>
  response.body?.errors?.[0]?.data?.errors ?? []

const post = (body: unknown, { anonymous = false } = {}) =>
  rest(ctx.config, 'POST', 'redirects', { token: anonymous ? undefined : ctx.editor.token, body })

const patch = (id: ID, body: unknown) =>
  rest(ctx.config, 'PATCH', `redirects/${id}`, { token: ctx.editor.token, body })

const custom = (from: string, url: string) => ({ from, to: { type: 'custom', url } })
const toDoc = (from: string, relationTo: string, value: ID) => ({
  from,
  to: { type: 'reference', reference: { relationTo, value } },
})

/** Creates with full access, as the system would (setting up the other redirects of a test). */
const create = async (data: Record<string, unknown>) =>
  (await ctx.payload.create({ collection: 'redirects', data: data as never })) as Redirect

const article = async (slug: string, status: 'published' | 'draft' = 'published') =>
  ctx.payload.create({
    collection: 'articles',
    data: articleData(basics, { slug, _status: status }) as never,
    draft: status === 'draft',
  })

/** Status 400, exactly these field paths, each message as given, and nothing stored. */
const expectRefused = async (
  send: () => Promise<ApiResponse>,
  expected: Record<string, string | RegExp>,
) => {
  const before = await count(ctx.payload, 'redirects')
  const response = await send()
  expect(response.status).toBe(400)
  expect(response.body.errors[0].message).toMatch(/^The following fields? (is|are) invalid/)
  const errors = fieldErrors(response)
  expect(errors.map((error) => error.path).sort()).toEqual(Object.keys(expected).sort())
  for (const [path, message] of Object.entries(expected))
    expect(errors.find((error) => error.path === path)?.message).toMatch(message)
  expect(await count(ctx.payload, 'redirects')).toBe(before)
  return errors
}

/** What a page component did: the redirect it answered with, or a 404. */
const outcome = async (render: () => Promise<unknown>) => {
  try {
    await render()
  } catch (error) {
    const digest = String((error as { digest?: string }).digest ?? '')
    const redirect = /^NEXT_REDIRECT;\w+;(.*);(\d{3});/.exec(digest)
    if (redirect) return { status: Number(redirect[2]), location: redirect[1] }
    if (digest === 'NEXT_HTTP_ERROR_FALLBACK;404') return { status: 404 }
    throw error
  }
  return { status: 200 }
}

const visit = (path: string[], query: Record<string, string> = {}) =>
  outcome(() =>
    catchAll.default({ params: Promise.resolve({ path }), searchParams: Promise.resolve(query) }),
  )

describe('saving normalises the old address and the target', () => {
  it('Local API: a full URL of the old site is stored as its path', async () => {
    const doc = await create(
      custom('https://www.oldclinic.com/blog/knee-pain/?utm_source=x&fbclid=1#top', '/articles'),
    )
    expect(doc.from).toBe('/blog/knee-pain')
  })

  it('REST: the same, and a WordPress query address keeps its query', async () => {
    const response = await post(custom('https://oldclinic.com/index.php?utm_medium=x&p=123', '/'))
    expect(response.status).toBe(201)
    expect(response.body.doc.from).toBe('/?p=123')
    const stored = await ctx.payload.findByID({ collection: 'redirects', id: response.body.doc.id })
    expect(stored.from).toBe('/?p=123')
  })

  it('an address of this site becomes a path; another site stays a full address', async () => {
    const local = await create(custom('/old/same-site', `${ORIGIN}/offices/chicagoland/`))
    expect(local.to?.url).toBe('/offices/chicagoland')
    const external = await create(custom('/old/elsewhere', 'https://PubMed.ncbi.nlm.nih.gov/1/'))
    expect(external.to?.url).toBe('https://pubmed.ncbi.nlm.nih.gov/1/')
  })

  it('an edit is normalised too', async () => {
    const doc = await create(custom('/old/edit-me', '/articles'))
    const response = await patch(doc.id, { from: 'https://oldclinic.com/Old/Edited/' })
    expect(response.status).toBe(200)
    expect(response.body.doc.from).toBe('/old/edited')
  })
})

describe('bad redirects are refused beside their field', () => {
  it.each([
    ['javascript:alert(1)', /Enter the old address as a path/],
    ['mailto:info@oldclinic.com', /Enter the old address as a path/],
    ['/admin/collections/users', 'Addresses under /admin belong to the admin'],
    ['https://oldclinic.com/api/users/', 'Addresses under /api belong to the admin'],
    ['/next/preview?path=/x', 'Addresses under /next belong to the admin'],
    ['/_next/static/app.js', 'Addresses under /_next belong to the admin'],
    ['https://oldclinic.com/', 'The home page itself cannot be redirected'],
    ['/articles/', '/articles is a page of this site'],
  ])('from %j', async (from, message) => {
    await expectRefused(() => post(custom(from, '/offices')), { from: message })
  })

  it('a missing `from`', async () => {
    await expectRefused(() => post({ to: { type: 'custom', url: '/offices' } }), {
      from: /Enter the old address/,
    })
  })

  it('a target missing for its type', async () => {
    await expectRefused(() => post({ from: '/old/no-url', to: { type: 'custom' } }), {
      'to.url': /Enter where visitors should go/,
    })
    await expectRefused(() => post({ from: '/old/no-page', to: { type: 'reference' } }), {
      'to.reference': 'Choose the page visitors should be sent to.',
    })
    // The default type is a page of this site.
    await expectRefused(() => post({ from: '/old/no-type' }), {
      'to.reference': 'Choose the page visitors should be sent to.',
    })
    await expectRefused(() => post({ from: '/old/url-only', to: { url: '/offices' } }), {
      'to.reference':
        'Choose the page visitors should be sent to, or set the type to "custom" to send them to the address.',
    })
  })

  it('a reference to a document that does not exist or cannot be a target', async () => {
    const missingId = ctx.isMongo ? '0123456789abcdef01234567' : 987654
    await expectRefused(() => post(toDoc('/old/ghost', 'articles', missingId)), {
      'to.reference': 'The chosen page no longer exists. Choose another page.',
    })
    await expectRefused(() => post(toDoc('/old/bad-id', 'articles', { not: 'an id' } as never)), {
      'to.reference': 'Choose the page visitors should be sent to.',
    })
    await expectRefused(() => post(toDoc('/old/user', 'users', ctx.editor.user.id)), {
      'to.reference': 'Choose the page visitors should be sent to.',
    })
  })

  it.each([
    ['javascript:alert(document.cookie)', '"javascript:" addresses are not allowed'],
    ['data:text/html,<script>alert(1)</script>', '"data:" addresses are not allowed'],
    ['//evil.example/phish', /Enter a path on this site/],
    ['https://clinic.example@evil.example/', 'must not contain a user name or password'],
    ['/admin', 'Visitors cannot be sent to /admin'],
    [`${ORIGIN}/admin/logout`, 'Visitors cannot be sent to /admin'],
    ['/api/users/me', 'Visitors cannot be sent to /api'],
  ])('the target %j', async (url, message) => {
    await expectRefused(() => post(custom('/old/bad-target', url)), { 'to.url': message })
  })

  it('an unknown type of target', async () => {
    await expectRefused(() => post({ from: '/old/odd', to: { type: 'elsewhere' } }), {
      'to.type': /invalid selection/,
      'to.reference': 'Choose the page visitors should be sent to.',
    })
  })

  it('a body that is not a JSON object is a 400, never a 500', async () => {
    const doc = await create(custom('/old/body', '/offices'))
    const before = await count(ctx.payload, 'redirects')
    for (const body of ['/old/x', ['/old/x'], 42]) {
      const created = await rest(ctx.config, 'POST', 'redirects', { token: ctx.editor.token, body })
      expect(created.status).toBe(400)
      expect(created.body.errors[0].message).toMatch(/^Send a JSON object: \{ "from"/)
      const patched = await patch(doc.id, body)
      expect(patched.status).toBe(400)
    }
    expect(await count(ctx.payload, 'redirects')).toBe(before)
    expect((await ctx.payload.findByID({ collection: 'redirects', id: doc.id })).from).toBe(
      '/old/body',
    )
  })

  it('several problems at once are all reported', async () => {
    await expectRefused(() => post(custom('/admin', 'javascript:alert(1)')), {
      from: 'Addresses under /admin',
      'to.url': '"javascript:" addresses are not allowed',
    })
  })

  it('a second redirect from the same address, however it was typed', async () => {
    await create(custom('/old/taken', '/offices'))
    await expectRefused(
      () => post(custom('https://www.oldclinic.com/Old/Taken/?utm_source=x', '/')),
      {
        from: 'There is already a redirect from /old/taken (to /offices). Edit that one instead of adding another.',
      },
    )
  })

  it('a redirect to its own address', async () => {
    await expectRefused(() => post(custom('https://oldclinic.com/old/self/', '/Old/Self/#top')), {
      'to.url':
        'This would send visitors back to the address they came from (/old/self → /Old/Self#top). Choose a different destination.',
    })
    const self = await article('self-target')
    await expectRefused(() => post(toDoc('/articles/self-target', 'articles', self.id)), {
      'to.reference':
        'This would send visitors back to the address they came from (/articles/self-target → /articles/self-target).',
    })
  })

  it('a loop across three redirects, shown in the message', async () => {
    await create(custom('/loop/one', '/loop/two'))
    await create(custom('/loop/two', '/loop/three'))
    await expectRefused(() => post(custom('/loop/three', '/loop/one/')), {
      'to.url':
        'This would make a redirect loop: /loop/three → /loop/one → /loop/two → /loop/three. Change where this redirect goes, or the other redirect in the loop.',
    })
  })

  it('a loop through a page of this site picked by reference', async () => {
    const target = await article('loop-through-reference')
    await create(toDoc('/loop/ref-start', 'articles', target.id))
    await expectRefused(() => post(custom('/articles/loop-through-reference', '/loop/ref-start')), {
      'to.url':
        'This would make a redirect loop: /articles/loop-through-reference → /loop/ref-start → /articles/loop-through-reference.',
    })
  })

  it('a loop through a draft (it may be published later)', async () => {
    const draft = await article('draft-in-a-loop', 'draft')
    await create(toDoc('/loop/draft-start', 'articles', draft.id))
    await expectRefused(() => post(custom('/articles/draft-in-a-loop', '/loop/draft-start')), {
      'to.url':
        /redirect loop: \/articles\/draft-in-a-loop → \/loop\/draft-start → \/articles\/draft-in-a-loop/,
    })
  })

  it('an edit of the target that would close a loop, leaving the redirect as it was', async () => {
    await create(custom('/edit-loop/a', '/edit-loop/b'))
    const b = await create(custom('/edit-loop/b', '/offices'))
    await expectRefused(() => patch(b.id, { to: { type: 'custom', url: '/edit-loop/a' } }), {
      'to.url': /redirect loop: \/edit-loop\/b → \/edit-loop\/a → \/edit-loop\/b/,
    })
    const stored = await ctx.payload.findByID({ collection: 'redirects', id: b.id })
    expect(stored.to?.url).toBe('/offices')
  })

  it('an edit of the old address that would close a loop', async () => {
    await create(custom('/edit-from/a', '/edit-from/b'))
    const other = await create(custom('/edit-from/c', '/edit-from/a'))
    await expectRefused(() => patch(other.id, { from: '/edit-from/b' }), {
      'to.url': /redirect loop: \/edit-from\/b → \/edit-from\/a → \/edit-from\/b/,
    })
    expect((await ctx.payload.findByID({ collection: 'redirects', id: other.id })).from).toBe(
      '/edit-from/c',
    )
  })

  it('an edit judged by its new values, not the stored ones', async () => {
    // /move/a → /move/b; changing it to /move/c must not count its old self as "another redirect".
    const doc = await create(custom('/move/a', '/move/b'))
    const response = await patch(doc.id, {
      from: '/move/b',
      to: { type: 'custom', url: '/move/c' },
    })
    expect(response.status).toBe(200)
    expect(response.body.doc).toMatchObject({ from: '/move/b', to: { url: '/move/c' } })
  })
})

describe('access', () => {
  it('visitors can neither write nor list redirects (REST and Local API)', async () => {
    const before = await count(ctx.payload, 'redirects')
    expect((await post(custom('/anon/write', '/offices'), { anonymous: true })).status).toBe(403)
    expect(
      await rejection(
        ctx.payload.create({
          collection: 'redirects',
          data: custom('/anon/local', '/offices') as never,
          overrideAccess: false,
        }),
      ),
    ).toEqual(FORBIDDEN)
    expect(await count(ctx.payload, 'redirects')).toBe(before)
    expect((await rest(ctx.config, 'GET', 'redirects')).status).toBe(403)
    const doc = await create(custom('/anon/existing', '/offices'))
    expect(
      (await rest(ctx.config, 'PATCH', `redirects/${doc.id}`, { body: { from: '/x' } })).status,
    ).toBe(403)
    expect((await rest(ctx.config, 'DELETE', `redirects/${doc.id}`)).status).toBe(403)
    expect((await ctx.payload.findByID({ collection: 'redirects', id: doc.id })).from).toBe(
      '/anon/existing',
    )
  })

  it('GraphQL: visitors can neither list nor create them', async () => {
    const list = await graphql(ctx.config, '{ Redirects { docs { from } } }')
    expect(list.body.data.Redirects).toBeNull()
    expect(list.body.errors[0].message).toBe('You are not allowed to perform this action.')
    const before = await count(ctx.payload, 'redirects')
    const created = await graphql(
      ctx.config,
      'mutation ($data: mutationRedirectInput!) { createRedirect(data: $data) { id } }',
      { variables: { data: custom('/gql/anon', '/offices') } },
    )
    expect(created.body.errors[0].message).toBe('You are not allowed to perform this action.')
    expect(await count(ctx.payload, 'redirects')).toBe(before)
  })

  it('editors and admins manage them', async () => {
    const response = await rest(ctx.config, 'POST', 'redirects', {
      token: ctx.admin.token,
      body: custom('/staff/created', '/offices'),
    })
    expect(response.status).toBe(201)
    const list = await rest(ctx.config, 'GET', 'redirects?limit=1', { token: ctx.editor.token })
    expect(list.status).toBe(200)
    expect(
      (
        await rest(ctx.config, 'DELETE', `redirects/${response.body.doc.id}`, {
          token: ctx.editor.token,
        })
      ).status,
    ).toBe(200)
  })
})

describe('the site honours them', () => {
  it('an old full-URL address (typed with a trailing slash) answers 308 to the target', async () => {
    await create(custom('https://www.oldclinic.com/2019/05/knee-pain/', '/articles/knee'))
    expect(await visit(['2019', '05', 'knee-pain'])).toEqual({
      status: 308,
      location: '/articles/knee',
    })
    // Tracking parameters on the visitor's link do not matter.
    expect(await visit(['2019', '05', 'knee-pain'], { utm_source: 'facebook' })).toEqual({
      status: 308,
      location: '/articles/knee',
    })
  })

  it('an unknown address is still the 404 page', async () => {
    expect(await visit(['no', 'such', 'page'])).toEqual({ status: 404 })
  })

  it('a missing topic follows a redirect from its old address', async () => {
    // (Article and page routes read draft mode, which needs a real request: see the e2e spec.)
    const topic = await ctx.payload.create({
      collection: 'topics',
      data: { name: 'Knee osteoarthritis', slug: 'knee-osteoarthritis' } as never,
    })
    await create(toDoc('/topics/knee-arthritis', 'topics', topic.id))
    const render = (slug: string) =>
      outcome(() => topicPage.default({ params: Promise.resolve({ slug }) }))
    expect(await render('knee-arthritis')).toEqual({
      status: 308,
      location: '/topics/knee-osteoarthritis',
    })
    expect(await render('never-existed')).toEqual({ status: 404 })
  })

  it('a reference to an unpublished page is not followed, until it is published', async () => {
    const draft = await article('not-yet-published', 'draft')
    await create(toDoc('/old/waiting', 'articles', draft.id))
    expect(await visit(['old', 'waiting'])).toEqual({ status: 404 })
    expect(await redirectsData.getRedirectTarget('/old/waiting')).toBeNull()
    await ctx.payload.update({
      collection: 'articles',
      id: draft.id,
      data: { _status: 'published' } as never,
    })
    expect(await visit(['old', 'waiting'])).toEqual({
      status: 308,
      location: '/articles/not-yet-published',
    })
  })

  it('a reference follows the page when its slug changes, and stops when it is deleted', async () => {
    const page = await ctx.payload.create({
      collection: 'pages',
      data: pageData({ slug: 'before-rename' }) as never,
    })
    await create(toDoc('/old/about-us', 'pages', page.id))
    expect(await redirectsData.getRedirectTarget('/old/about-us')).toBe('/before-rename')
    await ctx.payload.update({ collection: 'pages', id: page.id, data: { slug: 'after-rename' } })
    expect(await redirectsData.getRedirectTarget('/old/about-us')).toBe('/after-rename')
    await ctx.payload.delete({ collection: 'pages', id: page.id })
    expect(await redirectsData.getRedirectTarget('/old/about-us')).toBeNull()
  })

  it('never sends a visitor back where they were when a page later takes the old address', async () => {
    const moved = await article('renamed-later')
    await create(toDoc('/articles/original-name', 'articles', moved.id))
    await ctx.payload.update({
      collection: 'articles',
      id: moved.id,
      data: { slug: 'original-name' } as never,
    })
    expect(await redirectsData.getRedirectTarget('/articles/original-name')).toBeNull()
  })

  it('WordPress query addresses: exact query first, else the path alone', async () => {
    await create(custom('https://oldclinic.com/?p=456', '/articles/from-p-456'))
    await create(custom('/old-blog', '/articles'))
    await create(custom('/old-blog?paged=2', '/articles?page=2'))
    expect(await redirectsData.getRedirectTarget('/?utm_source=x&p=456')).toBe(
      '/articles/from-p-456',
    )
    expect(await redirectsData.getRedirectTarget('/old-blog?paged=2')).toBe('/articles?page=2')
    expect(await redirectsData.getRedirectTarget('/old-blog?replytocom=5')).toBe('/articles')
    expect(await redirectsData.getRedirectTarget('/?p=457')).toBeNull()
    expect(await redirectsData.getRedirectTarget('/')).toBeNull()
  })

  it('sends visitors to another site when that is the target', async () => {
    await create(custom('/old/study', 'https://pubmed.ncbi.nlm.nih.gov/27470464/'))
    expect(await visit(['old', 'study'])).toEqual({
      status: 308,
      location: 'https://pubmed.ncbi.nlm.nih.gov/27470464/',
    })
  })

  it('never follows a stored target into the admin, even one written around validation', async () => {
    const doc = await create(custom('/old/sneaky', '/offices'))
    await ctx.payload.db.updateOne({
      collection: 'redirects',
      where: { id: { equals: doc.id } },
      data: { to: { type: 'custom', url: '/admin/logout' } },
      req: {} as never,
    })
    expect((await ctx.payload.findByID({ collection: 'redirects', id: doc.id })).to?.url).toBe(
      '/admin/logout',
    )
    expect(await visit(['old', 'sneaky'])).toEqual({ status: 404 })
  })
})
