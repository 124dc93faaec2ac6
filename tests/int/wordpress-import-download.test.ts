import { readFile } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import path from 'node:path'

import type { Media } from '@/payload-types'
import { importWordPress } from '@/wordpress/import'

import { startPayload, type TestContext } from './helpers/payload'
import { importedFrom, WORDPRESS_FIXTURES, wordpressFixture } from './helpers/wordpress'

/**
 * Issue 19: images are downloaded from the old site when --uploads is its address (a real HTTP
 * server on loopback stands in for it); one that cannot be downloaded holds back its post.
 */

let ctx: TestContext
let server: Server
let origin: string
const requested: string[] = []
const missing = new Set<string>()

beforeAll(async () => {
  ctx = await startPayload()
  server = createServer(async (request, response) => {
    const url = request.url ?? ''
    requested.push(url)
    const relative = decodeURIComponent(url.replace(/^\/wp-content\/uploads\//, ''))
    try {
      if (missing.has(url)) throw new Error('gone')
      const body = await readFile(path.join(WORDPRESS_FIXTURES, 'uploads', relative))
      response.writeHead(200, { 'content-type': 'application/octet-stream' }).end(body)
    } catch {
      response.writeHead(404).end('not found')
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`
})

afterAll(async () => {
  await ctx?.stop()
  await new Promise((resolve) => server?.close(resolve))
})

const media = (id: number) => importedFrom<Media>(ctx.payload, 'media', id)

it('an image that fails to download holds back its post, with the reason', async () => {
  missing.add('/wp-content/uploads/2018/05/knee-anatomy.png')
  const result = await importWordPress(ctx.payload, {
    file: wordpressFixture('clinic-1.2.xml'),
    uploads: origin,
  })
  expect(result.counts.articles.failed).toBe(1)
  expect(result.attention).toEqual(
    expect.arrayContaining([
      expect.objectContaining({
        problem: 'failed',
        wordpressId: 102,
        detail: expect.stringContaining('knee-anatomy.png could not be downloaded (HTTP 404)'),
      }),
    ]),
  )
  expect(await media(202)).toHaveLength(0)
  missing.clear()
})

it('images are downloaded from the address given with --uploads', async () => {
  const result = await importWordPress(ctx.payload, {
    file: wordpressFixture('clinic-1.2.xml'),
    uploads: origin,
  })
  expect(result.counts.articles).toMatchObject({ created: 1, failed: 0 })
  expect(requested).toEqual(
    expect.arrayContaining([
      '/wp-content/uploads/2017/03/knee-xray.jpg',
      '/wp-content/uploads/2018/05/knee-anatomy.png',
    ]),
  )
  const [image] = await media(201)
  expect(image.filename).toMatch(/^knee-xray/)
  expect(image.sizes?.thumbnail?.filename).toBeTruthy()
})
