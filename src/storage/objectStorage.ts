import { HeadBucketCommand, S3Client } from '@aws-sdk/client-s3'
import { s3Storage } from '@payloadcms/storage-s3'
import type { Plugin } from 'payload'

import { type ObjectStorageSettings, readObjectStorageSettings } from './settings'

type Env = Record<string, string | undefined>

/**
 * Upload collections whose files go to the bucket, so every instance serves them. A WordPress
 * import's export file stays on the disk of the instance that received it: the dry run and the
 * import read it as a stream from there.
 */
export const STORED_COLLECTIONS = ['media', 'exports'] as const

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
    collections: Object.fromEntries(STORED_COLLECTIONS.map((slug) => [slug, true])),
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
