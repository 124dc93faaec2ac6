/** @jest-environment node */
import {
  createFormRateLimiter,
  DEFAULT_RATE_LIMIT,
  readRateLimitSettings,
  tooManyRequestsMessage,
} from '@/forms/rateLimit'

describe('readRateLimitSettings', () => {
  it('reads positive whole numbers and falls back to 5 per 10 minutes', () => {
    expect(readRateLimitSettings({})).toEqual(DEFAULT_RATE_LIMIT)
    expect(DEFAULT_RATE_LIMIT).toEqual({ points: 5, durationSeconds: 600 })
    expect(
      readRateLimitSettings({ FORMS_RATE_LIMIT: '2', FORMS_RATE_LIMIT_WINDOW_SECONDS: '60' }),
    ).toEqual({ points: 2, durationSeconds: 60 })
    expect(
      readRateLimitSettings({ FORMS_RATE_LIMIT: '-1', FORMS_RATE_LIMIT_WINDOW_SECONDS: 'soon' }),
    ).toEqual(DEFAULT_RATE_LIMIT)
  })
})

describe('createFormRateLimiter', () => {
  it('allows the set number per address, then says how long to wait', async () => {
    const limiter = createFormRateLimiter({ points: 2, durationSeconds: 600 })
    expect(await limiter.consume('a')).toEqual({ allowed: true })
    expect(await limiter.consume('a')).toEqual({ allowed: true })
    const refused = await limiter.consume('a')
    expect(refused.allowed).toBe(false)
    expect(refused.allowed === false && refused.retryAfterSeconds).toBeGreaterThan(590)
    expect(await limiter.consume('b')).toEqual({ allowed: true })
  })
})

describe('tooManyRequestsMessage', () => {
  it('rounds up to whole minutes', () => {
    expect(tooManyRequestsMessage(600)).toBe(
      'Too many requests from your address. Please wait 10 minutes or call us.',
    )
    expect(tooManyRequestsMessage(61)).toMatch(/wait 2 minutes/)
    expect(tooManyRequestsMessage(5)).toMatch(/wait 1 minute or/)
  })
})
