import { createHmac } from 'node:crypto'

import { createChallenge, extractParams, verifySolution } from 'altcha-lib/v1'
import type { Challenge, Payload as SolutionPayload } from 'altcha-lib/v1/types'

import { payloadSecret } from '@/security/secret'

/**
 * ALTCHA proof of work, in the v1 format (SHA-256, `maxnumber`, `expires` in the salt): the
 * widget (altcha 3.x) accepts it as it is, and the signature of each challenge is a stable key
 * for refusing a replay.
 */

export const CHALLENGE_LIFETIME_MS = 10 * 60 * 1000

// About 25,000 hashes on average: well under a second on a phone.
export const DEFAULT_MAX_NUMBER = 50_000

const ALGORITHM = 'SHA-256'

type Env = Record<string, string | undefined>

/** ALTCHA_HMAC_KEY, else a key derived from the Payload secret (never the secret itself). */
export const captchaHmacKey = (env: Env = process.env): string => {
  if (env.ALTCHA_HMAC_KEY) return env.ALTCHA_HMAC_KEY
  const secret = env.PAYLOAD_SECRET || payloadSecret()
  return createHmac('sha256', secret).update('clinic-forms-altcha-hmac-key').digest('hex')
}

export const captchaMaxNumber = (env: Env = process.env): number => {
  const value = Number(env.ALTCHA_MAX_NUMBER)
  return Number.isInteger(value) && value >= 1 && value <= 10_000_000 ? value : DEFAULT_MAX_NUMBER
}

export const createFormChallenge = ({
  hmacKey,
  maxNumber,
  now = Date.now(),
}: {
  hmacKey: string
  maxNumber: number
  now?: number
}): Promise<Challenge> =>
  createChallenge({
    algorithm: ALGORITHM,
    hmacKey,
    maxnumber: maxNumber,
    expires: new Date(now + CHALLENGE_LIFETIME_MS),
  })

export type CaptchaCheck =
  | { ok: true; signature: string; expiresAt: Date }
  | { ok: false; reason: 'missing' | 'invalid' | 'expired' }

export const CAPTCHA_MESSAGES = {
  missing:
    'Please tick the "I\'m not a robot" check and wait for it to finish before sending your message.',
  invalid:
    'We could not confirm the "I\'m not a robot" check. Please run it again, then send your message.',
  expired:
    'The "I\'m not a robot" check has expired (it lasts 10 minutes). Please run it again, then send your message.',
  used: 'This check was already used for another message. Please run the "I\'m not a robot" check again, then send your message.',
} as const

const HEX_64 = /^[0-9a-f]{64}$/

const decode = (value: string): SolutionPayload | undefined => {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(value, 'base64').toString('utf8'))
    if (!parsed || typeof parsed !== 'object') return undefined
    const { algorithm, challenge, number, salt, signature } = parsed as Record<string, unknown>
    if (
      algorithm !== ALGORITHM ||
      typeof challenge !== 'string' ||
      !HEX_64.test(challenge) ||
      typeof number !== 'number' ||
      !Number.isSafeInteger(number) ||
      number < 0 ||
      typeof salt !== 'string' ||
      salt.length > 512 ||
      typeof signature !== 'string' ||
      !HEX_64.test(signature)
    ) {
      return undefined
    }
    return { algorithm, challenge, number, salt, signature }
  } catch {
    return undefined
  }
}

/**
 * Checks the widget's base64 payload: well formed, signed with our key, solved, not expired.
 * Whether it was used before is the caller's job (it needs the database).
 */
export const verifyCaptcha = async (
  value: unknown,
  hmacKey: string,
  now: number = Date.now(),
): Promise<CaptchaCheck> => {
  if (value === undefined || value === null || value === '') return { ok: false, reason: 'missing' }
  if (typeof value !== 'string' || value.length > 4096) return { ok: false, reason: 'invalid' }
  const payload = decode(value.trim())
  if (!payload) return { ok: false, reason: 'invalid' }
  // Signature and solution first, so a forged payload is never reported as merely expired.
  if (!(await verifySolution(payload, hmacKey, false))) return { ok: false, reason: 'invalid' }
  const expires = extractParams(payload).expires
  // Every challenge we issue carries an expiry; one without it was not made here.
  if (!expires || !/^\d+$/.test(expires)) return { ok: false, reason: 'invalid' }
  const expiresAt = new Date(Number(expires) * 1000)
  if (expiresAt.getTime() <= now) return { ok: false, reason: 'expired' }
  return { ok: true, signature: payload.signature, expiresAt }
}
