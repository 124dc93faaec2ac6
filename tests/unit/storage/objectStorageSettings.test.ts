import { readObjectStorageSettings } from '@/storage/settings'

describe('readObjectStorageSettings', () => {
  it('keeps files on local disk without S3_BUCKET', () => {
    expect(readObjectStorageSettings({})).toBeNull()
    expect(
      readObjectStorageSettings({ S3_BUCKET: '  ', S3_ENDPOINT: 'http://minio:9000' }),
    ).toBeNull()
  })

  it('addresses a self-hosted server (MinIO) by path, with its keys', () => {
    expect(
      readObjectStorageSettings({
        S3_BUCKET: 'clinic-media',
        S3_ENDPOINT: 'http://minio:9000',
        S3_ACCESS_KEY_ID: 'clinic',
        S3_SECRET_ACCESS_KEY: 'secret-key',
      }),
    ).toEqual({
      bucket: 'clinic-media',
      config: {
        region: 'us-east-1',
        endpoint: 'http://minio:9000',
        forcePathStyle: true,
        credentials: { accessKeyId: 'clinic', secretAccessKey: 'secret-key' },
      },
    })
  })

  it("uses AWS's own addressing and credential chain when only the bucket and region are set", () => {
    expect(
      readObjectStorageSettings({ S3_BUCKET: 'clinic-media', S3_REGION: 'eu-west-1' }),
    ).toEqual({
      bucket: 'clinic-media',
      config: { region: 'eu-west-1', forcePathStyle: false },
    })
  })

  it('lets S3_FORCE_PATH_STYLE decide', () => {
    const settings = readObjectStorageSettings({
      S3_BUCKET: 'b',
      S3_ENDPOINT: 'https://account.r2.cloudflarestorage.com',
      S3_FORCE_PATH_STYLE: 'false',
    })
    expect(settings?.config.forcePathStyle).toBe(false)
  })

  it('refuses an endpoint that is not an http(s) address, naming it', () => {
    expect(() => readObjectStorageSettings({ S3_BUCKET: 'b', S3_ENDPOINT: 'minio:9000' })).toThrow(
      'S3_ENDPOINT must be an http(s) address such as http://minio:9000, not "minio:9000".',
    )
  })

  it('refuses half a key pair, naming the half that is there', () => {
    expect(() => readObjectStorageSettings({ S3_BUCKET: 'b', S3_ACCESS_KEY_ID: 'clinic' })).toThrow(
      'S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY go together; only S3_ACCESS_KEY_ID is set.',
    )
  })
})
