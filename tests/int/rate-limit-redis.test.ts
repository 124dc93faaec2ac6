import type { Redis } from 'ioredis'

import { checkRedis, closeSharedRedis, connectRedis } from '@/redis/connection'
import { createFormRateLimiter, formRateLimiter } from '@/forms/rateLimit'

import { type RedisServer, startRedis, untilReady } from './helpers/redis'

/**
 * Issue 20: with REDIS_URL, the form limit is one count for every instance. Two limiters with
 * their own connections play two app instances; the Redis is a real one on loopback, stopped and
 * started again mid-test.
 */

const settings = { points: 5, durationSeconds: 600 }
let redis: RedisServer
const clients: Redis[] = []

const instance = () => {
  const client = connectRedis(redis.url)
  clients.push(client)
  return { client, limiter: createFormRateLimiter(settings, client) }
}

beforeAll(async () => {
  redis = await startRedis()
})

afterAll(async () => {
  await Promise.all(clients.map((client) => client.quit().catch(() => client.disconnect())))
  closeSharedRedis()
  await redis.stop()
})

it('limits one address as one visitor across two instances', async () => {
  const a = instance()
  const b = instance()
  await Promise.all([untilReady(a.client), untilReady(b.client)])
  const address = '203.0.113.10'
  const results = []
  // Six submissions split over both instances: five pass, the sixth is refused.
  for (const { limiter } of [a, b, a, b, a, b]) results.push(await limiter.consume(address))
  expect(results.slice(0, 5).every((result) => result.allowed)).toBe(true)
  expect(results[5]).toMatchObject({ allowed: false })
  expect((results[5] as { retryAfterSeconds: number }).retryAfterSeconds).toBeGreaterThan(590)
  // Another visitor is not affected, on either instance.
  expect(await b.limiter.consume('203.0.113.11')).toEqual({ allowed: true })
})

it('gives back a use on one instance that the other then sees', async () => {
  const a = instance()
  const b = instance()
  await Promise.all([untilReady(a.client), untilReady(b.client)])
  const address = '203.0.113.20'
  for (let i = 0; i < 5; i++) expect(await a.limiter.consume(address)).toEqual({ allowed: true })
  // The fifth submission failed through no fault of the visitor (an outage): its use comes back.
  await b.limiter.refund(address)
  expect(await a.limiter.consume(address)).toEqual({ allowed: true })
  expect(await b.limiter.consume(address)).toMatchObject({ allowed: false })
})

it('keeps limiting in each instance while Redis is away, and shares the count again after', async () => {
  const a = instance()
  const b = instance()
  await Promise.all([untilReady(a.client), untilReady(b.client)])
  await redis.stop()
  // Each instance now counts on its own: never an error, and never unlimited.
  const address = '203.0.113.30'
  const during = []
  for (let i = 0; i < 6; i++) during.push(await a.limiter.consume(address))
  expect(during.slice(0, 5).every((result) => result.allowed)).toBe(true)
  expect(during[5]).toMatchObject({ allowed: false })

  await redis.start()
  await Promise.all([untilReady(a.client), untilReady(b.client)])
  // Back on the shared count (the restarted Redis kept nothing): five in all across both.
  const after = []
  for (const { limiter } of [a, b, a, b, a, b]) after.push(await limiter.consume('203.0.113.31'))
  expect(after.slice(0, 5).every((result) => result.allowed)).toBe(true)
  expect(after[5]).toMatchObject({ allowed: false })
})

it('uses Redis for the process-wide limiter when REDIS_URL is set', async () => {
  const env = { REDIS_URL: redis.url, FORMS_RATE_LIMIT: '2' }
  const limiter = formRateLimiter(env)
  const other = instance()
  await untilReady(other.client)
  const twoPerWindow = createFormRateLimiter({ points: 2, durationSeconds: 600 }, other.client)
  const address = '203.0.113.40'
  // The shared client connects on first use; the first command may meet it still connecting.
  await limiter.consume('203.0.113.41')
  expect(await twoPerWindow.consume(address)).toEqual({ allowed: true })
  expect(await twoPerWindow.consume(address)).toEqual({ allowed: true })
  expect(await limiter.consume(address)).toMatchObject({ allowed: false })
})

describe('checkRedis, at start-up', () => {
  it('passes for a Redis that answers', async () => {
    await expect(checkRedis(redis.url)).resolves.toBeUndefined()
  })

  it('names REDIS_URL, without its password, when nothing answers', async () => {
    const closed = `redis://:hunter2-secret@127.0.0.1:1`
    await expect(checkRedis(closed)).rejects.toThrow(
      /^REDIS_URL: could not reach Redis at redis:\/\/127\.0\.0\.1:1 \(.*ECONNREFUSED.*\)\.$/,
    )
    await expect(checkRedis(closed)).rejects.not.toThrow(/hunter2/)
  })
})
