import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { type APIRequestContext, expect, request as apiRequest, test } from '@playwright/test'

import { document, paragraph, text } from '../../src/seed/lexical'
import { freePort, type RedisServer, startRedis } from '../int/helpers/redis'
import { type S3Server, startS3 } from '../int/helpers/s3'
import { type Instance, startInstance } from './cluster/instances'
import {
  nextSchedulableTime,
  openAdmin,
  postFrom,
  scheduleToPublish,
  SITE_ZONE,
  solvedCaptcha,
} from './helpers'

/**
 * Issue 20: two app instances of this build on one database, sharing a real Redis (Next's cache,
 * the form limit, the job runner, start-up) and an S3-compatible bucket (uploads), as replicas
 * behind a proxy would. Whatever staff do on one instance, visitors of the other see at once.
 */

test.describe.configure({ mode: 'serial' })

const SECRET = 'cluster-only-secret-8d2f0c6e41b97a35'
const ADMIN = { email: 'cluster-admin@example.com', password: 'Two replicas, one limit 42' }

let redis: RedisServer
let s3: S3Server
let dataDir: string
let a: Instance
let b: Instance
/** The REST API of each instance, signed in as the admin (a JWT, as another service would). */
let apiA: APIRequestContext
let apiB: APIRequestContext

const mediaDir = (name: string) => path.join(dataDir, `media-${name}`)

test.beforeAll(async () => {
  test.setTimeout(300_000)
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'clinic-cluster-'))
  ;[redis, s3] = await Promise.all([startRedis(), startS3()])
  const [portA, portB] = [await freePort(), await freePort()]
  const shared = {
    DATABASE_URI: `file:${dataDir}/cluster.db`,
    PAYLOAD_SECRET: SECRET,
    // Replicas share one public address; the proxy in front is left out here.
    NEXT_PUBLIC_SERVER_URL: `http://localhost:${portA}`,
    REDIS_URL: redis.url,
    ...s3.env,
    // Each instance asks every second whether it runs the job queue.
    JOBS_CRON: '* * * * * *',
    ALTCHA_MAX_NUMBER: '10000',
    NCBI_EUTILS_URL: 'http://127.0.0.1:9/eutils',
    CROSSREF_API_URL: 'http://127.0.0.1:9/crossref',
    NEXT_TELEMETRY_DISABLED: '1',
    // Both may seed: the start-up lock lets only the first seed the empty database.
    SEED: 'true',
  }
  const own = (name: string) => ({
    MEDIA_DIR: mediaDir(name),
    EXPORTS_DIR: path.join(dataDir, `exports-${name}`),
    IMPORTS_DIR: path.join(dataDir, `imports-${name}`),
  })
  // Started together, as `docker compose up --scale app=2` does.
  ;[a, b] = await Promise.all([
    startInstance('A', portA, { ...shared, ...own('a') }),
    startInstance('B', portB, { ...shared, ...own('b') }),
  ])
  const first = await fetch(`${a.url}/api/users/first-register`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ ...ADMIN, name: 'Cluster admin', roles: ['admin'] }),
  })
  expect(first.status, await first.clone().text()).toBe(200)
  const { token } = (await first.json()) as { token: string }
  const signedIn = (baseURL: string) =>
    apiRequest.newContext({ baseURL, extraHTTPHeaders: { Authorization: `JWT ${token}` } })
  ;[apiA, apiB] = await Promise.all([signedIn(a.url), signedIn(b.url)])
})

test.afterAll(async () => {
  await Promise.all([apiA?.dispose(), apiB?.dispose()])
  await Promise.all([a?.stop(), b?.stop()])
  await Promise.all([redis?.stop(), s3?.stop()])
  if (dataDir) await rm(dataDir, { recursive: true, force: true })
})

type Article = { id: number; slug: string; title: string }

/** The id of the first document of a demo collection (the seeded physician, a topic). */
const firstId = async (collection: string, api = apiA) =>
  (await (await api.get(`/api/${collection}`, { params: { limit: '1', depth: '0' } })).json())
    .docs[0].id as number

/** An article written for one test through `api`, published unless `draft`. */
const newArticle = async (
  title: string,
  {
    api = apiA,
    draft = false,
    heroImage,
  }: { api?: APIRequestContext; draft?: boolean; heroImage?: number } = {},
): Promise<Article> => {
  const created = await api.post(`/api/articles${draft ? '?draft=true' : ''}`, {
    data: {
      title,
      author: await firstId('physicians', api),
      topics: [await firstId('topics', api)],
      excerpt: `${title}: written by the several-instances suite.`,
      content: document(paragraph(text(`${title}, as the suite wrote it.`))),
      _status: draft ? 'draft' : 'published',
      ...(heroImage ? { heroImage } : {}),
    },
  })
  expect(created.status(), await created.text()).toBe(201)
  return (await created.json()).doc
}

/**
 * Reads a page until an answer comes from the cache. Next stores a rendered page after sending
 * it, and with Redis that store is a network write: the very next request can come before it.
 */
