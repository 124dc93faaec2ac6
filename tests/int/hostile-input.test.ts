import { GRAPHQL_POST, REST_GET, REST_PATCH, REST_POST } from '@payloadcms/next/routes'
import type { CollectionSlug, Field, GlobalSlug } from 'payload'

import { withBodyLimit } from '@/hardening/bodyLimit'
import { withQueryGuard } from '@/hardening/queryGuard'
import { document, paragraph } from '@/seed/lexical'

import { solve, type Challenge } from './helpers/captcha'
import {
  articleData,
  type Basics,
  citationData,
  count,
  createBasics,
  type ID,
  officeData,
  pageData,
  pngFile,
  reviewData,
  richText,
} from './helpers/fixtures'
import { startPayload, type TestContext } from './helpers/payload'
import {
  bodies,
  control,
  corpusSize,
  links,
  queries,
  textInputs,
  unicode,
  valueInputs,
  wrongTypes,
  xss,
} from './hostile/corpus'

/**
 * Issue 9, hostile input: every entry of tests/int/hostile/corpus.ts goes to every public
 * endpoint (anonymously) and to every staff-writable field of every collection and global (as
 * an admin), through the real REST and GraphQL route handlers wrapped as the app's routes are
 * (src/hardening/bodyLimit.ts, src/hardening/queryGuard.ts). Each answer is a 4xx with a message, or the value is stored
 * harmlessly; never a 5xx; after a refusal the stored document and the counts are unchanged.
 */

process.env.FORMS_RATE_LIMIT = '1000000'
process.env.ALTCHA_MAX_NUMBER = '2000'

const ORIGIN = 'http://localhost:3000'
// What must never reach a visitor: a draft, a pending review, a staff account.
const SECRET_DRAFT = 'Secret draft about knees'
const SECRET_REVIEW = 'Pending review nobody may see'

let ctx: TestContext
let basics: Basics
const ids: Record<string, ID> = {}

const routes = {
  GET: (config: TestContext['config']) => withQueryGuard(config, REST_GET(config)),
  POST: (config: TestContext['config']) => withBodyLimit(REST_POST(config)),
  PATCH: (config: TestContext['config']) => withBodyLimit(REST_PATCH(config)),
}

type Answer = { status: number; text: string; json: any }

const send = async (
  method: 'GET' | 'POST' | 'PATCH',
  apiPath: string,
  {
    token,
    body,
    contentType = 'application/json',
  }: { token?: string; body?: string | Uint8Array; contentType?: string | null } = {},
): Promise<Answer> => {
  const url = new URL(`/api/${apiPath}`, ORIGIN)
  const slug = url.pathname
    .replace(/^\/api\//, '')
    .split('/')
    .filter(Boolean)
  const headers: Record<string, string> = { 'x-forwarded-for': nextAddress() }
  if (contentType) headers['content-type'] = contentType
  if (token) headers.authorization = `JWT ${token}`
  const response = await routes[method](ctx.config)(
    new Request(url, { method, headers, body: body as BodyInit | undefined }),
    { params: Promise.resolve({ slug }) },
  )
  return read(response)
}

const read = async (response: Response): Promise<Answer> => {
  const text = await response.text()
  let json: any
  try {
    json = JSON.parse(text)
  } catch {
    json = undefined
  }
  return { status: response.status, text, json }
}

const sendGraphql = async (body: string, token?: string) =>
  read(
    await withBodyLimit(GRAPHQL_POST(ctx.config) as (r: Request, c: unknown) => Promise<Response>)(
      new Request(new URL('/api/graphql', ORIGIN), {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(token ? { authorization: `JWT ${token}` } : {}),
        },
        body,
      }),
      undefined,
    ),
  )

let address = 0
const nextAddress = () => `198.51.${Math.floor(++address / 250) % 250}.${(address % 250) + 1}`

/** A refusal names the problem; no answer is a server error. */
const expectClientAnswer = (answer: Answer, label: string) => {
  if (answer.status >= 500 || answer.status < 200)
    throw new Error(`${label}: answered ${answer.status}: ${answer.text.slice(0, 300)}`)
  if (answer.status >= 400) {
    const message = answer.json?.errors?.[0]?.message
    if (typeof message !== 'string' || !message.trim())
      throw new Error(`${label}: ${answer.status} without a message: ${answer.text.slice(0, 300)}`)
  }
}

