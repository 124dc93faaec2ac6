import type { Redis } from 'ioredis'
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible'

import { sharedRedis } from '@/redis/connection'

export type RateLimitSettings = { points: number; durationSeconds: number }

export const DEFAULT_RATE_LIMIT: RateLimitSettings = { points: 5, durationSeconds: 600 }

const positiveInteger = (value: string | undefined, fallback: number): number => {
  const parsed = Number(value)
  return value && Number.isInteger(parsed) && parsed > 0 ? parsed : fallback
}

/** FORMS_RATE_LIMIT submissions per FORMS_RATE_LIMIT_WINDOW_SECONDS from one address. */
export const readRateLimitSettings = (
  env: Record<string, string | undefined> = process.env,
): RateLimitSettings => ({
  points: positiveInteger(env.FORMS_RATE_LIMIT, DEFAULT_RATE_LIMIT.points),
  durationSeconds: positiveInteger(
    env.FORMS_RATE_LIMIT_WINDOW_SECONDS,
    DEFAULT_RATE_LIMIT.durationSeconds,
  ),
})

export type RateLimitResult = { allowed: true } | { allowed: false; retryAfterSeconds: number }

export type FormRateLimiter = {
  settings: RateLimitSettings
  consume: (key: string) => Promise<RateLimitResult>
  /** Gives back one use, for a submission that failed through no fault of the visitor. */
  refund: (key: string) => Promise<void>
}

const KEY_PREFIX = 'form-submissions'

/**
 * With Redis, one count for every instance (so N instances allow what one allows); while Redis is
 * away, each process counts in memory and limits on its own rather than letting everything through.
 * Without Redis, in memory: right for one server.
 */
export const createFormRateLimiter = (
  settings: RateLimitSettings,
  redis?: Redis,
): FormRateLimiter => {
  const options = {
    keyPrefix: KEY_PREFIX,
    points: settings.points,
    duration: settings.durationSeconds,
  }
  const limiter = redis
    ? new RateLimiterRedis({
        ...options,
        storeClient: redis,
        rejectIfRedisNotReady: true,
        insuranceLimiter: new RateLimiterMemory(options),
      })
    : new RateLimiterMemory(options)
  return {
    settings,
    consume: async (key) => {
      try {
        await limiter.consume(key)
        return { allowed: true }
      } catch (error) {
        // The limiter rejects with a RateLimiterRes when the points are used up.
        if (error instanceof RateLimiterRes || (error as RateLimiterRes)?.msBeforeNext >= 0) {
          const ms = (error as RateLimiterRes).msBeforeNext
          return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(ms / 1000)) }
        }
        throw error
      }
    },
    refund: async (key) => {
      await limiter.reward(key, 1)
    },
  }
}

let shared: { limiter: FormRateLimiter; redis: Redis | undefined } | undefined

/** The process-wide limiter, rebuilt when the settings in the environment change. */
export const formRateLimiter = (
  env: Record<string, string | undefined> = process.env,
): FormRateLimiter => {
  const settings = readRateLimitSettings(env)
  const redis = sharedRedis(env)
  if (
    !shared ||
    shared.redis !== redis ||
    shared.limiter.settings.points !== settings.points ||
    shared.limiter.settings.durationSeconds !== settings.durationSeconds
  ) {
    shared = { limiter: createFormRateLimiter(settings, redis), redis }
  }
  return shared.limiter
}

export const tooManyRequestsMessage = (retryAfterSeconds: number): string => {
  const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60))
  return `Too many requests from your address. Please wait ${minutes} ${
    minutes === 1 ? 'minute' : 'minutes'
  } or call us.`
}
