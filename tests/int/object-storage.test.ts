import fs from 'node:fs/promises'

import { ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3'
import { REST_DELETE, REST_GET, REST_POST } from '@payloadcms/next/routes'

import sharp from 'sharp'

import { withBodyLimit } from '@/hardening/bodyLimit'
import { checkObjectStorage } from '@/storage/objectStorage'
import { readObjectStorageSettings } from '@/storage/settings'

import { pngFile } from './helpers/fixtures'
import { startPayload, type TestContext } from './helpers/payload'
import { type S3Server, startS3 } from './helpers/s3'

/**
 * Issue 20: with S3_BUCKET set, images (and their sizes) and exports are stored in an
 * S3-compatible bucket through @payloadcms/storage-s3 and served by Payload's own file route from
 * there, so any instance serves what another stored; nothing lands on local disk. Bad files are
 * refused before anything reaches the bucket. The bucket is a real S3-compatible server.
 */

const ORIGIN = 'http://localhost:3000'
let s3: S3Server
let ctx: TestContext
let bucket: S3Client

const keys = async () => {
  const listed = await bucket.send(new ListObjectsV2Command({ Bucket: s3.bucket }))
  return (listed.Contents ?? []).map((object) => object.Key!).sort()
}

const call = async (
  handler: (request: Request, args: { params: Promise<{ slug: string[] }> }) => Promise<Response>,
  method: string,
  apiPath: string,
  body?: FormData,
) => {
  const url = new URL(`/api/${apiPath}`, ORIGIN)
  const slug = url.pathname
    .replace(/^\/api\//, '')
    .split('/')
    .filter(Boolean)
  return handler(
    new Request(url, { method, headers: { authorization: `JWT ${ctx.admin.token}` }, body }),
    { params: Promise.resolve({ slug }) },
  )
}

/** A photo large enough for every size (thumbnail, card, hero, og). */
const photo = async () =>
  sharp({ create: { width: 1800, height: 1000, channels: 3, background: '#0d4f5c' } })
    .png()
    .toBuffer()

const upload = async (data: Uint8Array, name: string, type: string) => {
  const form = new FormData()
  form.append('file', new Blob([data as BlobPart], { type }), name)
  form.append('_payload', JSON.stringify({ alt: 'A knee model on a desk' }))
  const response = await call(withBodyLimit(REST_POST(ctx.config)), 'POST', 'media', form)
  return { status: response.status, json: await response.json() }
}

beforeAll(async () => {
  s3 = await startS3()
  Object.assign(process.env, s3.env)
  ctx = await startPayload()
  bucket = new S3Client({ ...readObjectStorageSettings(s3.env)!.config })
})

afterAll(async () => {
  for (const name of Object.keys(s3.env)) delete process.env[name]
  bucket?.destroy()
  await ctx?.stop()
  await s3?.stop()
})

it('stores an uploaded image and its sizes in the bucket, not on local disk', async () => {
  const before = await keys()
  const answer = await upload(new Uint8Array(await photo()), 'knee-model.png', 'image/png')
  expect(answer.status).toBe(201)
  const { doc } = answer.json
  const stored = (await keys()).filter((key) => !before.includes(key))
  const names = [doc.filename, ...Object.values(doc.sizes).map((size: any) => size.filename)]
  expect(names.filter(Boolean)).toHaveLength(5)
  expect(stored.map((key) => key.split('/').pop()).sort()).toEqual(names.sort())
  await expect(fs.readdir(process.env.MEDIA_DIR!)).rejects.toMatchObject({ code: 'ENOENT' })
})

it('serves the image from the bucket at its usual address', async () => {
  const image = await photo()
  const { json } = await upload(new Uint8Array(image), 'shoulder-model.png', 'image/png')
  expect(json.doc.url).toBe(`/api/media/file/${json.doc.filename}`)
  const response = await call(REST_GET(ctx.config), 'GET', `media/file/${json.doc.filename}`)
  expect(response.status).toBe(200)
  expect(response.headers.get('content-type')).toBe('image/png')
  expect(Buffer.from(await response.arrayBuffer())).toEqual(image)
  const card = json.doc.sizes.card.filename
  const sized = await call(REST_GET(ctx.config), 'GET', `media/file/${card}`)
  expect(sized.status).toBe(200)
  expect(await sharp(Buffer.from(await sized.arrayBuffer())).metadata()).toMatchObject({
    width: 800,
    height: 450,
  })
})

it('answers 404 for a file the bucket does not have', async () => {
  const response = await call(REST_GET(ctx.config), 'GET', 'media/file/no-such-image.png')
  expect(response.status).toBe(404)
})

it('refuses a file of the wrong type or size before anything reaches the bucket', async () => {
  const before = await keys()
  const html = new TextEncoder().encode('<html><script>alert(1)</script></html>')
  expect((await upload(html, 'x.png', 'image/png')).status).toBe(400)
  const big = new Uint8Array(12 * 1024 * 1024)
  big.set((await pngFile()).data)
  const tooBig = await upload(big, 'big.png', 'image/png')
  expect(tooBig.status).toBe(413)
  expect(tooBig.json.errors[0].message).toMatch(/at most 10 MB/)
  expect(await keys()).toEqual(before)
})

it('removes the image and its sizes from the bucket when it is deleted', async () => {
  const image = await pngFile('elbow-model.png')
  const before = await keys()
  const { json } = await upload(new Uint8Array(image.data), 'elbow-model.png', 'image/png')
  expect((await keys()).length).toBeGreaterThan(before.length)
  const response = await call(REST_DELETE(ctx.config), 'DELETE', `media/${json.doc.id}`)
  expect(response.status).toBe(200)
  expect(await keys()).toEqual(before)
})

describe('checkObjectStorage, at start-up', () => {
  it('passes for the bucket with its keys', async () => {
    await expect(checkObjectStorage(readObjectStorageSettings(s3.env)!)).resolves.toBeUndefined()
  })

  it('names the keys when the bucket refuses them', async () => {
    const settings = readObjectStorageSettings({ ...s3.env, S3_ACCESS_KEY_ID: 'NOT-A-KEY' })!
    await expect(checkObjectStorage(settings)).rejects.toThrow(
      `S3_ACCESS_KEY_ID/S3_SECRET_ACCESS_KEY were refused by bucket "clinic-media" at ${s3.endpoint}.`,
    )
  })

  it('names S3_BUCKET when the bucket does not exist', async () => {
    const settings = readObjectStorageSettings({ ...s3.env, S3_BUCKET: 'no-such-bucket' })!
    await expect(checkObjectStorage(settings)).rejects.toThrow(
      `S3_BUCKET "no-such-bucket" does not exist at ${s3.endpoint}.`,
    )
  })

  it('names S3_ENDPOINT when nothing answers there', async () => {
    const settings = readObjectStorageSettings({ ...s3.env, S3_ENDPOINT: 'http://127.0.0.1:1' })!
    await expect(checkObjectStorage(settings)).rejects.toThrow(
      /^S3_ENDPOINT: could not reach bucket "clinic-media" at http:\/\/127\.0\.0\.1:1 \(.+\)\.$/,
    )
  })
})