const cachedPage = async (instance: Instance, pathname: string) => {
  await expect
    .poll(async () => {
      const response = await fetch(`${instance.url}${pathname}`)
      return `${response.status} ${response.headers.get('x-nextjs-cache')}`
    })
    .toBe('200 HIT')
}

const pageText = async (instance: Instance, pathname: string) => {
  const response = await fetch(`${instance.url}${pathname}`)
  return { status: response.status, html: await response.text() }
}

test('replicas started together seed the empty database once', async () => {
  const logs = [a.output(), b.output()]
  // Whichever took the start-up lock first seeded; the other found the clinic there.
  expect(logs.filter((log) => log.includes('Demo clinic ready')).length).toBe(1)
  const count = async (api: APIRequestContext) =>
    (await (await api.get('/api/articles', { params: { limit: '0', depth: '0' } })).json())
      .totalDocs
  expect(await count(apiA)).toBeGreaterThan(0)
  expect(await count(apiB)).toBe(await count(apiA))
})

test('an edit saved on one instance is what the other serves on its next request', async () => {
  const article = await newArticle('Edited on one instance')
  const pathname = `/articles/${article.slug}`
  await cachedPage(b, pathname)
  const title = `${article.title} (revised on A)`
  const saved = await apiA.patch(`/api/articles/${article.id}`, { data: { title } })
  expect(saved.status(), await saved.text()).toBe(200)
  // No waiting: B's very next request.
  expect((await pageText(b, pathname)).html).toContain(title)
  // And the listing B had cached too.
  expect((await pageText(b, '/articles')).html).toContain(title)
})

test('an article unpublished on one instance is gone from the other at once', async () => {
  const article = await newArticle('Unpublished on one instance')
  const pathname = `/articles/${article.slug}`
  await cachedPage(b, pathname)
  expect((await pageText(b, '/articles')).html).toContain(`href="${pathname}"`)
  const saved = await apiA.patch(`/api/articles/${article.id}`, { data: { _status: 'draft' } })
  expect(saved.status(), await saved.text()).toBe(200)
  expect((await pageText(b, pathname)).status).toBe(404)
  expect((await pageText(b, '/articles')).html).not.toContain(`href="${pathname}"`)
})

test('a review approved on one instance shows on the other', async () => {
  const created = await apiB.post('/api/reviews', {
    data: {
      reviewerName: 'Cluster Patient',
      rating: 5,
      body: 'Seen by every instance after approval.',
      source: 'website',
      reviewedAt: new Date().toISOString(),
    },
  })
  expect(created.status(), await created.text()).toBe(201)
  const { doc } = await created.json()
  // /reviews renders per request from cached reads: those are what A keeps in Redis.
  for (let i = 0; i < 2; i += 1)
    expect((await pageText(a, '/reviews')).html).not.toContain('Seen by every instance')
  const approved = await apiB.patch(`/api/reviews/${doc.id}`, { data: { status: 'approved' } })
  expect(approved.status(), await approved.text()).toBe(200)
  expect((await pageText(a, '/reviews')).html).toContain('Seen by every instance after approval.')
})

test('a scheduled article is published once, by whichever instance runs the queue', async ({
  browser,
}) => {
  test.setTimeout(180_000)
  const title = 'Written on B, scheduled on A'
  const doc = await newArticle(title, { api: apiB, draft: true })

  // The editor schedules it in A's admin; both instances ask every second whether to run jobs.
  const adminURL = a.url.replace('127.0.0.1', 'localhost')
  // The config's Origin header names the suite's main server; Chromium refuses the page's module
  // and style requests when it disagrees with the page, so this context says A's.
  const context = await browser.newContext({
    baseURL: adminURL,
    timezoneId: SITE_ZONE,
    extraHTTPHeaders: { Origin: adminURL },
  })
  const login = await context.request.post('/api/users/login', { data: ADMIN })
  expect(login.status()).toBe(200)
  const page = await context.newPage()
  await openAdmin(page, `/admin/collections/articles/${doc.id}`)
  const publishAt = nextSchedulableTime()
  await scheduleToPublish(page, title, publishAt)
  await context.close()

  await expect
    .poll(async () => (await pageText(b, `/articles/${doc.slug}`)).status, {
      timeout: publishAt.getTime() - Date.now() + 20_000,
      intervals: [1_000],
    })
    .toBe(200)
  expect((await pageText(a, `/articles/${doc.slug}`)).html).toContain(title)
  // Published once: a second run of the job would have saved a second published version.
  const versions = await apiA.get('/api/articles/versions', {
    params: {
      'where[parent][equals]': String(doc.id),
      'where[version._status][equals]': 'published',
      depth: '0',
    },
  })
  expect((await versions.json()).totalDocs).toBe(1)
})

