import { createHmac } from 'node:crypto'

import { revalidationListeners } from '@/cache/revalidate'
import { tags } from '@/cache/tags'

import { rest } from './helpers/http'
import { startPayload, type TestContext } from './helpers/payload'

/**
 * Issue 19, item 4: a command that imports through its own process (npm run import:wordpress)
 * tells the running server which cached pages to expire, with a request signed by the secret
 * both share. Nobody else can make the server expire its cache.
 */

let ctx: TestContext
const expired: string[][] = []
const listener = (list: string[]) => expired.push(list)

beforeAll(async () => {
  ctx = await startPayload({ staff: false })
  revalidationListeners.add(listener)
})

afterAll(async () => {
  revalidationListeners.delete(listener)
  await ctx?.stop()
})

beforeEach(() => {
  expired.length = 0
})

const signed = (body: object, secret = ctx.payload.secret) => {
  const text = JSON.stringify(body)
  return { 'x-cache-expiry-signature': createHmac('sha256', secret).update(text).digest('hex') }
}

const expire = (body: object, headers: Record<string, string>) =>
  rest(ctx.config, 'POST', 'cache/expire', { body, headers, token: '' })

it('expires the tags of a request signed with the site’s secret', async () => {
  const body = { tags: [tags.articleList, tags.doc('articles', 'knee-pain')], at: Date.now() }
  const response = await expire(body, signed(body))
  expect(response).toEqual({ status: 200, body: { expired: 2 } })
  expect(expired).toEqual([['articles:list', 'articles:knee-pain']])
})

it('refuses a request without the signature, with another secret, or too old, expiring nothing', async () => {
  const body = { tags: [tags.site], at: Date.now() }
  expect((await expire(body, {})).status).toBe(401)
  expect((await expire(body, signed(body, 'not-the-secret'))).status).toBe(401)
  // Signed for another body: the tags were changed on the way.
  expect((await expire({ ...body, tags: ['sitemap'] }, signed(body))).status).toBe(401)
  const old = { tags: [tags.site], at: Date.now() - 60 * 60 * 1000 }
  const stale = await expire(old, signed(old))
  expect(stale.status).toBe(401)
  expect(stale.body.errors[0].message).toMatch(/too old/)
  expect(expired).toEqual([])
})

it('refuses a signed body that is not a list of tags', async () => {
  for (const body of [
    { tags: 'site', at: Date.now() },
    { tags: [42], at: Date.now() },
    { tags: ['x'.repeat(300)], at: Date.now() },
    { tags: ['site'] },
  ]) {
    const response = await expire(body, signed(body))
    expect(response.status).toBe(400)
  }
  expect(expired).toEqual([])
})
