import { jwtSign } from 'payload'

import { LOGIN_REFUSED } from '@/errors/hideAccountExistence'

import { rest } from './helpers/http'
import { createStaff, PASSWORD, startPayload, type TestContext } from './helpers/payload'

/** Staff accounts publish medical advice: a guessed or stolen sign-in must not last. */

let ctx: TestContext

beforeAll(async () => {
  ctx = await startPayload({ staff: false })
})

afterAll(async () => {
  await ctx?.stop()
})

const signIn = (email: string, password: string) =>
  rest(ctx.config, 'POST', 'users/login', { body: { email, password } })

const me = async (token: string) =>
  (await rest(ctx.config, 'GET', 'users/me', { token })).body.user as { email: string } | null

const claims = (token: string) =>
  JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()) as Record<string, unknown>

describe('signing in', () => {
  it('locks the account after 5 wrong passwords, even against the right one', async () => {
    const { email } = await createStaff(ctx.payload, { name: 'Lockout Target', roles: ['editor'] })
    for (let attempt = 1; attempt <= 5; attempt++) {
      const wrong = await signIn(email, `wrong-password-${attempt}`)
      expect(wrong.status).toBe(401)
    }
    const right = await signIn(email, PASSWORD)
    expect(right.status).toBe(401)
    // One message for a locked account and an unknown address (src/errors/hideAccountExistence).
    expect(right.body.errors[0].message).toBe(LOGIN_REFUSED)
    expect(right.body.token).toBeUndefined()
  })

  it('counts failures per account: another account still signs in', async () => {
    const { email } = await createStaff(ctx.payload, { name: 'Unaffected', roles: ['editor'] })
    const response = await signIn(email, PASSWORD)
    expect(response.status).toBe(200)
    expect(typeof response.body.token).toBe('string')
  })

  it('an admin can unlock a locked account', async () => {
    const admin = await createStaff(ctx.payload, { name: 'Unlocking Admin', roles: ['admin'] })
    const { email } = await createStaff(ctx.payload, { name: 'Locked Out', roles: ['editor'] })
    for (let attempt = 1; attempt <= 5; attempt++) await signIn(email, 'not-the-password')
    expect((await signIn(email, PASSWORD)).status).toBe(401)

    const unlock = await rest(ctx.config, 'POST', 'users/unlock', {
      token: admin.token,
      body: { email },
    })
    expect(unlock.status).toBe(200)
    expect((await signIn(email, PASSWORD)).status).toBe(200)
  })
})

describe('sessions', () => {
  it('last 8 hours, in the token and in the cookie', async () => {
    const { email } = await createStaff(ctx.payload, { name: 'Session Length', roles: ['editor'] })
    const response = await signIn(email, PASSWORD)
    const { exp, iat } = claims(response.body.token)
    expect(Number(exp) - Number(iat)).toBe(8 * 60 * 60)
    const cookie = response.headers!.get('set-cookie') ?? ''
    expect(cookie).toMatch(/payload-token=/)
    expect(cookie).toMatch(/HttpOnly/i)
    expect(cookie).toMatch(/SameSite=Lax/i)
    const expires = Date.parse(/Expires=([^;]+)/i.exec(cookie)?.[1] ?? '')
    expect(Math.abs(expires - Number(exp) * 1000)).toBeLessThan(2_000)
  })

  it('refuse a correctly signed token once it has expired', async () => {
    const staff = await createStaff(ctx.payload, { name: 'Expired Token', roles: ['editor'] })
    expect((await me(staff.token))?.email).toBe(staff.email)

    const { exp: _exp, iat: _iat, ...fields } = claims(staff.token)
    const { token: expired } = await jwtSign({
      fieldsToSign: fields,
      secret: ctx.payload.secret,
      tokenExpiration: -60,
    })
    expect(await me(expired)).toBeNull()
    const write = await rest(ctx.config, 'POST', 'topics', {
      token: expired,
      body: { name: 'Written with an expired token' },
    })
    expect(write.status).toBe(403)
  })

  it('end when the person signs out: the old token no longer works', async () => {
    const staff = await createStaff(ctx.payload, { name: 'Signs Out', roles: ['editor'] })
    expect((await me(staff.token))?.email).toBe(staff.email)
    const logout = await rest(ctx.config, 'POST', 'users/logout', { token: staff.token })
    expect(logout.status).toBe(200)
    expect(await me(staff.token)).toBeNull()
  })
})
