// npm run backup [-- <folder>]: a consistent copy of the SQLite database (VACUUM INTO, safe while
// the server runs) and the media folder, in <folder>/<UTC time>/ (default ./backups) with a
// manifest of checksums and row counts. See README, "Backups".
import fs from 'node:fs/promises'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

import {
  CliError,
  DATABASE_FILE,
  FORMAT,
  MANIFEST,
  MEDIA_FOLDER,
  databaseFile,
  describeFiles,
  exists,
  inspectDatabase,
  mediaFolder,
  openDatabase,
  runCli,
  sha256,
} from './lib/backupFiles.mjs'

const USAGE = 'Usage: npm run backup [-- <folder for backups, default ./backups>]'

export const backup = async (args, env = process.env, now = new Date()) => {
  if (args.length > 1 || args.some((arg) => arg.startsWith('-'))) throw new CliError(USAGE)
  const database = databaseFile(env)
  const media = mediaFolder(env)
  if (!(await exists(database))) throw new CliError(`No database at ${database} (DATABASE_URI).`)
  const root = path.resolve(process.cwd(), args[0] ?? 'backups')
  await fs.mkdir(root, { recursive: true })

  let name = `${now.toISOString().slice(0, 19).replaceAll(':', '-')}Z`
  for (let n = 2; await exists(path.join(root, name)); n += 1) name = `${name.split('_')[0]}_${n}`
  const target = path.join(root, name)
  // Written under another name and renamed at the end: a half-made backup never looks whole.
  const partial = `${target}.partial`
  await fs.rm(partial, { recursive: true, force: true })
  await fs.mkdir(partial)
  try {
    // One read transaction: the copy is the database as it was at one instant, WAL included,
    // while the server keeps reading and writing.
    const source = openDatabase(database)
    try {
      await source.execute('PRAGMA busy_timeout = 10000')
      await source.execute({ sql: 'VACUUM INTO ?', args: [path.join(partial, DATABASE_FILE)] })
    } finally {
      source.close()
    }
    const copy = path.join(partial, DATABASE_FILE)
    const tables = await inspectDatabase(copy)
    // Media after the database: every file the copied rows name already exists by now.
    if (await exists(media))
      await fs.cp(media, path.join(partial, MEDIA_FOLDER), { recursive: true })
    const manifest = {
      format: FORMAT,
      createdAt: now.toISOString(),
      source: { database, media },
      database: {
        file: DATABASE_FILE,
        bytes: (await fs.stat(copy)).size,
        sha256: await sha256(copy),
        tables,
      },
      media: await describeFiles(path.join(partial, MEDIA_FOLDER)),
    }
    await fs.writeFile(path.join(partial, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`)
    await fs.rename(partial, target)
    const rows = Object.values(tables).reduce((sum, count) => sum + count, 0)
    return { target, tables: Object.keys(tables).length, rows, mediaFiles: manifest.media.length }
  } catch (error) {
    await fs.rm(partial, { recursive: true, force: true })
    throw error
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await runCli('backup', async (args) => {
    const result = await backup(args)
    process.stdout.write(
      `Backup written to ${path.relative(process.cwd(), result.target) || result.target}: ` +
        `${result.tables} tables, ${result.rows} rows, ${result.mediaFiles} media files.\n`,
    )
  })
}
