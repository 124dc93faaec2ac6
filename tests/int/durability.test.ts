import { spawn } from 'node:child_process'

import { createClient } from '@libsql/client'

import { contactForm } from '@/seed/contactForm'

import { startPayload, type TestContext } from './helpers/payload'

/**
 * Issue 9, faults: a server process killed in the middle of writing (SIGKILL, no chance to
 * flush or close) loses no submission it had acknowledged, and leaves a sound database.
 */

let ctx: TestContext
let formId: number | string

beforeAll(async () => {
  ctx = await startPayload({ sqliteOnly: true, staff: false })
  const form = await ctx.payload.create({
    collection: 'forms',
    // No notification emails: only the database is under test.
    data: { ...contactForm.build(['Oak Lawn']), emails: [] } as never,
  })
  formId = form.id
})

afterAll(async () => {
  await ctx?.stop()
})

const ACKNOWLEDGED_BEFORE_KILL = 40

/** Starts the writer and SIGKILLs it once it has acknowledged enough saves. */
async function writeUntilKilled(): Promise<number[]> {
  const child = spawn('npx', ['payload', 'run', 'tests/int/helpers/crashWriter.ts'], {
    env: {
      ...process.env,
      NODE_OPTIONS: '--no-deprecation',
      CRASH_FORM_ID: String(formId),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group, so the kill reaches node behind npx.
    detached: true,
  })
  let stderr = ''
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const acknowledged: number[] = []
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  await new Promise<void>((resolve, reject) => {
    let buffer = ''
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString()
      const lines = buffer.split('\n')
      buffer = lines.pop()!
      for (const line of lines) {
        const match = /^ack (\d+)$/.exec(line.trim())
        if (match) acknowledged.push(Number(match[1]))
      }
      if (acknowledged.length >= ACKNOWLEDGED_BEFORE_KILL) {
        // Mid-run: the next create is already under way.
        process.kill(-child.pid!, 'SIGKILL')
        resolve()
      }
    })
    child.once('exit', (code) =>
      reject(new Error(`the writer exited (${code}) after ${acknowledged.length}: ${stderr}`)),
    )
  })
  await exited
  return acknowledged
}

describe('crash mid-write', () => {
  test('every acknowledged submission survives a SIGKILL; integrity_check is ok', async () => {
    const acknowledged = await writeUntilKilled()
    expect(acknowledged.length).toBeGreaterThanOrEqual(ACKNOWLEDGED_BEFORE_KILL)

    // A fresh connection, as the restarted server would open (it replays the WAL).
    const client = createClient({ url: process.env.DATABASE_URI! })
    try {
      const { rows } = await client.execute('SELECT id FROM form_submissions')
      const stored = new Set(rows.map((row) => Number(row.id)))
      const lost = acknowledged.filter((id) => !stored.has(id))
      expect(lost).toEqual([])
      const check = await client.execute('PRAGMA integrity_check')
      expect(check.rows.map((row) => row.integrity_check)).toEqual(['ok'])
    } finally {
      client.close()
    }
    // And the running Payload still reads them all.
    const { totalDocs } = await ctx.payload.count({ collection: 'form-submissions' })
    expect(totalDocs).toBeGreaterThanOrEqual(acknowledged.length)
  }, 120_000)
})
