// Next's cache for several instances: pages and data (with their tags) in Redis through
// @fortedigital/nextjs-cache-handler, so a publish on one instance is seen by every instance's next
// request. Loaded by src/cache/nextCacheHandler.mjs when REDIS_URL is set. While Redis is away each
// instance serves from its own memory (the LRU handler) or renders; the connection comes back by
// itself, and then expires everything once, since edits saved meanwhile could not expire it.
import { CacheHandler } from '@fortedigital/nextjs-cache-handler'
import { ioredisAdapter } from '@fortedigital/nextjs-cache-handler/helpers/ioredisAdapter'
import createLruHandler from '@fortedigital/nextjs-cache-handler/local-lru'
import createRedisHandler from '@fortedigital/nextjs-cache-handler/redis-strings'

import { connectRedis } from '../redis/connect.mjs'
import { buildKeyPrefix } from './sharedCacheKeys.mjs'

// Every cached read carries this tag (src/cache/tags.ts): expiring it expires everything.
const EVERYTHING = 'site'

/** @param {string | undefined} buildId */
const createHandlers = (buildId) => {
  const client = connectRedis(process.env.REDIS_URL)
  const redis = createRedisHandler({
    client: ioredisAdapter(client),
    keyPrefix: buildKeyPrefix(buildId),
    timeoutMs: 2_000,
  })
  let lost = false
  client.on('close', () => (lost = true))
  client.on('ready', () => {
    if (!lost) return
    lost = false
    redis.revalidateTag(EVERYTHING).catch(() => undefined)
  })
  // Asked in order: Redis answers (hit or miss) whenever it can; memory only when it cannot.
  return { handlers: [redis, createLruHandler()], client }
}

CacheHandler.onCreation(({ buildId }) => {
  // One connection per process, however many times Next creates the handler.
  globalThis.__clinicSharedCache ??= createHandlers(buildId)
  return globalThis.__clinicSharedCache
})

/** Closes this process's connection (tests; a server's ends with the process). */
export const closeSharedCache = () => {
  globalThis.__clinicSharedCache?.client.disconnect()
}

export default CacheHandler
