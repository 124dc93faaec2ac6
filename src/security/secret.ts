const DEVELOPMENT_SECRET = 'development-only-secret-do-not-use-in-production'

/** The Dockerfile's `next build` needs some secret; a server must never run with it. */
export const BUILD_ONLY_SECRET = 'build-time-only-not-a-real-secret'

export const MIN_SECRET_LENGTH = 32

// Values copied from examples and templates rather than generated.
const KNOWN_SECRETS = new Set([
  DEVELOPMENT_SECRET,
  BUILD_ONLY_SECRET,
  'your_secret_here',
  'changeme',
  'change-me',
  'secret',
])

const HOW =
  'Set it to a long random string, e.g. `openssl rand -hex 32`, in .env or the environment.'

/**
 * Why a production server must not sign logins with `secret`, or null when it is fit: anyone who
 * knows or guesses it can forge a staff session.
 */
export const weakSecretReason = (secret: string): string | null => {
  if (KNOWN_SECRETS.has(secret.toLowerCase()))
    return 'PAYLOAD_SECRET is a published example value, not a secret.'
  if (secret.length < MIN_SECRET_LENGTH)
    return `PAYLOAD_SECRET is ${secret.length} characters long; it must be at least ${MIN_SECRET_LENGTH}.`
  if (new Set(secret).size < 8) return 'PAYLOAD_SECRET repeats a few characters; it must be random.'
  return null
}

type Env = Record<string, string | undefined>

/**
 * Production refuses to start without a strong secret; development works out of the box. `next
 * build` only needs a value to load the config (it signs nothing), so it is not held to this.
 */
export const payloadSecret = (env: Env = process.env): string => {
  const secret = env.PAYLOAD_SECRET
  if (env.NODE_ENV !== 'production') return secret || DEVELOPMENT_SECRET
  if (!secret) throw new Error(`PAYLOAD_SECRET is not set. ${HOW}`)
  if (env.NEXT_PHASE === 'phase-production-build') return secret
  const reason = weakSecretReason(secret)
  if (reason) throw new Error(`${reason} ${HOW}`)
  return secret
}
