const DEVELOPMENT_SECRET = 'development-only-secret-do-not-use-in-production'

/** Production refuses to start without a real secret; development works out of the box. */
export const payloadSecret = (): string => {
  const secret = process.env.PAYLOAD_SECRET
  if (secret) return secret
  if (process.env.NODE_ENV === 'production') {
    throw new Error(
      'PAYLOAD_SECRET is not set. Set it to a long random string (e.g. `openssl rand -hex 32`) in .env or the environment.',
    )
  }
  return DEVELOPMENT_SECRET
}