test('an image uploaded through one instance is served by the other, sizes and the image shared on social sites included', async () => {
  const file = await readFile('tests/fixtures/wordpress/uploads/2017/03/knee-xray.jpg')
  const uploaded = await apiA.post('/api/media', {
    multipart: {
      file: { name: 'cluster-knee.jpg', mimeType: 'image/jpeg', buffer: file },
      _payload: JSON.stringify({ alt: 'A knee X-ray uploaded on instance A' }),
    },
  })
  expect(uploaded.status(), await uploaded.text()).toBe(201)
  const { doc } = await uploaded.json()
  // Addresses are made absolute against the public address the replicas share; ask B for them.
  const onB = (url: string) => `${b.url}${new URL(url, b.url).pathname}`
  const original = await fetch(onB(doc.url))
  expect(original.status).toBe(200)
  expect(original.headers.get('content-type')).toBe('image/jpeg')
  expect(Buffer.from(await original.arrayBuffer()).equals(file)).toBe(true)
  const sizes = Object.values(doc.sizes as Record<string, { url: string | null }>)
    .map((size) => size.url)
    .filter((url): url is string => Boolean(url))
  expect(sizes.length).toBeGreaterThan(0)
  for (const url of sizes) expect((await fetch(onB(url))).status, url).toBe(200)
  // Next's image optimizer on B fetches the original through B.
  const optimized = await fetch(
    `${b.url}/_next/image?url=${encodeURIComponent(new URL(doc.url, b.url).pathname)}&w=640&q=75`,
  )
  expect(optimized.status).toBe(200)
  // Neither instance kept the file on its own disk: it is in the bucket.
  const onDisk = async (name: string) => (await readdir(mediaDir(name)).catch(() => [])).length
  expect(await onDisk('a')).toBe(0)
  expect(await onDisk('b')).toBe(0)

  // Shared on social sites: an article with it as main image, published on A, read on B.
  const article = await newArticle('Shared with its image', { heroImage: doc.id })
  const { html } = await pageText(b, `/articles/${article.slug}`)
  const ogImage = html.match(/<meta property="og:image" content="([^"]+)"/)?.[1]
  expect(ogImage, 'og:image on B').toBeTruthy()
  const shared = await fetch(onB(ogImage!.replaceAll('&amp;', '&')))
  expect(shared.status, ogImage).toBe(200)
  expect(shared.headers.get('content-type')).toMatch(/^image\//)
  // And the generated card of an article without one.
  const card = await fetch(`${b.url}/og/articles/${(await newArticle('Shared as a card')).slug}`)
  expect(card.status).toBe(200)
  expect(card.headers.get('content-type')).toBe('image/png')
})

test('one visitor gets one form limit, whichever instance answers', async () => {
  const form = (
    (await (await apiA.get('/api/forms', { params: { depth: '0' } })).json()).docs as {
      id: number
    }[]
  )[0].id
  const attempt = (instance: Instance, from: string) =>
    postFrom(
      from,
      '/api/form-submissions',
      { form, submissionData: [{ field: 'firstName', value: 'Bot' }] },
      {},
      { port: Number(new URL(instance.url).port), origin: instance.url },
    )
  const statuses: number[] = []
  // Five allowed (DEFAULT_RATE_LIMIT), alternating instances, then refused by both.
  for (let i = 0; i < 7; i += 1) statuses.push((await attempt(i % 2 ? b : a, '127.0.6.1')).status)
  expect(statuses).toEqual([400, 400, 400, 400, 400, 429, 429])
  // Another visitor still gets through, and a solved captcha is accepted by the other instance.
  const altcha = await solvedCaptcha(apiA)
  const other = await postFrom(
    '127.0.6.2',
    '/api/form-submissions',
    {
      form,
      altcha,
      submissionData: [
        { field: 'firstName', value: 'Real' },
        { field: 'lastName', value: 'Patient' },
        { field: 'email', value: 'patient@example.com' },
        { field: 'symptoms', value: 'Challenge from A, answer to B.' },
        { field: 'consent', value: 'true' },
      ],
    },
    {},
    { port: Number(new URL(b.url).port), origin: b.url },
  )
  expect(other.status).toBe(201)
})

test('while Redis is away both instances keep serving, and share again once it is back', async () => {
  const article = await newArticle('Read while Redis is away')
  const pathname = `/articles/${article.slug}`
  await cachedPage(a, pathname)
  await cachedPage(b, pathname)
  await redis.stop()
  for (const instance of [a, b])
    for (const page of ['/', pathname, '/offices', '/reviews'])
      expect((await pageText(instance, page)).status, `${instance.name} ${page}`).toBe(200)
  await redis.start()
  // Each instance reconnects by itself (a second apart at most); then edits are shared again.
  const title = `${article.title} (after the outage)`
  await expect
    .poll(async () => {
      await apiA.patch(`/api/articles/${article.id}`, { data: { title } })
      return (await pageText(b, pathname)).html.includes(title)
    })
    .toBe(true)
})

test('with one instance killed, the other serves and saves on its own', async () => {
  await a.kill()
  for (const page of ['/', '/articles', '/offices'])
    expect((await pageText(b, page)).status, page).toBe(200)
  const article = await newArticle('Saved on B alone', { api: apiB })
  const title = `${article.title} (saved on B alone)`
  const saved = await apiB.patch(`/api/articles/${article.id}`, { data: { title } })
  expect(saved.status(), await saved.text()).toBe(200)
  expect((await pageText(b, `/articles/${article.slug}`)).html).toContain(title)
})
