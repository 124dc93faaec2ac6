// A real redis-server on loopback, shared with the benchmarks of several instances.
import type { Redis } from 'ioredis'

import { connectRedis } from '@/redis/connection'

export { freePort, startRedis } from '../../../bench/lib/redisServer.mjs'
import type { RedisServer } from '../../../bench/lib/redisServer.mjs'

export type { RedisServer }

/**
 * Resolves once `client` is ready. Failed attempts meanwhile ('error' events, e.g. ECONNREFUSED
 * just before a restarted Redis listens) are part of reconnecting, not a failure.
 */
export const untilReady = (client: Redis) =>
  client.status === 'ready'
    ? Promise.resolve()
    : new Promise<void>((resolve) => client.once('ready', () => resolve()))

/**
 * Connections to a test's Redis as separate app instances would each open (`open()` resolves once
 * one is ready), all closed by `closeAll()`. `server` is read when a connection opens.
 */
export const redisConnections = (server: () => RedisServer) => {
  const clients: Redis[] = []
  return {
    /** A connection of its own, not yet ready (still connecting). */
    connect: () => {
      const client = connectRedis(server().url)
      clients.push(client)
      return client
    },
    open: async () => {
      const client = connectRedis(server().url)
      clients.push(client)
      await untilReady(client)
      return client
    },
    closeAll: () =>
      Promise.all(clients.map((client) => client.quit().catch(() => client.disconnect()))),
  }
}
