import { mkdir, mkdtemp, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import type { Redis } from 'ioredis'

import { redisConnections, type RedisServer, startRedis } from './helpers/redis'

/**
 * Issue 20: with REDIS_URL, the cache handler Next loads (src/cache/nextCacheHandler.mjs) keeps
 * pages and data in a real Redis, with the CSP hashing of stored pages, and keeps serving from
 * memory while Redis is away. Next creates a handler per request; each `handler()` below is one.
 * Across processes it is the several-instances e2e suite that proves it.
 */

type Entry = { value: { kind: string; html: string; headers: Record<string, string> } } | null
type Handler = {
  get: (key: string, ctx?: { softTags: string[] }) => Promise<Entry>
  set: (key: string, data: unknown, ctx: unknown) => Promise<void>
  revalidateTag: (tags: string | string[]) => Promise<void>
}

let redis: RedisServer
const connections = redisConnections(() => redis)
/** The test's own look into Redis (it reconnects by itself after the outage). */
let probe: Redis
let Handler: new (context: unknown) => Handler
let closeSharedCache: () => void

/** The build the handlers belong to, as Next reads it from `.next/BUILD_ID`. */
const BUILD = 'test-build'
let distDir: string
const handler = () => new Handler({ serverDistDir: path.join(distDir, 'server'), dev: false })
const key = (pathname: string) => `clinic:next:${BUILD}:${pathname}`

/** A stored page as Next hands it over: its tags travel in a header. */
const page = (text: string, tags: string[]) => ({
  kind: 'APP_PAGE',
  html: `<!DOCTYPE html><html><body><p>${text}</p><script>self.page=${JSON.stringify(text)}</script></body></html>`,
  rscData: Buffer.from(`rsc for ${text}`),
  headers: { 'x-next-cache-tags': tags.join(',') },
  status: 200,
  postponed: undefined,
  segmentData: undefined,
})
const CTX = { cacheControl: { revalidate: false, expire: undefined }, isFallback: false }

/** Asks `check` every 100 ms until it holds; fails after 15 s. */
const until = async (check: () => Promise<boolean>) => {
  const deadline = Date.now() + 15_000
  while (!(await check().catch(() => false))) {
    if (Date.now() > deadline) throw new Error('still not true after 15 s')
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

const redisKeys = (pattern = 'clinic:next:*') => probe.keys(pattern)

beforeAll(async () => {
  distDir = path.join(await mkdtemp(path.join(os.tmpdir(), 'clinic-cache-')), '.next')
  await mkdir(distDir)
  await writeFile(path.join(distDir, 'BUILD_ID'), BUILD)
  redis = await startRedis()
  probe = await connections.open()
  process.env.REDIS_URL = redis.url
  Handler = (await import('@/cache/nextCacheHandler.mjs')).default as unknown as typeof Handler
  ;({ closeSharedCache } = await import('../../src/cache/redisCacheHandler.mjs'))
})

afterAll(async () => {
  await connections.closeAll()
  closeSharedCache()
  const { closeSharedRedis } = await import('@/redis/connection')
  closeSharedRedis()
  delete process.env.REDIS_URL
  await redis.stop()
})

it('stores a page in Redis, served to a later handler with its script hashes in the policy', async () => {
  // The first handler opens the connection; until it is ready pages are kept in memory only.
  await until(async () => {
    await handler().set('/articles/knee', page('Knee pain', ['site', 'article:1']), CTX)
    return (await redisKeys()).includes(key('/articles/knee'))
  })
  const entry = await handler().get('/articles/knee', { softTags: [] })
  expect(entry?.value.html).toContain('Knee pain')
  expect(entry?.value.headers['content-security-policy']).toMatch(/script-src[^;]*'sha256-[^']+'/)
})

it('expires the pages under a tag and keeps the others', async () => {
  await handler().set('/articles/hip', page('Hip pain', ['site', 'article:2']), CTX)
  await handler().revalidateTag(['article:1'])
  expect(await handler().get('/articles/knee', { softTags: [] })).toBeNull()
  expect((await handler().get('/articles/hip', { softTags: [] }))?.value.html).toContain('Hip')
})

it('is expired from outside Next too (the job runner, commands)', async () => {
  const { expireInSharedCache } = await import('@/cache/sharedExpiry')
  await expireInSharedCache(['article:2'], BUILD)
  expect(await handler().get('/articles/hip', { softTags: [] })).toBeNull()
  expect(await redisKeys()).not.toContain(key('/articles/hip'))
})

it('serves from memory while Redis is away, and stores in Redis again once it is back', async () => {
  await handler().set('/offices', page('Offices', ['site', 'offices']), CTX)
  await redis.stop()
  // Stored before the outage, still served; stored during it, served from memory.
  expect((await handler().get('/offices', { softTags: [] }))?.value.html).toContain('Offices')
  await handler().set('/reviews', page('Reviews', ['site', 'reviews']), CTX)
  expect((await handler().get('/reviews', { softTags: [] }))?.value.html).toContain('Reviews')
  await redis.start()
  // The connection comes back by itself, a second apart at most.
  await until(async () => {
    await handler().set('/contact', page('Contact', ['site', 'contact']), CTX)
    return (await redisKeys()).includes(key('/contact'))
  })
})

it('expires everything once after a lost connection: edits meanwhile could not reach Redis', async () => {
  await handler().set('/faq', page('Questions', ['site', 'faq']), CTX)
  expect(await redisKeys()).toContain(key('/faq'))
  // The server drops the handler's connection (a network blip); the data itself stays.
  await probe.client('KILL', 'TYPE', 'normal', 'SKIPME', 'yes')
  await until(async () => !(await redisKeys()).includes(key('/faq')))
  expect(await handler().get('/faq', { softTags: [] })).toBeNull()
})

it('frees the entries of earlier builds at start-up, and keeps this build’s', async () => {
  await handler().set('/topics', page('Topics', ['site', 'topics']), CTX)
  await probe.set('clinic:next:old-build:/topics', 'an old page')
  await probe.set('clinic:job-runner', 'not the cache')
  const { removeOtherBuilds } = await import('@/cache/sharedExpiry')
  expect(await removeOtherBuilds(BUILD)).toBe(1)
  expect(await probe.exists('clinic:next:old-build:/topics', 'clinic:job-runner')).toBe(1)
  expect(await redisKeys()).toContain(key('/topics'))
})
