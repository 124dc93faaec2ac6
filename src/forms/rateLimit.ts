import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible'

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

/** In memory, per process: enough for one server; a cluster would need a shared store. */
export const createFormRateLimiter = (settings: RateLimitSettings): FormRateLimiter => {
  const limiter = new RateLimiterMemory({
    keyPrefix: 'form-submissions',
    points: settings.points,
    duration: settings.durationSeconds,
  })
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

let shared: FormRateLimiter | undefined

/** The process-wide limiter, rebuilt when the settings in the environment change. */
export const formRateLimiter = (
  env: Record<string, string | undefined> = process.env,
): FormRateLimiter => {
  const settings = readRateLimitSettings(env)
  if (
    !shared ||
    shared.settings.points !== settings.points ||
    shared.settings.durationSeconds !== settings.durationSeconds
  ) {
    shared = createFormRateLimiter(settings)
  }
  return shared
}

export const tooManyRequestsMessage = (retryAfterSeconds: number): string => {
  const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60))
  return `Too many requests from your address. Please wait ${minutes} ${
    minutes === 1 ? 'minute' : 'minutes'
  } or call us.`
}
