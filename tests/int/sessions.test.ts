import { jwtSign } from 'payload'

import { rest } from './helpers/http'
import { createStaff, PASSWORD, startPayload, type TestContext } from './helpers/payload'

/**
 * Staff accounts publish medical advice: a stolen session must not last (sign-in limits and
 * password rules: accounts.test.ts).
 */

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
