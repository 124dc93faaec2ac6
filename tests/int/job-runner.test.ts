import type { Payload } from 'payload'

import { shouldRunJobs } from '@/jobs/shouldRunJobs'
import { closeSharedRedis } from '@/redis/connection'
import { createJobRunnerLock, JOB_RUNNER_KEY } from '@/redis/jobRunnerLock'

import { redisConnections, type RedisServer, startRedis } from './helpers/redis'

/**
 * Issue 20: with several instances on one database, exactly one runs the job queue (scheduled
 * publishing). Each lock below has its own connection, as each instance would, to a real Redis.
 */

let redis: RedisServer
const connections = redisConnections(() => redis)
const connection = connections.open

const logged: string[] = []
const payload = {
  logger: {
    info: (msg: string) => logged.push(`info: ${msg}`),
    warn: ({ msg }: { msg: string }) => logged.push(`warn: ${msg}`),
  },
} as unknown as Payload

beforeAll(async () => {
  redis = await startRedis()
})

beforeEach(async () => {
  const client = await connection()
  await client.del(JOB_RUNNER_KEY)
  logged.length = 0
})

afterAll(async () => {
  await connections.closeAll()
  closeSharedRedis()
  await redis.stop()
})

it('lets exactly one of several instances take the queue, and keeps it with that one', async () => {
  const locks = await Promise.all(
    [1, 2, 3, 4, 5].map(async () => createJobRunnerLock(await connection())),
  )
  const first = await Promise.all(locks.map((lock) => lock.acquire()))
  expect(first.filter((result) => result === 'taken')).toHaveLength(1)
  expect(first.filter((result) => result === 'held')).toHaveLength(4)
  const runner = locks[first.indexOf('taken')]
  // Next tick: the runner renews, the others still find it held.
  const second = await Promise.all(locks.map((lock) => lock.acquire()))
  expect(second[locks.indexOf(runner)]).toBe('renewed')
  expect(second.filter((result) => result === 'held')).toHaveLength(4)
})

it('passes the queue on when the runner gives it up', async () => {
  const a = createJobRunnerLock(await connection())
  const b = createJobRunnerLock(await connection())
  expect(await a.acquire()).toBe('taken')
  expect(await b.acquire()).toBe('held')
  await a.release()
  expect(await b.acquire()).toBe('taken')
  expect(await a.acquire()).toBe('held')
  // Giving up a lock another instance holds changes nothing.
  await a.release()
  expect(await b.acquire()).toBe('renewed')
})

it('passes the queue on when the runner stops renewing (a crashed instance)', async () => {
  const ttlMs = 300
  const crashed = createJobRunnerLock(await connection(), { ttlMs })
  const survivor = createJobRunnerLock(await connection(), { ttlMs })
  expect(await crashed.acquire()).toBe('taken')
  expect(await survivor.acquire()).toBe('held')
  // The survivor keeps ticking; once the crashed holder's key has expired it takes over.
  let result = await survivor.acquire()
  while (result === 'held') {
    await new Promise((resolve) => setTimeout(resolve, 50))
    result = await survivor.acquire()
  }
  expect(result).toBe('taken')
})

describe('shouldRunJobs, asked on every cron tick', () => {
  it('runs jobs in the instance that holds the lock and says so once', async () => {
    closeSharedRedis()
    const env = { REDIS_URL: redis.url }
    const other = createJobRunnerLock(await connection())
    // The first tick waits for the connection it opens, so it neither fails nor warns.
    expect(await shouldRunJobs(payload, env)).toBe(true)
    expect(await shouldRunJobs(payload, env)).toBe(true)
    expect(await other.acquire()).toBe('held')
    expect(logged).toEqual(['info: This instance runs the job queue (scheduled publishing).'])
  })

  it('does not run jobs while another instance holds the lock', async () => {
    const other = createJobRunnerLock(await connection())
    expect(await other.acquire()).toBe('taken')
    expect(await shouldRunJobs(payload, { REDIS_URL: redis.url })).toBe(false)
  })

  it('never runs jobs with JOBS_AUTORUN=false, and takes no lock', async () => {
    expect(await shouldRunJobs(payload, { REDIS_URL: redis.url, JOBS_AUTORUN: 'false' })).toBe(
      false,
    )
    expect(await (await connection()).exists(JOB_RUNNER_KEY)).toBe(0)
  })

  it('runs jobs in the one process without REDIS_URL', async () => {
    expect(await shouldRunJobs(payload, {})).toBe(true)
  })

  it('pauses the queue while Redis does not answer, with one warning, and resumes after', async () => {
    const env = { REDIS_URL: redis.url }
    while (!(await shouldRunJobs(payload, env))) await new Promise((r) => setTimeout(r, 20))
    await redis.stop()
    expect(await shouldRunJobs(payload, env)).toBe(false)
    expect(await shouldRunJobs(payload, env)).toBe(false)
    expect(logged.filter((line) => line.startsWith('warn: Job queue paused'))).toHaveLength(1)
    await redis.start()
    while (!(await shouldRunJobs(payload, env))) await new Promise((r) => setTimeout(r, 20))
    expect(await shouldRunJobs(payload, env)).toBe(true)
  })
})
