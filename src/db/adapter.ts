import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'

import { migrations } from '../migrations'

export const DEFAULT_DATABASE_URI = 'file:./data/clinic.db'

export const databaseUri = (): string => process.env.DATABASE_URI || DEFAULT_DATABASE_URI

export const isMongoUri = (uri: string): boolean => /^mongodb(\+srv)?:\/\//.test(uri)

// libsql will not create missing folders, and ./data is not in the repository.
const ensureSqliteDirectory = (uri: string): void => {
  if (!uri.startsWith('file:')) return
  const file = uri.startsWith('file://') ? fileURLToPath(uri) : uri.slice('file:'.length)
  mkdirSync(path.dirname(path.resolve(process.cwd(), file)), { recursive: true })
}

/**
 * SQLite (a file under ./data) by default; MongoDB when DATABASE_URI says mongodb://.
 * SQLite schema only ever changes through committed migrations, in every environment, so a
 * database made in development opens unchanged in production.
 */
export const databaseAdapter = (): DatabaseAdapterObj => {
  const uri = databaseUri()
  if (isMongoUri(uri)) {
    // Transactions need a replica set (docker-compose.yml starts one); unique slugs need their
    // indexes built before the first write.
    return mongooseAdapter({ url: uri, transactionOptions: {}, ensureIndexes: true })
  }
  ensureSqliteDirectory(uri)
  return sqliteAdapter({
    client: { url: uri },
    push: false,
    migrationDir: path.resolve(process.cwd(), 'src/migrations'),
    prodMigrations: migrations,
    // No transactions on SQLite: libsql runs each transaction on its own synchronous connection,
    // so two concurrent writers in one process fail with SQLITE_BUSY instead of waiting. Writes
    // are validated before they start instead (relations checked, drafts included).
    transactionOptions: false,
    wal: true,
    busyTimeout: 5000,
  })
}
