import { checkRedis, readRedisUrl } from '@/redis/connection'
import { checkObjectStorage } from '@/storage/objectStorage'
import { readObjectStorageSettings } from '@/storage/settings'

/**
 * The engines several instances share, asked once before the server starts: a REDIS_URL or a
 * bucket that does not answer would otherwise leave each instance quietly on state of its own
 * (its own limits, its own files), which breaks the cluster without a sign. Throws a one-line
 * reason naming the setting.
 */
export const checkSharedServices = async (
  env: Record<string, string | undefined> = process.env,
) => {
  const redisUrl = readRedisUrl(env)
  const storage = readObjectStorageSettings(env)
  await Promise.all([
    redisUrl ? checkRedis(redisUrl) : undefined,
    storage ? checkObjectStorage(storage) : undefined,
  ])
}
