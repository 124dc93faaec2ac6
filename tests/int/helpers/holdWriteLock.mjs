// Another process holding the SQLite write lock, as a stuck maintenance script or a long
// import would: `node holdWriteLock.mjs <file>` opens a write transaction (BEGIN IMMEDIATE),
// prints "locked", and keeps it until its stdin closes or it is killed. Readers still read
// (WAL); every writer in other processes gets SQLITE_BUSY.
import { createClient } from '@libsql/client'

const client = createClient({ url: `file:${process.argv[2]}` })
const transaction = await client.transaction('write')
// Writing something makes it a real pending write, not just a reserved lock.
await transaction.execute('CREATE TABLE IF NOT EXISTS outage_probe (at TEXT)')
await transaction.execute({
  sql: 'INSERT INTO outage_probe VALUES (?)',
  args: [new Date().toISOString()],
})
process.stdout.write('locked\n')
process.stdin.resume()
process.stdin.on('end', async () => {
  await transaction.rollback()
  client.close()
  process.exit(0)
})
