import { ioredisAdapter } from '@fortedigital/nextjs-cache-handler/helpers/ioredisAdapter'
import createRedisHandler from '@fortedigital/nextjs-cache-handler/redis-strings'

import { readyWithin, sharedRedis } from '@/redis/connection'

import { buildKeyPrefix, KEY_PREFIX, readBuildId } from './sharedCacheKeys.mjs'

let handler:
  { buildId: string | undefined; redis: ReturnType<typeof createRedisHandler> } | undefined

/**
 * Expires tags in the shared cache itself, from anywhere: start-up before Next has a cache,
 * the job runner, commands such as `npm run seed`. Every instance's next read of an entry under
 * these tags is then a miss. `buildId`: the build whose entries to expire, by default the one in
 * `.next` here. Does nothing without REDIS_URL; never throws.
 */
export const expireInSharedCache = async (
  tags: string[],
  buildId: string | undefined = readBuildId(),
): Promise<void> => {
  const client = sharedRedis()
  if (!client) return
  // A connection opened just now (start-up, a command) is not ready yet, and the handler
  // refuses a client that is not.
  await readyWithin(client, 5_000)
  if (!handler || handler.buildId !== buildId) {
    const keyPrefix = buildKeyPrefix(buildId)
    handler = { buildId, redis: createRedisHandler({ client: ioredisAdapter(client), keyPrefix }) }
  }
  const { redis } = handler
  await Promise.all(tags.map((tag) => redis.revalidateTag(tag).catch(() => undefined)))
}

/**
 * Deletes the entries of every build but `buildId` (called at start-up): the old build's pages
 * are never served again once its instances are gone, and would otherwise stay until they expire.
 * Instances of the old build still running during a rolling deploy only miss and render.
 */
export const removeOtherBuilds = async (buildId: string | undefined = readBuildId()) => {
  const client = sharedRedis()
  if (!client) return 0
  await readyWithin(client, 5_000)
  const keep = buildKeyPrefix(buildId)
  let removed = 0
  let cursor = '0'
  do {
    const [next, keys] = await client.scan(cursor, 'MATCH', `${KEY_PREFIX}*`, 'COUNT', 500)
    cursor = next
    const old = keys.filter((key) => !key.startsWith(keep))
    if (old.length) removed += await client.unlink(...old)
  } while (cursor !== '0')
  return removed
}
