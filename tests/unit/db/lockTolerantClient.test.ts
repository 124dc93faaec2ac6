/**
 * @jest-environment node
 */
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { type Client, createClient } from '@libsql/client'

import { LockTolerantClient } from '@/db/lockTolerantClient'

// Real SQLite files: the behaviour under test is libsql's own (a statement refused with
// SQLITE_BUSY keeps its connection inside a transaction).

let dir: string
let url: string
const opened: Client[] = []

const open = async () => {
  const client = createClient({ url })
  opened.push(client)
  await client.execute('PRAGMA journal_mode = WAL')
  return client
}

/** What a separate process (a backup, a restarted server) reads from the file. */
const committedRows = async () => {
  const other = createClient({ url })
  try {
    return (await other.execute('SELECT v FROM notes ORDER BY id')).rows.map((row) => row.v)
  } finally {
    other.close()
  }
}

/** Another connection holding the write lock, as another process would. */
const holdLock = async () => {
  const holder = createClient({ url })
  const transaction = await holder.transaction('write')
  await transaction.execute("INSERT INTO notes (v) VALUES ('held')")
  return async () => {
    await transaction.rollback()
    holder.close()
  }
}

beforeEach(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'lock-tolerant-'))
  url = `file:${path.join(dir, 'test.db')}`
  const setup = await open()
  await setup.execute('CREATE TABLE notes (id INTEGER PRIMARY KEY, v TEXT UNIQUE)')
})

afterEach(() => {
  for (const client of opened.splice(0)) if (!client.closed) client.close()
  rmSync(dir, { recursive: true, force: true })
})

const insert = (client: Client, v: string) =>
  client.execute({ sql: 'INSERT INTO notes (v) VALUES (?) RETURNING id', args: [v] })

test('a write refused while another connection holds the lock leaves later writes committed', async () => {
  const client = await LockTolerantClient.open(open, 100)
  const release = await holdLock()
  await expect(insert(client, 'refused')).rejects.toMatchObject({ code: 'SQLITE_BUSY' })
  await release()

  await insert(client, 'acknowledged')
  expect(await committedRows()).toEqual(['acknowledged'])
  // The client holds no lock either: another connection can write straight away.
  await (
    await holdLock()
  )()
})

test('a lock released during the wait: the write goes through on a fresh connection', async () => {
  const client = await LockTolerantClient.open(open, 3000)
  const release = await holdLock()
  const pending = insert(client, 'waited')
  await new Promise((resolve) => setTimeout(resolve, 200))
  await release()
  expect((await pending).rows).toHaveLength(1)
  expect(await committedRows()).toEqual(['waited'])
  // The connections replaced while waiting were closed, not left open.
  expect(opened.filter((c) => !c.closed).length).toBeLessThanOrEqual(2)
})

test('other errors go up at once, on the same connection', async () => {
  const client = await LockTolerantClient.open(open, 3000)
  await insert(client, 'once')
  const before = opened.length
  const started = Date.now()
  await expect(insert(client, 'once')).rejects.toMatchObject({ code: 'SQLITE_CONSTRAINT_UNIQUE' })
  expect(Date.now() - started).toBeLessThan(1000)
  expect(opened.length).toBe(before)
  await insert(client, 'twice')
  expect(await committedRows()).toEqual(['once', 'twice'])
})

test('many writes refused at once replace the connection once, and leave none open', async () => {
  const client = await LockTolerantClient.open(open, 3000)
  const release = await holdLock()
  const pending = Array.from({ length: 10 }, (_, i) => insert(client, `concurrent ${i}`))
  await new Promise((resolve) => setTimeout(resolve, 300))
  await release()
  await Promise.all(pending)
  expect(await committedRows()).toHaveLength(10)
  // The set-up connection and the client's current one; every replaced one was closed.
  expect(opened.filter((c) => !c.closed)).toHaveLength(2)
})

test('opening waits while another connection holds the lock that setting up needs', async () => {
  // A new file in rollback-journal mode: switching it to WAL needs the lock another holds.
  const fresh = `file:${path.join(dir, 'fresh.db')}`
  const holder = createClient({ url: fresh })
  opened.push(holder)
  await holder.execute('CREATE TABLE t (v TEXT)')
  const transaction = await holder.transaction('write')
  await transaction.execute("INSERT INTO t (v) VALUES ('held')")
  const connect = async () => {
    const client = createClient({ url: fresh })
    opened.push(client)
    try {
      await client.execute('PRAGMA journal_mode = WAL')
    } catch (error) {
      client.close()
      throw error
    }
    return client
  }
  await expect(connect()).rejects.toMatchObject({ code: 'SQLITE_BUSY' })
  const opening = LockTolerantClient.open(connect, 3000)
  setTimeout(() => void transaction.rollback(), 200)
  const client = await opening
  expect((await client.execute('PRAGMA journal_mode')).rows[0][0]).toBe('wal')
})

test('opening gives up after the wait with the lock error, and at once on any other error', async () => {
  const release = await holdLock()
  const busy = async (): Promise<Client> => {
    throw Object.assign(new Error('SQLITE_BUSY: database is locked'), { code: 'SQLITE_BUSY' })
  }
  const started = Date.now()
  await expect(LockTolerantClient.open(busy, 100)).rejects.toMatchObject({ code: 'SQLITE_BUSY' })
  expect(Date.now() - started).toBeGreaterThanOrEqual(50)
  let tries = 0
  const broken = async (): Promise<Client> => {
    tries += 1
    throw new Error('SQLITE_CANTOPEN')
  }
  await expect(LockTolerantClient.open(broken, 3000)).rejects.toThrow('SQLITE_CANTOPEN')
  expect(tries).toBe(1)
  await release()
})
