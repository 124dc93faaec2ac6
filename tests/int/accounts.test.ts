import { REST_OPTIONS } from '@payloadcms/next/routes'

import { LOGIN_REFUSED } from '@/errors/hideAccountExistence'

import { rest } from './helpers/http'
import { PASSWORD, startPayload, type TestContext } from './helpers/payload'

/**
 * Staff accounts can publish medical advice: every way of setting a password (first account,
 * new account, password change, reset link) refuses a weak one with a message naming the
 * problem and saves nothing; a session cookie only counts on requests from the site's own
 * origin (CSRF), and other origins get no CORS headers.
 */

const SITE = 'http://localhost:3000'
const EVIL = 'https://evil.example'
const STRONG = 'velvet-orbit-73-canyon-lamp'

let ctx: TestContext

beforeAll(async () => {
  // The config reads the public address when it is imported (inside startPayload).
  process.env.NEXT_PUBLIC_SERVER_URL = SITE
  ctx = await startPayload({ staff: false })
})

afterAll(async () => {
  delete process.env.NEXT_PUBLIC_SERVER_URL
  await ctx?.stop()
})

const passwordErrors = (body: any): string[] =>
  (body?.errors ?? []).flatMap((error: any) =>
    (error.data?.errors ?? []).map((item: any) => `${item.path}: ${item.message}`),
  )

const countUsers = async () => (await ctx.payload.count({ collection: 'users' })).totalDocs

const canLogIn = async (email: string, password: string) => {
  const response = await rest(ctx.config, 'POST', 'users/login', { body: { email, password } })
  return response.status === 200
}

describe('staff password strength', () => {
  it('refuses a weak first account on /admin/create-first-user, then accepts a strong one', async () => {
    const weak = await rest(ctx.config, 'POST', 'users/first-register', {
      body: { name: 'Maria Lopez', email: 'maria@clinic.test', password: 'maria1234' },
    })
    expect(weak.status).toBe(400)
    expect(passwordErrors(weak.body)).toEqual([
      'password: The password must be at least 12 characters long (this one has 9).',
    ])
    // The answer's own message (the admin's toast, all that page shows) gives the reason too.
    expect(weak.body.errors[0].message).toBe(
      'Password: The password must be at least 12 characters long (this one has 9).',
    )
    expect(await countUsers()).toBe(0)

    const strong = await rest(ctx.config, 'POST', 'users/first-register', {
      body: { name: 'Maria Lopez', email: 'maria@clinic.test', password: PASSWORD },
    })
    expect(strong.status).toBe(200)
    expect(await countUsers()).toBe(1)
  })

  it('refuses weak passwords for a new account: common, patterned, or the own name', async () => {
    const { token } = await ctx.payload.login({
      collection: 'users',
      data: { email: 'maria@clinic.test', password: PASSWORD },
    })
    const cases: Array<[string, RegExp]> = [
      ['password1234', /^password: The password is too easy to guess\. .*commonly used password/],
      ['qwertyuiopasdf', /^password: The password is too easy to guess\./],
      [
        'Sam-Editor-velvet-73',
        /^password: The password must not contain your name or email address \("sam"\)\.$/,
      ],
      ['x'.repeat(300), /^password: The password must be at most 256 characters long/],
    ]
    for (const [password, message] of cases) {
      const response = await rest(ctx.config, 'POST', 'users', {
        token,
        body: { name: 'Sam Editor', email: 'sam@clinic.test', password, roles: ['editor'] },
      })
      expect(response.status).toBe(400)
      expect(passwordErrors(response.body)).toEqual([expect.stringMatching(message)])
    }
    expect(await countUsers()).toBe(1)

    const created = await rest(ctx.config, 'POST', 'users', {
      token,
      body: { name: 'Sam Editor', email: 'sam@clinic.test', password: STRONG, roles: ['editor'] },
    })
    expect(created.status).toBe(201)
    expect(await canLogIn('sam@clinic.test', STRONG)).toBe(true)
  })

  it('refuses a weak password change and keeps the old password', async () => {
    const { token, user } = await ctx.payload.login({
      collection: 'users',
      data: { email: 'sam@clinic.test', password: STRONG },
    })
    const weak = await rest(ctx.config, 'PATCH', `users/${user!.id}`, {
      token,
      body: { password: 'sam.editor-2024' },
    })
    expect(weak.status).toBe(400)
    expect(passwordErrors(weak.body)).toEqual([
      'password: The password must not contain your name or email address ("sam").',
    ])
    expect(await canLogIn('sam@clinic.test', STRONG)).toBe(true)
    expect(await canLogIn('sam@clinic.test', 'sam.editor-2024')).toBe(false)

    const changed = await rest(ctx.config, 'PATCH', `users/${user!.id}`, {
      token,
      body: { password: 'marble-tundra-58-violin' },
    })
    expect(changed.status).toBe(200)
    expect(await canLogIn('sam@clinic.test', 'marble-tundra-58-violin')).toBe(true)
  })

  it('refuses a weak password on the reset link; the link still works for a strong one', async () => {
    const resetToken = await ctx.payload.forgotPassword({
      collection: 'users',
      data: { email: 'sam@clinic.test' },
      disableEmail: true,
    })
    const weak = await rest(ctx.config, 'POST', 'users/reset-password', {
      body: { token: resetToken, password: 'letmein12345' },
    })
    expect(weak.status).toBe(400)
    expect(passwordErrors(weak.body)).toEqual([
      expect.stringMatching(/^password: The password is too easy to guess\./),
    ])
    expect(await canLogIn('sam@clinic.test', 'marble-tundra-58-violin')).toBe(true)

    const strong = await rest(ctx.config, 'POST', 'users/reset-password', {
      body: { token: resetToken, password: 'quartz-pelican-19-harbor' },
    })
    expect(strong.status).toBe(200)
    expect(await canLogIn('sam@clinic.test', 'quartz-pelican-19-harbor')).toBe(true)
  })
})

