import fs from 'node:fs/promises'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'

import S3rver from 's3rver'

/**
 * A real S3-compatible server on loopback (npm s3rver, in place of MinIO, which cannot run
 * here), with one bucket, files in a temporary folder. It refuses an access key id it does not
 * know, as S3 does; it does not check the secret of a V4 signature.
 */
export type S3Server = {
  endpoint: string
  bucket: string
  accessKeyId: string
  secretAccessKey: string
  env: Record<string, string>
  stop: () => Promise<void>
}

export const startS3 = async (bucket = 'clinic-media'): Promise<S3Server> => {
  const directory = await fs.mkdtemp(path.join(os.tmpdir(), 'clinic-s3-'))
  const server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory,
    configureBuckets: [{ name: bucket, configs: [] }],
  })
  const { port } = (await server.run()) as AddressInfo
  const endpoint = `http://127.0.0.1:${port}`
  return {
    endpoint,
    bucket,
    accessKeyId: 'S3RVER',
    secretAccessKey: 'S3RVER',
    env: {
      S3_BUCKET: bucket,
      S3_ENDPOINT: endpoint,
      S3_REGION: 'us-east-1',
      S3_ACCESS_KEY_ID: 'S3RVER',
      S3_SECRET_ACCESS_KEY: 'S3RVER',
    },
    stop: async () => {
      await server.close()
      await fs.rm(directory, { recursive: true, force: true })
    },
  }
}
