import { payloadSecret } from '@/security/secret'
import { readTrustedProxyHops } from '@/forms/clientAddress'
import { sharedRedis } from '@/redis/connection'
import { RedisLockError } from '@/redis/lock'

import { checkSharedServices } from './checkSharedServices'
import { oneInstanceAtATime } from './oneAtATime'

/**
 * Starts Payload when the Node.js server boots rather than on the first request: migrations and
 * first-start seeding happen up front, and the job queue (scheduled publishing) runs even if
 * nobody opens the admin panel. Called from src/instrumentation.ts.
 */
export const startServer = async (): Promise<void> => {
  // A missing or weak secret would otherwise leave a server that answers every request with 500,
  // a bad TRUSTED_PROXY_HOPS every form submission, and an unreachable Redis or bucket an instance
  // on state of its own. Checked before anything loads the config (which needs the secret).
  try {
    payloadSecret()
    readTrustedProxyHops()
    await checkSharedServices()
  } catch (error) {
    console.error(`The server did not start: ${(error as Error).message}`)
    process.exit(1)
  }
  // Connected now, so the first form submission and job tick find it ready.
  sharedRedis()
  const { getPayloadClient } = await import('@/data/client')
  try {
    await oneInstanceAtATime(getPayloadClient)
  } catch (error) {
    if (!(error instanceof RedisLockError)) throw error
    console.error(`The server did not start: REDIS_URL: ${error.message}.`)
    process.exit(1)
  }
  // Pages `next build` prerendered (from whatever database the build saw, often an empty one)
  // and cache entries from before this start may not match the database now: expire them all
  // once, so every page is rendered fresh on its first request and cached from then on.
  const [{ revalidateTags }, { tags }] = await Promise.all([
    import('@/cache/revalidate'),
    import('@/cache/tags'),
  ])
  await revalidateTags([tags.site])
  // With the cache in Redis, entries of earlier builds are never read again: free their room.
  const { removeOtherBuilds } = await import('@/cache/sharedExpiry')
  await removeOtherBuilds().catch((error: Error) =>
    console.warn(`Could not remove the cache entries of earlier builds: ${error.message}`),
  )
}
