import { BUILD_ONLY_SECRET, payloadSecret, weakSecretReason } from '@/security/secret'

const strong = 'c5b0f2e4a9d84e1b7f3a6c2d9e8b1f40a7c3e5d2b9f6a1c8e4d7b2a5f9c3e6d1'

describe('payloadSecret', () => {
  it('lets development and tests start without one', () => {
    expect(payloadSecret({ NODE_ENV: 'development' })).toMatch(/development-only/)
    expect(payloadSecret({ NODE_ENV: 'test', PAYLOAD_SECRET: 'short' })).toBe('short')
  })

  it('gives a production server a strong secret back unchanged', () => {
    expect(payloadSecret({ NODE_ENV: 'production', PAYLOAD_SECRET: strong })).toBe(strong)
  })

  it.each([
    [undefined, 'PAYLOAD_SECRET is not set.'],
    ['', 'PAYLOAD_SECRET is not set.'],
    ['short-secret', 'PAYLOAD_SECRET is 12 characters long; it must be at least 32.'],
    [BUILD_ONLY_SECRET, 'PAYLOAD_SECRET is a published example value, not a secret.'],
    [
      'development-only-secret-do-not-use-in-production',
      'PAYLOAD_SECRET is a published example value, not a secret.',
    ],
    ['YOUR_SECRET_HERE', 'PAYLOAD_SECRET is a published example value, not a secret.'],
    ['a'.repeat(64), 'PAYLOAD_SECRET repeats a few characters; it must be random.'],
    ['abababababababababababababababab12', 'PAYLOAD_SECRET repeats a few characters'],
  ])('refuses to start a production server with %p', (secret, message) => {
    const start = () => payloadSecret({ NODE_ENV: 'production', PAYLOAD_SECRET: secret })
    expect(start).toThrow(message)
    expect(start).toThrow('openssl rand -hex 32')
  })

  it('lets `next build` load the config with the Dockerfile’s build-only value', () => {
    const env = { NODE_ENV: 'production', NEXT_PHASE: 'phase-production-build' }
    expect(payloadSecret({ ...env, PAYLOAD_SECRET: BUILD_ONLY_SECRET })).toBe(BUILD_ONLY_SECRET)
    expect(() => payloadSecret(env)).toThrow('PAYLOAD_SECRET is not set.')
  })
})

describe('weakSecretReason', () => {
  it('accepts what `openssl rand -hex 32` and `-base64 32` print', () => {
    expect(weakSecretReason(strong)).toBeNull()
    expect(weakSecretReason('q8Yl3u0m1Zf8bV4n+T2s9wK6cR5eP7hA1dG3jX0yL2o=')).toBeNull()
  })
})
