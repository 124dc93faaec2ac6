import { PASSWORD, startPayload, type TestContext } from './helpers/payload'
import { rest } from './helpers/http'

/**
 * The first account, created on /admin/create-first-user of an empty database, must be an admin
 * so that it can add everyone else; later accounts keep the role they are given.
 */

let ctx: TestContext

beforeAll(async () => {
  ctx = await startPayload({ staff: false })
})

afterAll(async () => {
  await ctx?.stop()
})

it('the first registered account becomes an admin', async () => {
  const response = await rest(ctx.config, 'POST', 'users/first-register', {
    body: { name: 'Maria Lopez', email: 'maria@clinic.test', password: PASSWORD },
  })
  expect(response.status).toBe(200)
  expect(response.body.user.roles).toEqual(['admin'])
  expect(response.body.token).toEqual(expect.any(String))
})

it('nobody can register as the first user once there is one', async () => {
  const response = await rest(ctx.config, 'POST', 'users/first-register', {
    body: { name: 'Mallory', email: 'mallory@evil.test', password: PASSWORD, roles: ['admin'] },
  })
  expect(response.status).toBe(403)
  expect((await ctx.payload.count({ collection: 'users' })).totalDocs).toBe(1)
})

it('accounts the admin adds later keep the role they are given', async () => {
  const login = await ctx.payload.login({
    collection: 'users',
    data: { email: 'maria@clinic.test', password: PASSWORD },
  })
  const response = await rest(ctx.config, 'POST', 'users', {
    token: login.token,
    body: { name: 'Sam Editor', email: 'sam@clinic.test', password: PASSWORD, roles: ['editor'] },
  })
  expect(response.status).toBe(201)
  expect(response.body.doc.roles).toEqual(['editor'])
})

it('the first account is an admin even when created with another role', async () => {
  await ctx.payload.delete({ collection: 'users', where: { id: { exists: true } } })
  const first = await ctx.payload.create({
    collection: 'users',
    data: { name: 'Seed Person', email: 'seed@clinic.test', password: PASSWORD, roles: ['editor'] },
  })
  expect(first.roles).toEqual(['admin'])
  const second = await ctx.payload.create({
    collection: 'users',
    data: { name: 'Next Person', email: 'next@clinic.test', password: PASSWORD, roles: ['editor'] },
  })
  expect(second.roles).toEqual(['editor'])
})
