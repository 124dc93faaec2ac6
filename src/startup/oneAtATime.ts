import { readyWithin, sharedRedis } from '@/redis/connection'
import { whileHoldingRedisLock } from '@/redis/lock'

export const START_UP_KEY = 'clinic:start-up'

/** Renewed while an instance starts; a crashed one holds the others up for this long at most. */
const START_UP_TTL_MS = 60_000

/**
 * Instances sharing one database start Payload one at a time: migrations, first-start seeding
 * and the search index build would otherwise run in several at once (replicas started together
 * on an empty database each seeding the demo clinic). Without REDIS_URL there is one instance.
 */
export const oneInstanceAtATime = async <T>(
  work: () => Promise<T>,
  env: Record<string, string | undefined> = process.env,
): Promise<T> => {
  const client = sharedRedis(env)
  if (!client) return work()
  await readyWithin(client, 5_000)
  const onWait = () => console.info('Waiting for another instance to finish starting…')
  return whileHoldingRedisLock(client, { key: START_UP_KEY, ttlMs: START_UP_TTL_MS, onWait }, work)
}
