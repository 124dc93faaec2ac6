import type { Media } from '@/payload-types'
import { importWordPress } from '@/wordpress/import'

import { startPayload, type TestContext } from './helpers/payload'
import { importedFrom, type OldSite, serveOldSite, wordpressFixture } from './helpers/wordpress'

/**
 * Issue 19: images are downloaded from the old site when --uploads is its address (a real HTTP
 * server on loopback stands in for it); one that cannot be downloaded holds back its post.
 */

let ctx: TestContext
let oldSite: OldSite

beforeAll(async () => {
  ctx = await startPayload()
  oldSite = await serveOldSite()
})

afterAll(async () => {
  await ctx?.stop()
  await oldSite?.close()
})

const media = (id: number) => importedFrom<Media>(ctx.payload, 'media', id)

it('an image that fails to download holds back its post, with the reason', async () => {
  oldSite.missing.add('/wp-content/uploads/2018/05/knee-anatomy.png')
  const result = await importWordPress(ctx.payload, {
    file: wordpressFixture('clinic-1.2.xml'),
    uploads: oldSite.origin,
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
  oldSite.missing.clear()
})

it('images are downloaded from the address given with --uploads', async () => {
  // The old site drops the connection of the first request for this image: it is sent again.
  const anatomy = '/wp-content/uploads/2018/05/knee-anatomy.png'
  oldSite.dropOnce.add(anatomy)
  const asked = oldSite.requested.length
  const result = await importWordPress(ctx.payload, {
    file: wordpressFixture('clinic-1.2.xml'),
    uploads: oldSite.origin,
  })
  expect(result.counts.articles).toMatchObject({ created: 1, failed: 0 })
  expect(oldSite.requested.slice(asked)).toEqual([anatomy, anatomy])
  expect(oldSite.requested).toEqual(
    expect.arrayContaining([
      '/wp-content/uploads/2017/03/knee-xray.jpg',
      '/wp-content/uploads/2018/05/knee-anatomy.png',
    ]),
  )
  const [image] = await media(201)
  expect(image.filename).toMatch(/^knee-xray/)
  expect(image.sizes?.thumbnail?.filename).toBeTruthy()
})
