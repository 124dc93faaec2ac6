import { randomUUID } from 'node:crypto'
import os from 'node:os'
import { setTimeout as sleep } from 'node:timers/promises'

import type { Redis } from 'ioredis'

/**
 * A lock several instances share: a Redis key naming its holder, which expires unless renewed.
 * A holder that stops (crash, shutdown) loses it after `ttlMs`, so no instance waits forever.
 */

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

export type RedisLock = {
  owner: string
  /** 'taken' | 'renewed' when this instance holds the lock now, 'held' when another does. */
  acquire: () => Promise<'taken' | 'renewed' | 'held'>
  /** Gives the key up at once, so another instance need not wait for it to expire. */
  release: () => Promise<void>
}

export type RedisLockOptions = { key: string; ttlMs: number }

export const createRedisLock = (client: Redis, { key, ttlMs }: RedisLockOptions): RedisLock => {
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

/** The lock could not be asked for (Redis does not answer); the work did not run. */
export class RedisLockError extends Error {}

/**
 * Runs `work` once this instance holds the lock, waiting its turn (asking every `pollMs`;
 * `onWait` is called once if it has to), and renews the lock while the work runs, so work longer
 * than `ttlMs` keeps it. Throws RedisLockError, without running `work`, when Redis does not
 * answer while it waits.
 */
export const whileHoldingRedisLock = async <T>(
  client: Redis,
  { pollMs = 250, onWait, ...options }: RedisLockOptions & { pollMs?: number; onWait?: () => void },
  work: () => Promise<T>,
): Promise<T> => {
  const lock = createRedisLock(client, options)
  try {
    for (let turn = 0; (await lock.acquire()) === 'held'; turn++) {
      if (turn === 0) onWait?.()
      await sleep(pollMs)
    }
  } catch (error) {
    throw new RedisLockError(`could not take the lock ${options.key}: ${(error as Error).message}`)
  }
  // A renewal that fails (Redis away) only shortens the lock: the work goes on.
  const renewal = setInterval(() => lock.acquire().catch(() => undefined), options.ttlMs / 3)
  try {
    return await work()
  } finally {
    clearInterval(renewal)
    await lock.release().catch(() => undefined)
  }
}
