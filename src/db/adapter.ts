import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { type Client, createClient } from '@libsql/client'
import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'

import { migrations } from '../migrations'
import { LockTolerantClient } from './lockTolerantClient'

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
  const adapter = sqliteAdapter({
    client: { url: uri },
    push: false,
    migrationDir: path.resolve(process.cwd(), 'src/migrations'),
    prodMigrations: migrations,
    // No transactions on SQLite: libsql runs each transaction on its own synchronous connection,
    // so two concurrent writers in one process fail with SQLITE_BUSY instead of waiting. Writes
    // are validated before they start instead (relations checked, drafts included).
    transactionOptions: false,
    // WAL and busy handling are set up below, on the connection we open ourselves.
    wal: false,
    busyTimeout: 0,
  })
  return { ...adapter, init: (args) => withOwnConnection(adapter.init(args)) }
}

type SqliteAdapterInstance = ReturnType<DatabaseAdapterObj['init']> & {
  client?: Client
  clientConfig: Parameters<typeof createClient>[0]
}

/**
 * Opens the SQLite connection before Payload's connect (which then keeps it) so that every
 * statement, migrations included, goes through LockTolerantClient.
 *
 * WAL: readers never wait for the writer, and a crash of the server process loses no committed
 * transaction. synchronous=FULL also syncs the WAL at every commit, so a form submission that was
 * acknowledged survives a power loss too (NORMAL could lose the last commits then); the cost is
 * one fsync per write, which a clinic's write rate never notices. Both are set on every
 * connection the client opens (synchronous is per connection).
 */
const withOwnConnection = (instance: ReturnType<DatabaseAdapterObj['init']>) => {
  const db = instance as SqliteAdapterInstance
  const connect = db.connect!
  const openConnection = async () => {
    const client = createClient(db.clientConfig)
    try {
      await client.execute('PRAGMA journal_mode = WAL')
      await client.execute('PRAGMA synchronous = FULL')
      await client.execute(`PRAGMA journal_size_limit = ${64 * 1024 * 1024}`)
    } catch (error) {
      // Refused (the lock is busy): LockTolerantClient tries again with a new connection.
      client.close()
      throw error
    }
    return client
  }
  db.connect = async function (options) {
    if (!db.client) db.client = await LockTolerantClient.open(openConnection)
    return connect.call(this, options)
  }
  return instance
}
