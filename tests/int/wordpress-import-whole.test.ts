import { cp, mkdtemp, readFile, rename, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import type { Article } from '@/payload-types'
import { importWordPress } from '@/wordpress/import'

import { startPayload, type TestContext } from './helpers/payload'
import { importedFrom, WORDPRESS_FIXTURES, wordpressFixture } from './helpers/wordpress'

/**
 * Issue 19: each post is imported whole or not at all. A post whose image cannot be read leaves
 * nothing behind (no article, no citation or image of its own, no redirect) and comes in whole
 * on the next run once the file is there.
 */

let ctx: TestContext
let folder: string

beforeAll(async () => {
  ctx = await startPayload()
  folder = await mkdtemp(path.join(os.tmpdir(), 'wp-uploads-'))
  await cp(path.join(WORDPRESS_FIXTURES, 'uploads'), folder, { recursive: true })
})

afterAll(async () => {
  await ctx?.stop()
  await rm(folder, { recursive: true, force: true })
})

const byWordPressId = (id: number) => importedFrom<Article>(ctx.payload, 'articles', id)

it('leaves nothing behind when an image is missing, and comes in whole once it is there', async () => {
  // The original and the resized copy the text shows are both gone.
  const images = ['2017/03/knee-xray.jpg', '2017/03/knee-xray-300x200.jpg'].map((file) =>
    path.join(folder, file),
  )
  for (const image of images) await rename(image, `${image}.away`)
  const first = await importWordPress(ctx.payload, {
    file: wordpressFixture('clinic-1.2.xml'),
    uploads: folder,
  })
  expect(first.counts.articles.failed).toBe(1)
  expect(first.attention).toEqual(
    expect.arrayContaining([
      expect.objectContaining({
        problem: 'failed',
        wordpressId: 101,
        detail: expect.stringContaining('knee-xray.jpg'),
      }),
    ]),
  )
  expect(await byWordPressId(101)).toHaveLength(0)
  // Its own citation (Hauser 2013) and redirects went with it; Platas stays for post 102.
  const hauser = await ctx.payload.find({
    collection: 'citations',
    where: { doi: { equals: '10.4137/CMAMD.S10951' } },
  })
  expect(hauser.totalDocs).toBe(0)
  const redirects = await ctx.payload.find({
    collection: 'redirects',
    where: { from: { equals: '/?p=101' } },
  })
  expect(redirects.totalDocs).toBe(0)

  for (const image of images) await rename(`${image}.away`, image)
  const second = await importWordPress(ctx.payload, {
    file: wordpressFixture('clinic-1.2.xml'),
    uploads: folder,
  })
  expect(second.counts.articles).toMatchObject({ created: 1, failed: 0 })
  const [article] = await byWordPressId(101)
  expect(article.references).toHaveLength(2)
})
