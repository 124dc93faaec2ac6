// Shared by scripts/backup.mjs and scripts/restore.mjs: where the app keeps its data (read the
// way src/db/adapter.ts and collections/Media.ts read it) and the backup's manifest.
import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import fs from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { createClient } from '@libsql/client'

/** A refusal the user can act on: printed as one line, exit code 1. */
export class CliError extends Error {}

export const MANIFEST = 'manifest.json'
export const DATABASE_FILE = 'db.sqlite'
export const MEDIA_FOLDER = 'media'
export const FORMAT = 'clinic-backup/1'

export const MONGO_MESSAGE =
  'DATABASE_URI points at MongoDB: back it up with mongodump and restore it with mongorestore ' +
  '(README, "Backups"); these commands handle the SQLite database only.'

/** The SQLite file DATABASE_URI names, as an absolute path. */
export const databaseFile = (env = process.env) => {
  const uri = env.DATABASE_URI || 'file:./data/clinic.db'
  if (/^mongodb(\+srv)?:\/\//.test(uri)) throw new CliError(MONGO_MESSAGE)
  if (!uri.startsWith('file:')) {
    throw new CliError(`DATABASE_URI is not a local SQLite file (file:…): ${uri.split('?')[0]}`)
  }
  const location = uri.split('?')[0]
  const file = location.startsWith('file://') ? fileURLToPath(location) : location.slice(5)
  if (!file || file === ':memory:') throw new CliError('DATABASE_URI names no SQLite file.')
  return path.resolve(process.cwd(), file)
}

export const mediaFolder = (env = process.env) =>
  path.resolve(process.cwd(), env.MEDIA_DIR || 'data/media')

export const exists = async (target) => {
  try {
    await fs.lstat(target)
    return true
  } catch {
    return false
  }
}

export const sha256 = (file) =>
  new Promise((resolve, reject) => {
    const hash = createHash('sha256')
    createReadStream(file)
      .on('error', reject)
      .on('data', (chunk) => hash.update(chunk))
      .on('end', () => resolve(hash.digest('hex')))
  })

/** Every file under `folder` (relative, with /), sorted; [] when the folder does not exist. */
export const listFiles = async (folder) => {
  if (!(await exists(folder))) return []
  const entries = await fs.readdir(folder, { recursive: true, withFileTypes: true })
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(folder, path.join(entry.parentPath ?? entry.path, entry.name)))
    .map((file) => file.split(path.sep).join('/'))
    .sort()
}

export const describeFiles = async (folder) =>
  Promise.all(
    (await listFiles(folder)).map(async (file) => {
      const full = path.join(folder, file)
      return { path: file, bytes: (await fs.stat(full)).size, sha256: await sha256(full) }
    }),
  )

export const openDatabase = (file) => createClient({ url: `file:${file}` })

/** integrity_check, then the row count of every table. */
export const inspectDatabase = async (file) => {
  const client = openDatabase(file)
  try {
    const check = await client.execute('PRAGMA integrity_check')
    const verdict = check.rows.map((row) => row.integrity_check).join('; ')
    if (verdict !== 'ok') throw new CliError(`The database copy ${file} is damaged: ${verdict}`)
    const { rows } = await client.execute(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
    )
    const tables = {}
    for (const { name } of rows) {
      const result = await client.execute(
        `SELECT count(*) AS n FROM "${String(name).replaceAll('"', '""')}"`,
      )
      tables[name] = Number(result.rows[0].n)
    }
    return tables
  } finally {
    client.close()
  }
}

/** Runs `main`; a CliError (or any failure) becomes one line on stderr and exit code 1. */
export const runCli = async (name, main) => {
  try {
    await main(process.argv.slice(2))
  } catch (error) {
    const message = error instanceof CliError ? error.message : `failed: ${error?.message ?? error}`
    process.stderr.write(`${name}: ${message.replace(/\s+/g, ' ')}\n`)
    process.exitCode = 1
  }
}