describe('CSRF and CORS: the site’s own origin only', () => {
  let cookie: string
  let id: string | number

  beforeAll(async () => {
    const login = await rest(ctx.config, 'POST', 'users/login', {
      body: { email: 'maria@clinic.test', password: PASSWORD },
    })
    expect(login.status).toBe(200)
    id = login.body.user.id
    // The session cookie a browser would store.
    cookie = login.headers!.get('set-cookie')!.split(';')[0]!
    expect(cookie).toMatch(/^payload-token=/)
  })

  const rename = (name: string, headers: Record<string, string>) =>
    rest(ctx.config, 'PATCH', `users/${id}`, { body: { name }, headers: { cookie, ...headers } })

  const currentName = async () => (await ctx.payload.findByID({ collection: 'users', id })).name

  it('refuses a cookie-authenticated write from another origin and changes nothing', async () => {
    const response = await rename('Mallory', { origin: EVIL })
    expect(response.status).toBe(403)
    expect(await currentName()).toBe('Maria Lopez')
  })

  it('refuses a cookie-authenticated write sent cross-site without an Origin', async () => {
    expect((await rename('Mallory', { 'sec-fetch-site': 'cross-site' })).status).toBe(403)
    expect(await currentName()).toBe('Maria Lopez')
  })

  it('accepts the same write from the site’s own origin', async () => {
    const response = await rename('Maria L.', { origin: SITE })
    expect(response.status).toBe(200)
    expect(await currentName()).toBe('Maria L.')
  })

  it('answers a CORS preflight from another origin without Access-Control-Allow-Origin', async () => {
    const preflight = (origin: string) =>
      REST_OPTIONS(ctx.config)(
        new Request(`${SITE}/api/users/${id}`, {
          method: 'OPTIONS',
          headers: {
            origin,
            'access-control-request-method': 'PATCH',
            'access-control-request-headers': 'content-type',
          },
        }),
        { params: Promise.resolve({ slug: ['users', String(id)] }) },
      )
    const evil = await preflight(EVIL)
    expect(evil.headers.get('access-control-allow-origin')).toBeNull()
    const own = await preflight(SITE)
    expect(own.headers.get('access-control-allow-origin')).toBe(SITE)
  })
})

describe('sign-in limits', () => {
  it('locks an account after 5 wrong passwords, even against the right one, until an admin unlocks it', async () => {
    const email = 'locked.person@clinic.test'
    await ctx.payload.create({
      collection: 'users',
      data: { name: 'Locked Person', email, password: STRONG, roles: ['editor'] },
    })
    for (let attempt = 1; attempt <= 5; attempt++) {
      const wrong = await rest(ctx.config, 'POST', 'users/login', {
        body: { email, password: `wrong-password-${attempt}` },
      })
      expect(wrong.status).toBe(401)
    }
    const locked = await rest(ctx.config, 'POST', 'users/login', {
      body: { email, password: STRONG },
    })
    expect(locked.status).toBe(401)
    expect(locked.body.errors[0].message).toBe(LOGIN_REFUSED)

    const { token } = await ctx.payload.login({
      collection: 'users',
      data: { email: 'maria@clinic.test', password: PASSWORD },
    })
    const unlock = await rest(ctx.config, 'POST', 'users/unlock', { token, body: { email } })
    expect(unlock.status).toBe(200)
    expect(await canLogIn(email, STRONG)).toBe(true)
  })

  it('a session lasts 8 hours: the token and its cookie expire then', async () => {
    const login = await rest(ctx.config, 'POST', 'users/login', {
      body: { email: 'maria@clinic.test', password: PASSWORD },
    })
    expect(login.status).toBe(200)
    const [, payloadPart] = login.body.token.split('.')
    const claims = JSON.parse(Buffer.from(payloadPart, 'base64url').toString())
    expect(claims.exp - claims.iat).toBe(8 * 60 * 60)
    const expires = /Expires=([^;]+)/i.exec(login.headers!.get('set-cookie')!)?.[1]
    const hours = (Date.parse(expires!) - Date.now()) / 3_600_000
    expect(hours).toBeGreaterThan(7.9)
    expect(hours).toBeLessThanOrEqual(8)
  })
})
