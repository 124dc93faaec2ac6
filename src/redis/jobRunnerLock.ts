import { randomUUID } from 'node:crypto'
import os from 'node:os'

import type { Redis } from 'ioredis'

/**
 * Which instance runs the job queue (scheduled publishing, the submissions clean-up), when
 * several share one database: the holder of a Redis key that expires unless renewed. Each cron
 * tick the holder renews it and the others find it taken; if the holder stops (crash, shutdown),
 * the key expires and the next instance to tick takes over. Payload marks a job as processing
 * before running it but does not lock it, so two runners could run one job twice.
 */

export const JOB_RUNNER_KEY = 'clinic:job-runner'

/** Longer than the default cron's minute, so the holder renews before it expires. */
export const JOB_RUNNER_TTL_MS = 3 * 60 * 1000

// 2: taken now, 1: renewed (already ours), 0: another instance holds it. One script, so no other
// instance can take the key between the read and the write.
const ACQUIRE = `
local holder = redis.call('get', KEYS[1])
if holder == ARGV[1] then
  redis.call('pexpire', KEYS[1], ARGV[2])
  return 1
end
if holder then return 0 end
redis.call('set', KEYS[1], ARGV[1], 'PX', ARGV[2])
return 2`

const RELEASE = `
if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) end
return 0`

export type JobRunnerLock = {
  owner: string
  /** 'taken' | 'renewed' when this instance runs the queue now, 'held' when another does. */
  acquire: () => Promise<'taken' | 'renewed' | 'held'>
  /** Gives the key up at once, so another instance need not wait for it to expire. */
  release: () => Promise<void>
}

export const createJobRunnerLock = (
  client: Redis,
  { key = JOB_RUNNER_KEY, ttlMs = JOB_RUNNER_TTL_MS } = {},
): JobRunnerLock => {
  const owner = `${os.hostname()}:${process.pid}:${randomUUID()}`
  return {
    owner,
    acquire: async () => {
      const result = await client.eval(ACQUIRE, 1, key, owner, String(ttlMs))
      return result === 2 ? 'taken' : result === 1 ? 'renewed' : 'held'
    },
    release: async () => {
      await client.eval(RELEASE, 1, key, owner)
    },
  }
}
