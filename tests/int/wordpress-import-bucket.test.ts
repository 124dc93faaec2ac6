// First: Next's request stores must be real ones, as in the server.
import './helpers/nextRuntime.cjs'

import { existsSync } from 'node:fs'
import { readdir, readFile, rm } from 'node:fs/promises'
import path from 'node:path'

import { GetObjectCommand, S3Client } from '@aws-sdk/client-s3'

import { copyFromBucket } from '@/storage/objectStorage'
import { readObjectStorageSettings } from '@/storage/settings'

import { rest } from './helpers/http'
import type { TestContext } from './helpers/payload'
import { type S3Server, startS3 } from './helpers/s3'
import {
  importFinished,
  type OldSite,
  startImportSite,
  uploadExport,
  wordpressFixture,
} from './helpers/wordpress'

/**
 * Issue 20: with a bucket, an export uploaded through one instance can be imported by another
 * (behind a round-robin proxy the admin's "Import now" may reach any of them). The export is
 * stored in the bucket as well as on the receiving instance's disk; an instance without it on
 * its disk copies it from the bucket. Another instance is played by removing the local copy.
 */

let s3: S3Server
let ctx: TestContext
let importsDir: string
let oldSite: OldSite
let stop: (() => Promise<void>) | undefined

beforeAll(async () => {
  s3 = await startS3()
  Object.assign(process.env, s3.env)
  ;({ ctx, importsDir, oldSite, stop } = await startImportSite())
})

afterAll(async () => {
  await stop?.()
  for (const name of Object.keys(s3.env)) delete process.env[name]
  await s3?.stop()
})

it('imports an export uploaded through another instance, from its copy in the bucket', async () => {
  const exportFile = await readFile(wordpressFixture('clinic-1.2.xml'))
  const { status, body } = await uploadExport(ctx, 'clinic-1.2.xml', {
    oldSiteUrl: oldSite.origin,
  })
  expect(status).toBe(201)
  expect(body.doc.status).toBe('checked')
  const local = path.join(importsDir, body.doc.filename)
  // Stored in the bucket, byte for byte, and kept here for the dry run.
  const bucket = new S3Client(readObjectStorageSettings(s3.env)!.config)
  const object = await bucket.send(
    new GetObjectCommand({ Bucket: s3.bucket, Key: body.doc.filename }),
  )
  expect(Buffer.from(await object.Body!.transformToByteArray()).equals(exportFile)).toBe(true)
  bucket.destroy()
  expect(existsSync(local)).toBe(true)

  // The instance that gets "Import now" never saw the upload.
  await rm(local)
  const started = await rest(ctx.config, 'POST', `wordpress-imports/${body.doc.id}/start`, {
    token: ctx.admin.token,
  })
  expect(started.status).toBe(202)
  const done = await importFinished(ctx, body.doc.id)
  expect(done.error ?? null).toBeNull()
  expect(done.status).toBe('done')
  expect(done.report?.counts.articles).toMatchObject({ created: 7, failed: 0 })
  expect(await readFile(local)).toEqual(exportFile)
})

it('leaves a file that is in no bucket missing, for the import to report', async () => {
  const file = path.join(importsDir, 'never-uploaded.xml')
  await copyFromBucket({ filename: 'never-uploaded.xml' }, file, {})
  expect(existsSync(file)).toBe(false)
  // With the bucket, an object that is not there is an error, and leaves nothing half-written.
  await expect(copyFromBucket({ filename: 'never-uploaded.xml' }, file, s3.env)).rejects.toThrow()
  expect(existsSync(file)).toBe(false)
  expect(await readdir(importsDir)).not.toContainEqual(expect.stringMatching(/partial/))
})
