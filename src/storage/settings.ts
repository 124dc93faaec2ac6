import type { S3ClientConfig } from '@aws-sdk/client-s3'

type Env = Record<string, string | undefined>

export type ObjectStorageSettings = {
  bucket: string
  config: S3ClientConfig
}

const setting = (env: Env, name: string) => env[name]?.trim() || undefined

/**
 * S3_BUCKET turns object storage on; S3_ENDPOINT (MinIO, R2, s3rver…), S3_REGION and the key
 * pair say where and as whom. Without S3_BUCKET files stay on local disk. Throws a one-line reason
 * naming the setting when the settings cannot work together.
 */
export const readObjectStorageSettings = (env: Env = process.env): ObjectStorageSettings | null => {
  const bucket = setting(env, 'S3_BUCKET')
  if (!bucket) return null
  const endpoint = setting(env, 'S3_ENDPOINT')
  if (endpoint && !/^https?:\/\/[^/]+/.test(endpoint))
    throw new Error(
      `S3_ENDPOINT must be an http(s) address such as http://minio:9000, not "${endpoint}".`,
    )
  const accessKeyId = setting(env, 'S3_ACCESS_KEY_ID')
  const secretAccessKey = setting(env, 'S3_SECRET_ACCESS_KEY')
  if (Boolean(accessKeyId) !== Boolean(secretAccessKey))
    throw new Error(
      `S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY go together; only ${accessKeyId ? 'S3_ACCESS_KEY_ID' : 'S3_SECRET_ACCESS_KEY'} is set.`,
    )
  return {
    bucket,
    config: {
      region: setting(env, 'S3_REGION') || 'us-east-1',
      ...(endpoint ? { endpoint } : {}),
      // MinIO and most self-hosted servers address buckets by path, not by host name.
      forcePathStyle: setting(env, 'S3_FORCE_PATH_STYLE')
        ? env.S3_FORCE_PATH_STYLE === 'true'
        : Boolean(endpoint),
      // Without a key pair the SDK's own chain applies (instance roles, AWS_* variables).
      ...(accessKeyId && secretAccessKey ? { credentials: { accessKeyId, secretAccessKey } } : {}),
    },
  }
}
