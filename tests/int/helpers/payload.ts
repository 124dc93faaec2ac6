import { randomBytes } from 'node:crypto'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import type { Config, Payload, SanitizedConfig } from 'payload'

import type { User } from '@/payload-types'

/**
 * One fresh Payload per test file: its own database (a temporary SQLite file, or a uniquely
 * named MongoDB database when TEST_DATABASE_URI=mongodb://… is set), its own media and exports
 * folders, and two staff accounts. `stop()` closes everything and removes the database.
 */

export type Staff = { user: User; token: string; email: string; password: string }

export type TestContext = {
  payload: Payload
  config: Promise<SanitizedConfig>
  admin: Staff
  editor: Staff
  isMongo: boolean
  stop: () => Promise<void>
}

const MONGO_URI = /^(mongodb(?:\+srv)?:\/\/[^/?]+)(\/[^?]*)?(\?.*)?$/

/** The same server and options as `uri`, with another database name. */
export const withDatabaseName = (uri: string, name: string): string => {
  const match = MONGO_URI.exec(uri)
  if (!match) throw new Error(`TEST_DATABASE_URI is not a mongodb:// address: ${uri}`)
  return `${match[1]}/${name}${match[3] ?? ''}`
}

export const PASSWORD = 'correct-horse-battery-staple'

type StartOptions = {
  /** Create the admin and editor accounts (default true). */
  staff?: boolean
  /** Use SQLite even when TEST_DATABASE_URI points at MongoDB (for SQLite-only checks). */
  sqliteOnly?: boolean
  /** Payload's `logger` setting instead of the quiet default (e.g. to capture the lines). */
  logger?: Config['logger']
}

export const startPayload = async ({
  staff = true,
  sqliteOnly = false,
  logger,
}: StartOptions = {}): Promise<TestContext> => {
  const id = `${Date.now().toString(36)}-${randomBytes(4).toString('hex')}`
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), `clinic-int-${id}-`))
  const testUri = process.env.TEST_DATABASE_URI
  const isMongo = !sqliteOnly && Boolean(testUri && /^mongodb(\+srv)?:\/\//.test(testUri))

  process.env.SEED = 'false'
  process.env.JOBS_AUTORUN = 'false'
  process.env.MEDIA_DIR = path.join(dir, 'media')
  process.env.EXPORTS_DIR = path.join(dir, 'exports')
  process.env.DATABASE_URI = isMongo
    ? withDatabaseName(testUri!, `clinic_int_${id.replace(/\W/g, '_')}`)
    : `file:${path.join(dir, 'clinic.db')}`

  // Imported only now: the config reads DATABASE_URI, MEDIA_DIR and EXPORTS_DIR when it is evaluated.
  const { default: config } = await import('@payload-config')
  const { getPayload } = await import('payload')
  const sanitized = await config
  // No usage report to payloadcms.com from test runs (the request would also outlive the tests),
  // and no `payload generate:types` child process rewriting src/payload-types.ts on every boot.
  sanitized.telemetry = false
  sanitized.typescript.autoGenerate = false
  // Payload logs every refused request and invalid field; the assertions cover those, so keep
  // the report quiet. TEST_LOGS=true shows everything.
  sanitized.logger = (logger ?? {
    options: { level: process.env.TEST_LOGS === 'true' ? 'info' : 'fatal' },
  }) as never
  let payload: Payload
  try {
    payload = await getPayload({ config })
  } catch (error) {
    await fs.rm(dir, { recursive: true, force: true })
    throw error
  }

  const stop = async () => {
    try {
      if (isMongo) {
        const db = payload.db as unknown as {
          connection?: { dropDatabase: () => Promise<unknown> }
        }
        await db.connection?.dropDatabase()
      }
      await payload.destroy()
      const client = (payload.db as unknown as { client?: { close?: () => void } }).client
      client?.close?.()
    } finally {
      await fs.rm(dir, { recursive: true, force: true })
    }
  }

  let admin = undefined as unknown as Staff
  let editor = undefined as unknown as Staff
  if (staff) {
    try {
      admin = await createStaff(payload, { name: 'Ada Admin', roles: ['admin'] })
      editor = await createStaff(payload, { name: 'Eddie Editor', roles: ['editor'] })
    } catch (error) {
      await stop()
      throw error
    }
  }
  return { payload, config, admin, editor, isMongo, stop }
}

let staffCounter = 0

export const createStaff = async (
  payload: Payload,
  { name, roles }: { name: string; roles: User['roles'] },
): Promise<Staff> => {
  staffCounter += 1
  const email = `${name.toLowerCase().replace(/\W+/g, '.')}.${staffCounter}@clinic.test`
  await payload.create({
    collection: 'users',
    data: { name, email, password: PASSWORD, roles },
  })
  return login(payload, email, PASSWORD)
}

export const login = async (payload: Payload, email: string, password: string): Promise<Staff> => {
  const result = await payload.login({ collection: 'users', data: { email, password } })
  if (!result.token || !result.user) throw new Error(`could not log in as ${email}`)
  return { user: result.user as User, token: result.token, email, password }
}
