import { Redis } from 'ioredis'

import { connectRedis } from './connect.mjs'

export { connectRedis }

type Env = Record<string, string | undefined>

/** REDIS_URL (redis:// or rediss://), or undefined when the site runs on one process. */
export const readRedisUrl = (env: Env = process.env): string | undefined => {
  const value = env.REDIS_URL?.trim()
  if (!value) return undefined
  let url: URL
  try {
    url = new URL(value)
  } catch {
    throw new Error(`REDIS_URL must be an address such as redis://redis:6379, not "${value}".`)
  }
  if (url.protocol !== 'redis:' && url.protocol !== 'rediss:')
    throw new Error(`REDIS_URL must start with redis:// or rediss://, not "${url.protocol}//".`)
  if (!url.hostname)
    throw new Error(`REDIS_URL must be an address such as redis://redis:6379, not "${value}".`)
  return value
}

/** The address without its password, for messages and logs. */
export const describeRedisUrl = (value: string): string => {
  const url = new URL(value)
  url.username = ''
  url.password = ''
  return url.toString().replace(/\/$/, '')
}

let shared: { url: string; client: Redis } | undefined

/** This process's one connection to REDIS_URL, or undefined without it. */
export const sharedRedis = (env: Env = process.env): Redis | undefined => {
  const url = readRedisUrl(env)
  if (!url) return undefined
  if (shared?.url !== url) {
    shared?.client.disconnect()
    shared = { url, client: connectRedis(url) }
  }
  return shared.client
}

/**
 * Waits up to `ms` for a connection still being made; a ready or broken one answers at once. Only
 * 'ready' ends the wait early: a failed attempt ('error', e.g. ECONNREFUSED while Redis restarts)
 * is part of connecting, and ioredis tries again by itself.
 */
export const readyWithin = async (client: Redis, ms: number): Promise<void> => {
  if (client.status !== 'connecting' && client.status !== 'connect' && client.status !== 'wait')
    return
  let onReady = () => {}
  let timer: NodeJS.Timeout | undefined
  await new Promise<void>((resolve) => {
    onReady = resolve
    client.once('ready', onReady)
    timer = setTimeout(resolve, ms)
  })
  clearTimeout(timer)
  client.off('ready', onReady)
}

/** Closes this process's connection (tests, scripts that end). */
export const closeSharedRedis = () => {
  shared?.client.disconnect()
  shared = undefined
}

/** Connects once and asks PING; throws a one-line reason naming REDIS_URL. */
export const checkRedis = async (value: string): Promise<void> => {
  const client = new Redis(value, {
    lazyConnect: true,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    connectTimeout: 5_000,
    retryStrategy: () => null,
  })
  let lastError: Error | undefined
  client.on('error', (error) => (lastError = error))
  try {
    await client.connect()
    await client.ping()
  } catch (error) {
    const reason = (lastError ?? (error as Error)).message
    throw new Error(`REDIS_URL: could not reach Redis at ${describeRedisUrl(value)} (${reason}).`)
  } finally {
    client.disconnect()
  }
}
