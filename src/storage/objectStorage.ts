import { createWriteStream, existsSync } from 'node:fs'
import { mkdir, rename, rm } from 'node:fs/promises'
import path from 'node:path'
import type { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'

import { GetObjectCommand, HeadBucketCommand, S3Client } from '@aws-sdk/client-s3'
import { buildStoragePathData, sanitizePrefix } from '@payloadcms/plugin-cloud-storage/utilities'
import { s3Storage } from '@payloadcms/storage-s3'
import type { Plugin } from 'payload'

import { type ObjectStorageSettings, readObjectStorageSettings } from './settings'

type Env = Record<string, string | undefined>

/**
 * Upload collections whose files go to the bucket, so every instance serves them. A WordPress
 * export is also kept on the disk of the instance that received it, where the dry run reads it;
 * an instance that starts the import without it copies it from the bucket first.
 */
export const STORED_COLLECTIONS = ['media', 'exports', 'wordpress-imports'] as const

const COLLECTION_OPTIONS = {
  media: true,
  exports: true,
  'wordpress-imports': { disableLocalStorage: false },
} as const satisfies Record<(typeof STORED_COLLECTIONS)[number], unknown>

/**
 * Payload's S3 adapter for the upload collections. Files are still served by Payload's own
 * `/api/<collection>/file/<name>` route (access control, headers), read from the bucket, so any
 * instance serves what another stored. Always inserts the adapter's `prefix` field, so the
 * schema (and the migrations) are the same with and without a bucket.
 */
export const objectStorage = (env: Env = process.env): Plugin => {
  const settings = readObjectStorageSettings(env)
  return s3Storage({
    enabled: Boolean(settings),
    alwaysInsertFields: true,
    bucket: settings?.bucket ?? '',
    config: settings?.config ?? {},
    collections: COLLECTION_OPTIONS,
  })
}

/** Asks the bucket once with the configured keys; throws a one-line reason naming the setting. */
export const checkObjectStorage = async (settings: ObjectStorageSettings): Promise<void> => {
  const client = new S3Client({ ...settings.config, maxAttempts: 1 })
  try {
    await client.send(new HeadBucketCommand({ Bucket: settings.bucket }), {
      abortSignal: AbortSignal.timeout(10_000),
    })
  } catch (error) {
    const status = (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode
    const where = settings.config.endpoint ? ` at ${String(settings.config.endpoint)}` : ''
    if (status === 403)
      throw new Error(
        `S3_ACCESS_KEY_ID/S3_SECRET_ACCESS_KEY were refused by bucket "${settings.bucket}"${where}.`,
      )
    if (status === 404) throw new Error(`S3_BUCKET "${settings.bucket}" does not exist${where}.`)
    const reason =
      (error as Error).name === 'TimeoutError' ? 'no answer in 10 s' : (error as Error).message
    throw new Error(`S3_ENDPOINT: could not reach bucket "${settings.bucket}"${where} (${reason}).`)
  } finally {
    client.destroy()
  }
}

/**
 * Makes sure `file` (a stored upload's place on this instance's disk) exists: when it does not and
 * the files are in a bucket, downloads the upload's object there (through a temporary name, so a
 * broken download never looks complete). Without a bucket, leaves a missing file missing.
 */
export const copyFromBucket = async (
  doc: { filename: string; prefix?: string | null; _objectKey?: string | null },
  file: string,
  env: Env = process.env,
): Promise<void> => {
  if (existsSync(file)) return
  const settings = readObjectStorageSettings(env)
  if (!settings) return
  // Where the adapter put it, by the plugin's own rule: the document's prefix and object key
  // (either may be empty), then its name.
  const docPrefix = [doc.prefix, doc._objectKey]
    .map((part) => sanitizePrefix(part ?? ''))
    .filter(Boolean)
    .join('/')
  const key = buildStoragePathData({ docPrefix, filename: doc.filename }).storageFilePath
  const client = new S3Client(settings.config)
  const partial = `${file}.${process.pid}.partial`
  try {
    const object = await client.send(new GetObjectCommand({ Bucket: settings.bucket, Key: key }))
    await mkdir(path.dirname(file), { recursive: true })
    await pipeline(object.Body as Readable, createWriteStream(partial))
    await rename(partial, file)
  } finally {
    await rm(partial, { force: true })
    client.destroy()
  }
}
