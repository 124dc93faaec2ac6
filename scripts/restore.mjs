// npm run restore -- <backup folder>: checks the backup against its manifest, refuses while the
// database is open (the server running), then swaps in the backup's database and media folder,
// keeping the current ones as *.before-restore-<time>. Nothing changes unless every check passes.
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

const USAGE = 'Usage: npm run restore -- <backup folder, e.g. backups/2026-11-24T10-00-00Z>'
const SIDE_FILES = ['-wal', '-shm', '-journal']

const readManifest = async (folder) => {
  let manifest
  try {
    manifest = JSON.parse(await fs.readFile(path.join(folder, MANIFEST), 'utf8'))
  } catch {
    throw new CliError(`${folder} is not a backup made by npm run backup: no readable ${MANIFEST}.`)
  }
  const valid =
    manifest?.format === FORMAT &&
    manifest.database?.file === DATABASE_FILE &&
    typeof manifest.database.sha256 === 'string' &&
    manifest.database.tables &&
    typeof manifest.database.tables === 'object' &&
    Array.isArray(manifest.media)
  if (!valid) throw new CliError(`${folder}/${MANIFEST} is not a ${FORMAT} manifest.`)
  return manifest
}

/** Every byte of the backup matches its manifest: the database file and each media file. */
const verify = async (folder, manifest) => {
  const copy = path.join(folder, DATABASE_FILE)
  if (!(await exists(copy))) throw new CliError(`The backup has no ${DATABASE_FILE}.`)
  if ((await sha256(copy)) !== manifest.database.sha256) {
    throw new CliError(`The backup is damaged: ${DATABASE_FILE} does not match its checksum.`)
  }
  const media = await describeFiles(path.join(folder, MEDIA_FOLDER))
  const expected = new Map(manifest.media.map((file) => [file.path, file]))
  for (const file of media) {
    const listed = expected.get(file.path)
    if (!listed)
      throw new CliError(`The backup is damaged: media/${file.path} is not in the manifest.`)
    if (listed.sha256 !== file.sha256 || listed.bytes !== file.bytes) {
      throw new CliError(`The backup is damaged: media/${file.path} does not match its checksum.`)
    }
    expected.delete(file.path)
  }
  const [missing] = expected.keys()
  if (missing !== undefined)
    throw new CliError(`The backup is damaged: media/${missing} is missing.`)
}

/**
 * Fails when any other connection has the database open (the server keeps one open): leaving
 * WAL mode needs the only connection, so SQLite refuses while another exists. Leaving it also
 * folds the WAL into the file, so the file alone is the whole current database.
 */
const takeOver = async (database) => {
  const client = openDatabase(database)
  try {
    const { rows } = await client.execute('PRAGMA journal_mode = DELETE')
    if (rows[0]?.journal_mode !== 'delete') throw new Error('database is locked')
  } catch (error) {
    if (/SQLITE_BUSY|SQLITE_LOCKED|locked/i.test(`${error?.code} ${error?.message}`)) {
      throw new CliError(
        `${database} is open in another program (is the server running?). Stop it, then restore again.`,
      )
    }
    throw error
  } finally {
    client.close()
  }
}

const removeWithSideFiles = async (file) => {
  for (const suffix of ['', ...SIDE_FILES]) await fs.rm(`${file}${suffix}`, { force: true })
}

/**
 * The four renames that put the backup in place, the current files kept as *.<kept>. If one
 * fails, those already done are undone, so the database and media never come from different
 * times.
 */
const swapIn = async ({ database, databaseTemp, media, mediaTemp, kept }) => {
  const done = []
  const move = async (from, to) => {
    await fs.rename(from, to)
    done.push([from, to])
  }
  try {
    if (await exists(database)) {
      await move(database, `${database}.${kept}`)
      for (const suffix of SIDE_FILES) await fs.rm(`${database}${suffix}`, { force: true })
    }
    await move(databaseTemp, database)
    if (await exists(media)) await move(media, `${media}.${kept}`)
    await move(mediaTemp, media)
  } catch (error) {
    for (const [from, to] of done.reverse()) await fs.rename(to, from)
    if (['EBUSY', 'EXDEV', 'EPERM'].includes(error?.code) && error.path === media) {
      throw new CliError(
        `${media} cannot be moved (is it a mount point, e.g. a Docker volume?); nothing restored. ` +
          'Restore with DATABASE_URI and MEDIA_DIR pointing at ordinary folders, or copy the ' +
          "backup's media folder into the volume by hand.",
      )
    }
    throw error
  }
}

export const restore = async (args, env = process.env) => {
  if (args.length !== 1 || args[0].startsWith('-')) throw new CliError(USAGE)
  const database = databaseFile(env)
  const media = mediaFolder(env)
  const folder = path.resolve(process.cwd(), args[0])
  const stat = await fs.stat(folder).catch(() => null)
  if (!stat?.isDirectory()) throw new CliError(`No backup folder at ${folder}.`)
  const manifest = await readManifest(folder)
  await verify(folder, manifest)

  // Kept under the time of this restore, so a second restore never replaces them.
  const kept = `before-restore-${new Date().toISOString().replace(/[:.]/g, '-')}`
  const databaseTemp = `${database}.restore-tmp`
  const mediaTemp = `${media}.restore-tmp`
  await fs.mkdir(path.dirname(database), { recursive: true })
  try {
    // Copies beside their targets (same file system, so the renames below are atomic), checked
    // again once copied.
    await removeWithSideFiles(databaseTemp)
    await fs.copyFile(path.join(folder, DATABASE_FILE), databaseTemp)
    if ((await sha256(databaseTemp)) !== manifest.database.sha256) {
      throw new CliError(`Copying the database to ${databaseTemp} changed it; nothing restored.`)
    }
    const tables = await inspectDatabase(databaseTemp)
    if (JSON.stringify(tables) !== JSON.stringify(manifest.database.tables)) {
      throw new CliError('The backup database does not hold the rows its manifest lists.')
    }
    await fs.rm(mediaTemp, { recursive: true, force: true })
    await fs.mkdir(mediaTemp, { recursive: true })
    if (await exists(path.join(folder, MEDIA_FOLDER))) {
      await fs.cp(path.join(folder, MEDIA_FOLDER), mediaTemp, { recursive: true })
    }

    if (await exists(database)) await takeOver(database)
    await swapIn({ database, databaseTemp, media, mediaTemp, kept })
  } catch (error) {
    await removeWithSideFiles(databaseTemp)
    await fs.rm(mediaTemp, { recursive: true, force: true })
    throw error
  }
  return { database, media, manifest, kept }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await runCli('restore', async (args) => {
    const { database, media, manifest, kept } = await restore(args)
    process.stdout.write(
      `Restored the backup of ${manifest.createdAt} into ${database} and ${media} ` +
        `(the previous ones are kept beside them as *.${kept}).\n`,
    )
  })
}
