import { spawn } from 'node:child_process'
import os from 'node:os'
import path from 'node:path'

import { expect, test } from '@playwright/test'

/**
 * Issue 9, accounts: the production server (this run's `next build`) refuses to start with a
 * published example or a short PAYLOAD_SECRET, saying why, instead of serving 500s; issue 17:
 * likewise with a TRUSTED_PROXY_HOPS it cannot use; issue 20: with a REDIS_URL or an S3 bucket
 * that does not answer, rather than run on state of its own.
 */

const startWith = (secret: string, env: Record<string, string> = {}) =>
  new Promise<{ code: number | null; output: string }>((resolve) => {
    const folder = path.join(os.tmpdir(), `clinic-start-up-${process.pid}`)
    const server = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'start'], {
      env: {
        ...process.env,
        NODE_ENV: 'production',
        PAYLOAD_SECRET: secret,
        DATABASE_URI: `file:${path.join(folder, 'clinic.db')}`,
        MEDIA_DIR: path.join(folder, 'media'),
        PORT: '3199',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    server.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
    server.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
    // A server that keeps running is the failure: stop it and report.
    const timer = setTimeout(() => server.kill('SIGKILL'), 30_000)
    server.once('exit', (code) => {
      clearTimeout(timer)
      resolve({ code, output })
    })
  })

test('the production server refuses a weak PAYLOAD_SECRET with a one-line reason', async () => {
  test.setTimeout(90_000)
  const short = await startWith('short-secret')
  expect(short.code).toBe(1)
  expect(short.output).toContain(
    'The server did not start: PAYLOAD_SECRET is 12 characters long; it must be at least 32.',
  )
  const example = await startWith('development-only-secret-do-not-use-in-production')
  expect(example.code).toBe(1)
  expect(example.output).toContain(
    'The server did not start: PAYLOAD_SECRET is a published example value, not a secret.',
  )
})

test('the production server refuses a TRUSTED_PROXY_HOPS that is not a hop count', async () => {
  test.setTimeout(60_000)
  const { code, output } = await startWith('e2e-only-secret-3f9c1a7b52d84e06a1c2', {
    TRUSTED_PROXY_HOPS: 'two',
  })
  expect(code).toBe(1)
  expect(output).toContain(
    'The server did not start: TRUSTED_PROXY_HOPS must be a whole number from 0 to 10 (the number of reverse proxies in front of the server), not "two".',
  )
})

test('the production server refuses a REDIS_URL or S3 bucket that does not answer, naming it', async () => {
  test.setTimeout(90_000)
  const secret = 'e2e-only-secret-3f9c1a7b52d84e06a1c2'
  const redis = await startWith(secret, { REDIS_URL: 'redis://:pw@127.0.0.1:1' })
  expect(redis.code).toBe(1)
  expect(redis.output).toMatch(
    /The server did not start: REDIS_URL: could not reach Redis at redis:\/\/127\.0\.0\.1:1 \(.*ECONNREFUSED.*\)\.\n/,
  )
  expect(redis.output).not.toContain(':pw@')
  const bucket = await startWith(secret, {
    S3_BUCKET: 'clinic-media',
    S3_ENDPOINT: 'http://127.0.0.1:1',
    S3_ACCESS_KEY_ID: 'clinic',
    S3_SECRET_ACCESS_KEY: 'secret-key',
  })
  expect(bucket.code).toBe(1)
  expect(bucket.output).toMatch(
    /The server did not start: S3_ENDPOINT: could not reach bucket "clinic-media" at http:\/\/127\.0\.0\.1:1 \(.+\)\.\n/,
  )
  const halfKey = await startWith(secret, { S3_BUCKET: 'clinic-media', S3_ACCESS_KEY_ID: 'clinic' })
  expect(halfKey.code).toBe(1)
  expect(halfKey.output).toContain(
    'The server did not start: S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY go together; only S3_ACCESS_KEY_ID is set.',
  )
})
