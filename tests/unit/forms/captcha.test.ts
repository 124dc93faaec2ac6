/** @jest-environment node */
import { solveChallenge } from 'altcha-lib/v1'

import {
  captchaHmacKey,
  captchaMaxNumber,
  createFormChallenge,
  DEFAULT_MAX_NUMBER,
  verifyCaptcha,
} from '@/forms/captcha'

const KEY = 'test-hmac-key'

const solved = async (now = Date.now(), key = KEY) => {
  const challenge = await createFormChallenge({ hmacKey: key, maxNumber: 500, now })
  const solution = await solveChallenge(challenge.challenge, challenge.salt, 'SHA-256', 500).promise
  const { algorithm, salt, signature } = challenge
  const payload = {
    algorithm,
    challenge: challenge.challenge,
    number: solution!.number,
    salt,
    signature,
  }
  return { payload, encoded: btoa(JSON.stringify(payload)) }
}

describe('captchaHmacKey', () => {
  it('uses ALTCHA_HMAC_KEY, else derives a key from the Payload secret', () => {
    expect(captchaHmacKey({ ALTCHA_HMAC_KEY: 'k' })).toBe('k')
    const derived = captchaHmacKey({ PAYLOAD_SECRET: 'secret' })
    expect(derived).toMatch(/^[0-9a-f]{64}$/)
    expect(derived).not.toContain('secret')
    expect(captchaHmacKey({ PAYLOAD_SECRET: 'other' })).not.toBe(derived)
  })
})

describe('captchaMaxNumber', () => {
  it('reads ALTCHA_MAX_NUMBER within bounds', () => {
    expect(captchaMaxNumber({})).toBe(DEFAULT_MAX_NUMBER)
    expect(captchaMaxNumber({ ALTCHA_MAX_NUMBER: '1000' })).toBe(1000)
    expect(captchaMaxNumber({ ALTCHA_MAX_NUMBER: '0' })).toBe(DEFAULT_MAX_NUMBER)
    expect(captchaMaxNumber({ ALTCHA_MAX_NUMBER: 'lots' })).toBe(DEFAULT_MAX_NUMBER)
  })
})

describe('verifyCaptcha', () => {
  it('accepts a solved challenge and returns its signature and expiry', async () => {
    const now = Date.now()
    const { payload, encoded } = await solved(now)
    const result = await verifyCaptcha(encoded, KEY, now)
    expect(result).toEqual({
      ok: true,
      signature: payload.signature,
      expiresAt: new Date(Math.floor((now + 10 * 60 * 1000) / 1000) * 1000),
    })
  })

  it('tells missing, invalid and expired apart', async () => {
    expect(await verifyCaptcha(undefined, KEY)).toEqual({ ok: false, reason: 'missing' })
    expect(await verifyCaptcha('', KEY)).toEqual({ ok: false, reason: 'missing' })
    expect(await verifyCaptcha(42, KEY)).toEqual({ ok: false, reason: 'invalid' })
    expect(await verifyCaptcha('%%%', KEY)).toEqual({ ok: false, reason: 'invalid' })
    expect(await verifyCaptcha(btoa('null'), KEY)).toEqual({ ok: false, reason: 'invalid' })
    expect(await verifyCaptcha('x'.repeat(5000), KEY)).toEqual({ ok: false, reason: 'invalid' })

    const { encoded } = await solved(Date.now(), 'another key')
    expect(await verifyCaptcha(encoded, KEY)).toEqual({ ok: false, reason: 'invalid' })

    const old = await solved(Date.now() - 11 * 60 * 1000)
    expect(await verifyCaptcha(old.encoded, KEY)).toEqual({ ok: false, reason: 'expired' })
  })

  it('refuses a wrong number, another algorithm and a challenge without expiry', async () => {
    const { payload } = await solved()
    const wrong = btoa(JSON.stringify({ ...payload, number: payload.number + 1 }))
    expect(await verifyCaptcha(wrong, KEY)).toEqual({ ok: false, reason: 'invalid' })
    const sha1 = btoa(JSON.stringify({ ...payload, algorithm: 'SHA-1' }))
    expect(await verifyCaptcha(sha1, KEY)).toEqual({ ok: false, reason: 'invalid' })

    const { createChallenge } = await import('altcha-lib/v1')
    const forever = await createChallenge({ hmacKey: KEY, maxnumber: 50 })
    const found = await solveChallenge(forever.challenge, forever.salt, 'SHA-256', 50).promise
    const noExpiry = btoa(JSON.stringify({ ...forever, number: found!.number }))
    expect(await verifyCaptcha(noExpiry, KEY)).toEqual({ ok: false, reason: 'invalid' })
  })
})
