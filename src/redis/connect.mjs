// @ts-check
import { Redis } from 'ioredis'

/**
 * A connection to REDIS_URL that fails fast while Redis is away (no offline queue: a command is
 * refused at once instead of waiting) and reconnects by itself, a second apart at most. Plain
 * JavaScript because Next's cache handler (src/cache/redisCacheHandler.mjs), which Node loads
 * outside the bundle, connects the same way as the app (src/redis/connection.ts).
 * @param {string} url
 * @returns {Redis}
 */
export const connectRedis = (url) => {
  const client = new Redis(url, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: 5_000,
    commandTimeout: 2_000,
    retryStrategy: (attempt) => Math.min(attempt * 100, 1_000),
  })
  // Errors are reported by the commands that meet them; without a listener ioredis would print
  // every failed reconnection.
  client.on('error', () => undefined)
  return client
}