// --- what "stored harmlessly" means, checked independently of the server's own checks ---

const UNSAFE_SCHEME = /^(javascript|vbscript|data|file|blob|livescript|about|chrome):/i
const BAD_CHARACTER = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u202a-\u202e]/

const harmIn = (value: unknown, key = ''): string | undefined => {
  if (typeof value === 'string') {
    if (BAD_CHARACTER.test(value)) return `${key} holds a control character`
    if (!(value as string & { isWellFormed(): boolean }).isWellFormed())
      return `${key} holds invalid Unicode`
    if (
      (key === 'url' || /Url$/.test(key)) &&
      (UNSAFE_SCHEME.test(value.replace(/[\s\u0000-\u001f]/g, '')) || /^\s*\/\//.test(value))
    )
      return `${key} holds the unsafe link ${JSON.stringify(value.slice(0, 40))}`
    return undefined
  }
  if (Array.isArray(value)) {
    for (const item of value) {
      const harm = harmIn(item, key)
      if (harm) return harm
    }
  } else if (value && typeof value === 'object') {
    for (const [childKey, child] of Object.entries(value)) {
      const harm = harmIn(child, childKey)
      if (harm) return harm
    }
  }
  return undefined
}

// --- the documents and globals the staff requests change ---

type Target = { kind: 'collection' | 'global'; slug: string; id?: ID }

const stored = async (target: Target) =>
  target.kind === 'collection'
    ? ctx.payload.findByID({
        collection: target.slug as CollectionSlug,
        id: target.id!,
        depth: 0,
        draft: true,
      })
    : ctx.payload.findGlobal({ slug: target.slug as GlobalSlug, depth: 0, draft: true })

const targetPath = (target: Target) =>
  target.kind === 'collection' ? `${target.slug}/${target.id}` : `globals/${target.slug}`

const fieldsOf = (target: Target): Field[] =>
  target.kind === 'collection'
    ? ctx.payload.collections[target.slug as CollectionSlug].config.fields
    : ctx.payload.globals.config.find((global) => global.slug === target.slug)!.fields

type Leaf = { path: (string | number)[]; field: Field & { name: string } }

// Not data staff type: ids, timestamps, the search index's copy, auth internals.
const SKIP = new Set(['id', 'createdAt', 'updatedAt', 'generateSlug', 'blockName'])
// Fields whose value must follow a format (checked one by one, so a refusal of one does not
// hide how the free-text fields store the same value).
const FORMAT =
  /^(slug|email|phone|fax|url|sourceUrl|doi|pmid|pmcid|opens|closes|from|emailTo|cc|bcc|replyTo|emailFrom|name)$/

/** Every field of a stored document that staff can write, with its path (row 0 of lists). */
const leaves = (fields: Field[], doc: any, prefix: (string | number)[] = []): Leaf[] => {
  const out: Leaf[] = []
  for (const field of fields) {
    if (field.type === 'row' || field.type === 'collapsible') {
      out.push(...leaves(field.fields, doc, prefix))
      continue
    }
    if (field.type === 'tabs') {
      for (const tab of field.tabs)
        out.push(
          ...('name' in tab && tab.name
            ? leaves(tab.fields, doc?.[tab.name], [...prefix, tab.name])
            : leaves(tab.fields, doc, prefix)),
        )
      continue
    }
    if (!('name' in field) || SKIP.has(field.name) || field.type === 'ui' || field.type === 'join')
      continue
    if (field.admin && 'readOnly' in field.admin && field.admin.readOnly) continue
    if ((field as { hidden?: boolean }).hidden) continue
    const path = [...prefix, field.name]
    if (field.type === 'group') out.push(...leaves(field.fields, doc?.[field.name], path))
    else if (field.type === 'array') {
      if (doc?.[field.name]?.[0])
        out.push(...leaves(field.fields, doc[field.name][0], [...path, 0]))
    } else if (field.type === 'blocks') {
      const row = doc?.[field.name]?.[0]
      const block = row && field.blocks.find((candidate) => candidate.slug === row.blockType)
      if (block) out.push(...leaves(block.fields, row, [...path, 0]))
    } else out.push({ path, field: field as Leaf['field'] })
  }
  return out
}

const TEXT_TYPES = new Set(['text', 'textarea', 'email', 'code'])

const withValues = (doc: any, entries: Array<[(string | number)[], unknown]>) => {
  const copy = structuredClone(doc)
  for (const [path, value] of entries) {
    let node = copy
    for (const key of path.slice(0, -1)) {
      node[key] ??= typeof key === 'number' ? [] : {}
      node = node[key]
    }
    node[path[path.length - 1]] = value
  }
  delete copy.updatedAt
  delete copy.createdAt
  return copy
}

const targets: Target[] = []

/**
 * Sends `data` as the admin and checks the outcome: a 4xx with a message and nothing changed,
 * or a 2xx with nothing harmful stored.
 */
const MARKER = '__hostile_value__'

const expectSafeSave = async (target: Target, data: unknown, label: string, json?: string) => {
  const before = await stored(target)
  // A value too deep for JSON.stringify is written into the text in place of its marker.
  const body = json
    ? JSON.stringify(data).replaceAll(`"${MARKER}"`, () => json)
    : JSON.stringify(data)
  const query = target.slug === 'articles' || target.slug === 'pages' ? '?draft=true' : ''
  const answer = await send(
    target.kind === 'collection' ? 'PATCH' : 'POST',
    `${targetPath(target)}${query}`,
    {
      token: ctx.admin.token,
      body,
    },
  )
  expectClientAnswer(answer, label)
  const after = await stored(target)
  if (answer.status >= 400) {
    expect({ label, doc: after }).toEqual({ label, doc: before })
  } else {
    const harm = harmIn(after)
    if (harm) throw new Error(`${label}: stored ${harm}`)
  }
  return answer.status
}

const outcomes = { refused: 0, stored: 0 }
const tally = (status: number) => (status >= 400 ? outcomes.refused++ : outcomes.stored++)

beforeAll(async () => {
  ctx = await startPayload()
  basics = await createBasics(ctx.payload)
  const { payload } = ctx
  const create = async (collection: string, data: Record<string, unknown>, extra = {}) =>
    (
      await payload.create({
        collection: collection as CollectionSlug,
        data: data as never,
        ...extra,
      })
    ).id

  ids.media = await create(
    'media',
    { alt: 'Knee', caption: 'A knee', credit: 'Clinic' },
    { file: await pngFile() },
  )
  ids.topics = await create('topics', {
    name: 'Knees',
    description: 'About knees',
    meta: { title: 'Knees', description: 'Knees' },
  })
  ids.offices = await create(
    'offices',
    officeData({
      hours: [{ days: ['Monday'], opens: '08:00', closes: '17:00' }],
      email: 'office@clinic.test',
    }),
  )
  ids.physicians = await create('physicians', {
    name: 'Dr. Knee',
    credentials: 'MD',
    jobTitle: 'Surgeon',
    bio: richText('Bio'),
  })
  ids.citations = await create('citations', citationData({ url: 'https://example.org/paper' }))
  ids.articles = await create(
    'articles',
    articleData(basics, { subtitle: 'Sub', excerpt: 'Short', topics: [ids.topics] }),
  )
  ids.draftArticle = await create(
    'articles',
    articleData(basics, { title: SECRET_DRAFT, _status: 'draft' }),
    { draft: true },
  )
  ids.pages = await create('pages', pageData())
  ids.reviews = await create(
    'reviews',
    reviewData({ status: 'approved', sourceUrl: 'https://example.org/r' }),
  )
  await create('reviews', reviewData({ body: SECRET_REVIEW, status: 'pending' }))
  ids.redirects = await create('redirects', {
    from: '/old/knee',
    to: { type: 'custom', url: '/articles' },
  })
  ids.forms = await create('forms', {
    title: 'Question',
    fields: [
      { blockType: 'email', name: 'email', label: 'Email', required: true },
      { blockType: 'textarea', name: 'message', label: 'Message' },
    ],
    confirmationType: 'message',
    confirmationMessage: richText('Thanks'),
    redirect: { url: 'https://example.org/thanks' },
    emails: [{ emailTo: 'staff@clinic.test', subject: 'New question', message: richText('Hi') }],
  })
  ids.users = ctx.editor.user.id

  const link = { label: 'Offices', type: 'custom', url: '/offices' }
  await payload.updateGlobal({ slug: 'header', data: { navItems: [{ link }] } as never })
  await payload.updateGlobal({ slug: 'footer', data: { navItems: [{ link }] } as never })
  await payload.updateGlobal({
    slug: 'site-settings',
    data: { siteName: 'Clinic', tagline: 'Care', footerNote: 'Note', copyright: 'Clinic' } as never,
  })
  await payload.updateGlobal({
    slug: 'home-page',
    data: { heading: 'Welcome', intro: 'Hello', links: [{ link }] } as never,
  })
  await payload.updateGlobal({
    slug: 'calls-to-action',
    data: {
      sidebar: [{ heading: 'Call us', body: 'We help', link }],
      reviewsHeading: 'Reviews',
      contactHeading: 'Contact',
      contactBody: 'Write',
      contactLink: link,
    } as never,
  })

  for (const slug of [
    'articles',
    'citations',
    'topics',
    'physicians',
    'offices',
    'reviews',
    'pages',
    'media',
    'redirects',
    'forms',
    'users',
  ])
    targets.push({ kind: 'collection', slug, id: ids[slug] })
  for (const slug of ['site-settings', 'header', 'footer', 'home-page', 'calls-to-action'])
    targets.push({ kind: 'global', slug })
}, 120_000)

afterAll(async () => {
  // eslint-disable-next-line no-console
  console.info(
    `hostile corpus: ${corpusSize} inputs; staff saves refused ${outcomes.refused}, stored harmlessly ${outcomes.stored}`,
  )
  await ctx?.stop()
})

it('has at least 200 hostile inputs', () => {
  expect(corpusSize).toBeGreaterThanOrEqual(200)
})

describe('every staff-writable field', () => {
  describe.each(textInputs.map((input) => [`${input.category}: ${input.name}`, input] as const))(
    '%s',
    (_label, input) => {
      it('in every free-text field of every collection and global', async () => {
        const value = input.value()
        for (const target of targets) {
          const doc = await stored(target)
          const free = leaves(fieldsOf(target), doc).filter(
            ({ field }) => TEXT_TYPES.has(field.type) && !FORMAT.test(field.name),
          )
          if (!free.length) continue
          tally(
            await expectSafeSave(
              target,
              withValues(
                doc,
                free.map(({ path }) => [path, value]),
              ),
              `${targetPath(target)} free text`,
            ),
          )
        }
      })

      it('in every field with a format (slugs, emails, phones, links, identifiers)', async () => {
        const value = input.value()
        for (const target of targets) {
          const doc = await stored(target)
          for (const { path, field } of leaves(fieldsOf(target), doc)) {
            if (!TEXT_TYPES.has(field.type) || !FORMAT.test(field.name)) continue
            tally(
              await expectSafeSave(
                target,
                withValues(doc, [[path, value]]),
                `${targetPath(target)} ${path.join('.')}`,
              ),
            )
          }
        }
      })
    },
  )

  it.each(wrongTypes.map((input) => [`${input.category}: ${input.name}`, input] as const))(
    'every field of every collection and global, given %s',
    async (_label, input) => {
      const value = input.json ? MARKER : input.value()
      for (const target of targets) {
        const doc = await stored(target)
        const all = leaves(fieldsOf(target), doc)
        tally(
          await expectSafeSave(
            target,
            withValues(
              doc,
              all.map(({ path }) => [path, value]),
            ),
            `${targetPath(target)} all fields`,
            input.json?.(),
          ),
        )
      }
    },
  )

  const richTextTargets = () =>
    targets.flatMap((target) =>
      ['articles', 'pages', 'physicians', 'forms'].includes(target.slug) ? [target] : [],
    )

  it.each(
    [...links, ...xss, ...control, ...unicode].map(
      (input) => [`${input.category}: ${input.name}`, input] as const,
    ),
  )('rich text links, autolinks and text, given %s', async (_label, input) => {
    const value = input.value() as string
    const state = document(paragraph('Read '), {
      type: 'paragraph',
      version: 1,
      format: '',
      indent: 0,
      direction: 'ltr',
      children: [
        {
          type: 'link',
          version: 3,
          format: '',
          indent: 0,
          direction: 'ltr',
          fields: { linkType: 'custom', url: value, newTab: false },
          children: [
            {
              type: 'text',
              version: 1,
              text: value,
              format: 0,
              detail: 0,
              mode: 'normal',
              style: '',
            },
          ],
        },
        {
          type: 'autolink',
          version: 2,
          format: '',
          indent: 0,
          direction: 'ltr',
          fields: { linkType: 'custom', url: value },
          children: [
            {
              type: 'text',
              version: 1,
              text: 'auto',
              format: 0,
              detail: 0,
              mode: 'normal',
              style: '',
            },
          ],
        },
      ],
    } as never)
    for (const target of richTextTargets()) {
      const doc = await stored(target)
      for (const { path, field } of leaves(fieldsOf(target), doc)) {
        if (field.type !== 'richText') continue
        tally(
          await expectSafeSave(
            target,
            withValues(doc, [[path, state]]),
            `${targetPath(target)} ${path.join('.')}`,
          ),
        )
      }
    }
  })

  it('refuses rich text nested 60 levels deep with a message', async () => {
    let node: any = {
      type: 'text',
      version: 1,
      text: 'deep',
      format: 0,
      detail: 0,
      mode: 'normal',
      style: '',
    }
    for (let i = 0; i < 60; i++)
      node = {
        type: 'paragraph',
        version: 1,
        format: '',
        indent: 0,
        direction: 'ltr',
        children: [node],
      }
    const target = targets.find((candidate) => candidate.slug === 'articles')!
    const doc = await stored(target)
    const answer = await send('PATCH', `articles/${ids.articles}?draft=true`, {
      token: ctx.admin.token,
      body: JSON.stringify(withValues(doc, [[['content'], { root: { ...node, type: 'root' } }]])),
    })
    expect(answer.status).toBe(400)
    expect(answer.json.errors[0].data.errors[0]).toEqual({
      path: 'content',
      message: expect.stringContaining('nested more than'),
    })
    expect(await stored(target)).toEqual(doc)
  })
})

describe('raw bodies', () => {
  const endpoints = () => [
    ...targets.map((target) => ({
      label: `${target.kind === 'collection' ? 'PATCH' : 'POST'} ${targetPath(target)}`,
      method: (target.kind === 'collection' ? 'PATCH' : 'POST') as 'PATCH' | 'POST',
      path: targetPath(target),
      token: ctx.admin.token,
    })),
    ...targets
      .filter((target) => target.kind === 'collection')
      .map((target) => ({
        label: `POST ${target.slug}`,
        method: 'POST' as const,
        path: target.slug,
        token: ctx.admin.token,
      })),
    {
      label: 'POST form-submissions (visitor)',
      method: 'POST' as const,
      path: 'form-submissions',
      token: undefined,
    },
    { label: 'POST users/login', method: 'POST' as const, path: 'users/login', token: undefined },
    {
      label: 'POST users/forgot-password',
      method: 'POST' as const,
      path: 'users/forgot-password',
      token: undefined,
    },
    {
      label: 'POST reviews/import',
      method: 'POST' as const,
      path: 'reviews/import',
      token: ctx.admin.token,
    },
    {
      label: 'POST citations/import',
      method: 'POST' as const,
      path: 'citations/import',
      token: ctx.admin.token,
    },
  ]

  it.each(bodies.map((input) => [`${input.category}: ${input.name}`, input] as const))(
    '%s: a 4xx with a message from every write endpoint, nothing stored',
    async (_label, input) => {
      const body = input.body()
      const counts = async () =>
        Promise.all(
          targets.filter((t) => t.kind === 'collection').map((t) => count(ctx.payload, t.slug)),
        )
      const before = await counts()
      const submissions = await count(ctx.payload, 'form-submissions')
      for (const endpoint of endpoints()) {
        const answer = await send(endpoint.method, endpoint.path, {
          token: endpoint.token,
          body,
          contentType: input.contentType ?? 'application/json',
        })
        expectClientAnswer(answer, `${endpoint.label} ${input.name}`)
        if (input.tooLarge) expect([endpoint.label, answer.status]).toEqual([endpoint.label, 413])
      }
      const graphqlAnswer = await sendGraphql(
        typeof body === 'string' ? body : new TextDecoder().decode(body),
      )
      expectClientAnswer(graphqlAnswer, `graphql ${input.name}`)
      expect(await counts()).toEqual(before)
      expect(await count(ctx.payload, 'form-submissions')).toBe(submissions)
      expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    },
  )

  it('says how large a body may be', async () => {
    const answer = await send('POST', 'reviews', {
      token: ctx.admin.token,
      body: JSON.stringify({ body: 'a'.repeat(5 * 1024 * 1024) }),
    })
    expect(answer).toMatchObject({
      status: 413,
      json: { errors: [{ message: expect.stringMatching(/the limit is 4 MB/) }] },
    })
  })
})

describe('public endpoints, anonymously', () => {
  const PUBLIC = [
    'articles',
    'topics',
    'physicians',
    'offices',
    'reviews',
    'pages',
    'media',
    'search',
    'forms',
    'redirects',
    'users',
    'form-submissions',
    'citations',
  ]

  const expectNoLeak = (answer: Answer, label: string) => {
    expectClientAnswer(answer, label)
    expect([label, answer.text.includes(SECRET_DRAFT) && answer.text.slice(0, 400)]).toEqual([
      label,
      false,
    ])
    expect([label, answer.text.includes(SECRET_REVIEW)]).toEqual([label, false])
    // (The captcha challenge has a salt of its own.)
    if (!label.startsWith('challenge'))
      expect([label, /"(hash|salt)"\s*:/.test(answer.text)]).toEqual([label, false])
  }

  const queryCases = queries.map((input) => [`${input.category}: ${input.name}`, input] as const)

  it.each(queryCases)('list queries with %s', async (_label, input) => {
    const query = input.query()
    for (const collection of PUBLIC)
      expectNoLeak(await send('GET', `${collection}?${query}`), `${collection}?${input.name}`)
    expectNoLeak(await send('GET', `forms/challenge?${query}`), `challenge ${input.name}`)
    expectNoLeak(await send('GET', `reviews/summary?${query}`), `summary ${input.name}`)
    expectNoLeak(
      await send('GET', `articles/${ids.articles}?${query}`),
      `article by id ${input.name}`,
    )
    expectNoLeak(await send('GET', `globals/header?${query}`), `header ${input.name}`)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  const challenge = async () => (await send('GET', 'forms/challenge')).json as Challenge

  it.each(valueInputs.map((input) => [`${input.category}: ${input.name}`, input] as const))(
    'GraphQL variables, search and form submissions with %s',
    async (_label, input) => {
      const value = input.json ? MARKER : input.value()
      const variables = JSON.stringify({ q: value, id: value }).replaceAll(
        `"${MARKER}"`,
        () => input.json?.() ?? '',
      )
      for (const query of [
        'query($q: String) { Articles(where: { title: { like: $q } }) { docs { title _status } } }',
        'query($q: String) { Searches(where: { searchText: { like: $q } }) { docs { title } } }',
        'query($q: String) { Reviews(where: { body: { contains: $q } }) { docs { body status } } }',
        'query($id: Int) { Article(id: $id) { title } }',
        'mutation($q: String) { createReview(data: { reviewerName: $q, body: $q, rating: 5 }) { id } }',
      ]) {
        const answer = await sendGraphql(
          `{"query": ${JSON.stringify(query)}, "variables": ${variables}}`,
        )
        expectNoLeak(answer, `graphql ${query.slice(0, 30)} ${input.name}`)
      }
      const search =
        typeof value === 'string'
          ? encodeURIComponent(value.slice(0, 5000).toWellFormed())
          : encodeURIComponent(JSON.stringify(value)?.slice(0, 5000) ?? '')
      expectNoLeak(
        await send('GET', `search?where[searchText][like]=${search}`),
        `search ${input.name}`,
      )

      const before = await count(ctx.payload, 'form-submissions')
      for (const body of [
        {
          form: ids.forms,
          submissionData: [
            { field: 'email', value },
            { field: 'message', value },
          ],
        },
        { form: value, submissionData: [{ field: 'email', value: 'a@mail.test' }] },
        { form: ids.forms, submissionData: value },
        { form: ids.forms, submissionData: [{ field: value, value: 'x' }] },
      ]) {
        // A solved captcha, so a refusal is about the value, not the missing proof of work.
        const altcha = await solve(await challenge())
        const answer = await send('POST', 'form-submissions', {
          body: JSON.stringify({ ...body, altcha }),
        })
        expectClientAnswer(answer, `form submission ${input.name}`)
        expect(answer.status).toBeGreaterThanOrEqual(400)
        expect(JSON.stringify(answer.json)).not.toMatch(/altcha|captcha|spam check/i)
      }
      expect(await count(ctx.payload, 'form-submissions')).toBe(before)
    },
  )

  it.each(
    [...xss, ...control, ...unicode].map(
      (input) => [`${input.category}: ${input.name}`, input] as const,
    ),
  )(
    'a solved submission with %s is refused with a message or stored harmlessly',
    async (_label, input) => {
      const value = input.value() as string
      const before = await count(ctx.payload, 'form-submissions')
      const answer = await send('POST', 'form-submissions', {
        body: JSON.stringify({
          form: ids.forms,
          submissionData: [
            { field: 'email', value: 'patient@mail.test' },
            { field: 'message', value },
          ],
          altcha: await solve(await challenge()),
        }),
      })
      expectClientAnswer(answer, `submission ${input.name}`)
      const after = await count(ctx.payload, 'form-submissions')
      if (answer.status >= 400) expect(after).toBe(before)
      else {
        expect(after).toBe(before + 1)
        const saved = await ctx.payload.findByID({
          collection: 'form-submissions',
          id: answer.json.doc.id,
        })
        expect(harmIn(saved)).toBeUndefined()
      }
    },
  )
})

describe('uploads', () => {
  const upload = async (data: Uint8Array | string, name: string, type: string) => {
    const form = new FormData()
    form.append('file', new Blob([data as BlobPart], { type }), name)
    form.append('_payload', JSON.stringify({ alt: 'Upload test' }))
    const request = new Request(new URL('/api/media', ORIGIN), {
      method: 'POST',
      headers: { authorization: `JWT ${ctx.admin.token}` },
      body: form,
    })
    return read(
      await routes.POST(ctx.config)(request, { params: Promise.resolve({ slug: ['media'] }) }),
    )
  }
  const png = async () => new Uint8Array((await pngFile()).data)

  it.each<[string, () => string | Uint8Array | Promise<Uint8Array>, string, string]>([
    [
      'an SVG image',
      () => '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>',
      'x.svg',
      'image/svg+xml',
    ],
    [
      'an SVG named .png',
      () => '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
      'x.png',
      'image/png',
    ],
    ['HTML named .png', () => '<html><script>alert(1)</script></html>', 'x.png', 'image/png'],
    [
      'a PNG header followed by HTML (polyglot)',
      async () =>
        new Uint8Array([
          ...(await png()).slice(0, 16),
          ...new TextEncoder().encode('<script>alert(1)</script>'),
        ]),
      'x.png',
      'image/png',
    ],
    ['a text file', () => 'hello', 'notes.txt', 'text/plain'],
    ['an empty file', () => '', 'empty.png', 'image/png'],
  ])('refuses %s with a message and stores nothing', async (_label, data, name, type) => {
    const before = await count(ctx.payload, 'media')
    const answer = await upload(await data(), name, type)
    expectClientAnswer(answer, name)
    expect(answer.status).toBeGreaterThanOrEqual(400)
    expect(await count(ctx.payload, 'media')).toBe(before)
  })

  it('accepts a PNG named .jpg as the PNG it is', async () => {
    const answer = await upload(await png(), 'renamed.jpg', 'image/jpeg')
    expect(answer.status).toBe(201)
    expect(answer.json.doc.mimeType).toBe('image/png')
  })

  it('refuses an image over 10 MB with 413 and the limit', async () => {
    const big = new Uint8Array(12 * 1024 * 1024)
    big.set(await png())
    const before = await count(ctx.payload, 'media')
    const answer = await upload(big, 'big.png', 'image/png')
    expect(answer.status).toBe(413)
    expect(answer.json.errors[0].message).toMatch(/at most 10 MB/)
    expect(await count(ctx.payload, 'media')).toBe(before)
  })
})
