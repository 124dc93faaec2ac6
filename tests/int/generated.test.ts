import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { startPayload, type TestContext } from './helpers/payload'

/**
 * Generated files that are committed must match the config: `src/payload-types.ts` (run
 * `npm run generate:types`) and the SQLite migrations in src/migrations (run
 * `npm run migrate:create`). Both are SQLite-specific (numeric ids), so this file always uses
 * SQLite, even when TEST_DATABASE_URI points at MongoDB.
 */

let ctx: TestContext
let dir: string

beforeAll(async () => {
  ctx = await startPayload({ staff: false, sqliteOnly: true })
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'clinic-types-'))
})

afterAll(async () => {
  await ctx?.stop()
  if (dir) await fs.rm(dir, { recursive: true, force: true })
})

it('src/payload-types.ts is up to date (npm run generate:types)', async () => {
  const { generateTypes } = await import('payload/node')
  const output = path.join(dir, 'payload-types.ts')
  const saved = process.env.PAYLOAD_TS_OUTPUT_PATH
  process.env.PAYLOAD_TS_OUTPUT_PATH = output
  try {
    await generateTypes(await ctx.config, { log: false })
  } finally {
    if (saved === undefined) delete process.env.PAYLOAD_TS_OUTPUT_PATH
    else process.env.PAYLOAD_TS_OUTPUT_PATH = saved
  }
  const committed = await fs.readFile(path.resolve('src/payload-types.ts'), 'utf8')
  const generated = await fs.readFile(output, 'utf8')
  // toBe prints a line diff when they differ.
  expect(committed).toBe(generated)
})

it('the committed SQLite migrations describe the schema of the config (npm run migrate:create)', async () => {
  const db = ctx.payload.db as unknown as {
    schema: Record<string, unknown>
    requireDrizzleKit: () => {
      generateDrizzleJson: (schema: unknown) => Promise<{ version: string }>
      generateMigration: (before: unknown, after: unknown) => Promise<string[]>
      upSnapshot?: (snapshot: unknown) => unknown
    }
  }
  const migrationDir = path.resolve('src/migrations')
  const snapshots = (await fs.readdir(migrationDir)).filter((file) => file.endsWith('.json')).sort()
  expect(snapshots.length).toBeGreaterThan(0)
  const latest = JSON.parse(
    await fs.readFile(path.join(migrationDir, snapshots[snapshots.length - 1]), 'utf8'),
  )
  const { generateDrizzleJson, generateMigration, upSnapshot } = db.requireDrizzleKit()
  const current = await generateDrizzleJson(db.schema)
  const before = upSnapshot && latest.version < current.version ? upSnapshot(latest) : latest
  // The SQL a new migration would contain: none when the migrations are complete.
  expect(await generateMigration(before, current)).toEqual([])
})

it('every migration file is listed in src/migrations/index.ts', async () => {
  const migrationDir = path.resolve('src/migrations')
  const files = (await fs.readdir(migrationDir))
    .filter((file) => /^\d{8}_\d{6}.*\.ts$/.test(file))
    .map((file) => file.replace(/\.ts$/, ''))
    .sort()
  const { migrations } = await import('@/migrations')
  expect(migrations.map((migration) => migration.name)).toEqual(files)
  const snapshots = (await fs.readdir(migrationDir))
    .filter((file) => file.endsWith('.json'))
    .map((file) => file.replace(/\.json$/, ''))
    .sort()
  expect(snapshots).toEqual(files)
})
