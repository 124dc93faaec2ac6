import { setTimeout as sleep } from 'node:timers/promises'

import { closeSharedRedis, readyWithin } from '@/redis/connection'
import { createRedisLock, RedisLockError, whileHoldingRedisLock } from '@/redis/lock'
import { oneInstanceAtATime, START_UP_KEY } from '@/startup/oneAtATime'

import { redisConnections, type RedisServer, startRedis } from './helpers/redis'

/**
 * Issue 20: replicas started together on one database start Payload one at a time, so an empty
 * database is seeded once and a migration runs once. Each "instance" below has its own connection
 * to a real Redis, as separate processes would.
 */

let redis: RedisServer
const connections = redisConnections(() => redis)
const connection = connections.open

/** Start-up work that records when it ran, and seeds only an empty "database". */
const database = { seeded: 0, running: 0, overlapped: false }
const startPayload = (ms: number) => async () => {
  database.running++
  if (database.running > 1) database.overlapped = true
  await sleep(ms)
  if (database.seeded === 0) database.seeded++
  database.running--
}

beforeAll(async () => {
  redis = await startRedis()
})

beforeEach(async () => {
  await (await connection()).del(START_UP_KEY, 'clinic:test-lock')
  Object.assign(database, { seeded: 0, running: 0, overlapped: false })
})

afterAll(async () => {
  await connections.closeAll()
  closeSharedRedis()
  await redis.stop()
})

it('starts three replicas one at a time, so the empty database is seeded once', async () => {
  let waited = 0
  const options = { key: START_UP_KEY, ttlMs: 5_000, pollMs: 20, onWait: () => waited++ }
  await Promise.all(
    [1, 2, 3].map(async () =>
      whileHoldingRedisLock(await connection(), options, startPayload(150)),
    ),
  )
  expect(database).toEqual({ seeded: 1, running: 0, overlapped: false })
  expect(waited).toBe(2)
  // Nobody holds it afterwards: a later restart does not wait.
  expect(await (await connection()).exists(START_UP_KEY)).toBe(0)
})

it('keeps the lock through work longer than its expiry, by renewing it', async () => {
  const options = { key: 'clinic:test-lock', ttlMs: 300, pollMs: 20 }
  const slow = whileHoldingRedisLock(await connection(), options, startPayload(1_200))
  await sleep(50)
  const next = whileHoldingRedisLock(await connection(), options, startPayload(10))
  await Promise.all([slow, next])
  expect(database.overlapped).toBe(false)
})

it('gives the lock up when the work fails, and passes the failure on', async () => {
  const options = { key: 'clinic:test-lock', ttlMs: 5_000, pollMs: 20 }
  await expect(
    whileHoldingRedisLock(await connection(), options, async () => {
      throw new Error('migration failed')
    }),
  ).rejects.toThrow('migration failed')
  expect(await (await connection()).exists('clinic:test-lock')).toBe(0)
})

it('goes on once an instance that crashed while starting has let its lock expire', async () => {
  const ttlMs = 300
  const crashed = createRedisLock(await connection(), { key: 'clinic:test-lock', ttlMs })
  expect(await crashed.acquire()).toBe('taken')
  let waited = false
  await whileHoldingRedisLock(
    await connection(),
    { key: 'clinic:test-lock', ttlMs, pollMs: 20, onWait: () => (waited = true) },
    startPayload(10),
  )
  expect(waited).toBe(true)
  expect(database.seeded).toBe(1)
})

it('refuses to start, without running anything, when Redis stops answering while it waits', async () => {
  const other = createRedisLock(await connection(), { key: 'clinic:test-lock', ttlMs: 60_000 })
  expect(await other.acquire()).toBe('taken')
  const waiting = whileHoldingRedisLock(
    await connection(),
    { key: 'clinic:test-lock', ttlMs: 60_000, pollMs: 20 },
    startPayload(10),
  )
  await sleep(100)
  await redis.stop()
  await expect(waiting).rejects.toThrow(RedisLockError)
  await expect(waiting).rejects.toThrow(/could not take the lock clinic:test-lock/)
  expect(database.seeded).toBe(0)
  await redis.start()
})

describe('oneInstanceAtATime, around Payload’s start', () => {
  it('runs the start at once in the one process without REDIS_URL', async () => {
    await oneInstanceAtATime(startPayload(10), {})
    expect(database.seeded).toBe(1)
  })

  it('takes and gives up the start-up lock with REDIS_URL, on a connection still being made', async () => {
    closeSharedRedis()
    const holder = await connection()
    let heldDuringStart = ''
    await oneInstanceAtATime(
      async () => void (heldDuringStart = (await holder.get(START_UP_KEY)) ?? ''),
      { REDIS_URL: redis.url },
    )
    expect(heldDuringStart).toMatch(/:\d+:/)
    expect(await holder.exists(START_UP_KEY)).toBe(0)
  })
})

it('waits for a connection that meets Redis restarting, rather than failing on the refused attempt', async () => {
  await redis.stop()
  const client = connections.connect()
  // Connecting now: the first attempt is refused (an 'error'); ioredis tries again by itself.
  expect(client.status).toBe('connecting')
  const waiting = readyWithin(client, 20_000)
  await sleep(300)
  await redis.start()
  await waiting
  expect(client.status).toBe('ready')
})
