import { execFile } from 'node:child_process'
import fs from 'node:fs/promises'
import path from 'node:path'

import { createClient } from '@libsql/client'

import { count, pngFile, richText, unique } from './helpers/fixtures'
import { startPayload, type TestContext } from './helpers/payload'

/**
 * Issue 9, backups: `npm run backup` while Payload is running, then changes and deletions, then
 * `npm run restore` with the server stopped gives back every row and every media file, byte for
 * byte.
 */

let ctx: TestContext
let database: string
let media: string
let folder: string

const run = (script: string, args: string[], env: Record<string, string> = {}) =>
  new Promise<string>((resolve, reject) => {
    execFile(
      process.execPath,
      [path.resolve(`scripts/${script}.mjs`), ...args],
      // Jest's process.env is its own copy: hand the test's DATABASE_URI and MEDIA_DIR on.
      { env: { ...process.env, ...env } },
      (error, out, err) =>
        error ? reject(new Error(`${script}: ${err || error.message}`)) : resolve(out),
    )
  })

/** Every row of every table, ordered, as plain values. */
const dumpDatabase = async () => {
  const client = createClient({ url: `file:${database}` })
  try {
    const { rows: tables } = await client.execute(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
    )
    const dump: Record<string, unknown[]> = {}
    for (const { name } of tables) {
      const { rows } = await client.execute(`SELECT * FROM "${name}" ORDER BY 1`)
      dump[String(name)] = rows.map((row) => ({ ...row }))
    }
    return dump
  } finally {
    client.close()
  }
}

const dumpMedia = async () => {
  const files: Record<string, string> = {}
  for (const entry of await fs.readdir(media, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue
    const full = path.join(entry.parentPath, entry.name)
    files[path.relative(media, full)] = (await fs.readFile(full)).toString('base64')
  }
  return files
}

beforeAll(async () => {
  ctx = await startPayload({ sqliteOnly: true })
  database = process.env.DATABASE_URI!.replace(/^file:/, '')
  media = process.env.MEDIA_DIR!
  folder = path.join(path.dirname(database), 'backups')
})

afterAll(async () => {
  await ctx?.stop()
})

describe('backup and restore', () => {
  test('round trip: every row and media file comes back after changes and deletions', async () => {
    const { payload } = ctx
    const topic = await payload.create({
      collection: 'topics',
      data: { name: unique('Knees') } as never,
    })
    const physician = await payload.create({
      collection: 'physicians',
      data: { name: unique('Dr. Rivera') } as never,
    })
    const image = await payload.create({
      collection: 'media',
      data: { alt: 'A knee brace' },
      file: await pngFile('brace.png'),
    })
    const article = await payload.create({
      collection: 'articles',
      data: {
        title: unique('Knee pain on stairs'),
        author: physician.id,
        topics: [topic.id],
        heroImage: image.id,
        content: richText('Ice and rest help.'),
        _status: 'published',
      } as never,
    })
    // A draft on top of the published version: versions tables must come back too.
    await payload.update({
      collection: 'articles',
      id: article.id,
      data: { title: 'An unpublished new title' },
      draft: true,
    })

    const rowsBefore = await dumpDatabase()
    const mediaBefore = await dumpMedia()
    expect(Object.keys(mediaBefore).length).toBeGreaterThanOrEqual(2) // the image and its sizes
    expect(rowsBefore.articles).toHaveLength(1)

    // While Payload keeps its connection open: the online copy does not need it stopped.
    const out = await run('backup', [folder])
    expect(out).toMatch(/^Backup written to .*: \d+ tables, \d+ rows, \d+ media files\.\n$/)
    const [name] = await fs.readdir(folder)

    // Changes after the backup: an edit, a deletion with its files, a new document.
    await payload.update({ collection: 'topics', id: topic.id, data: { name: 'Renamed' } })
    await payload.delete({ collection: 'media', id: image.id })
    await payload.create({ collection: 'topics', data: { name: unique('Hips') } as never })
    expect(await count(payload, 'media')).toBe(0)
    expect(await dumpMedia()).toEqual({})

    // A running server holds the database open: the restore refuses and changes nothing.
    await expect(run('restore', [path.join(folder, name)])).rejects.toThrow(
      /is open in another program \(is the server running\?\)/,
    )
    expect((await dumpDatabase()).topics).toHaveLength(2)

    // A stopped server: libsql's close() keeps the file open until the process ends, so this
    // test process cannot let go of its database. The changed database and media are copied to
    // a place no process has open, as they would be after `next start` exits, and restored there.
    const changedRows = await dumpDatabase()
    const stopped = path.join(path.dirname(database), 'stopped')
    await fs.mkdir(stopped)
    const live = createClient({ url: `file:${database}` })
    await live.execute({ sql: 'VACUUM INTO ?', args: [path.join(stopped, 'clinic.db')] })
    live.close()
    await fs.cp(media, path.join(stopped, 'media'), { recursive: true })
    database = path.join(stopped, 'clinic.db')
    media = path.join(stopped, 'media')
    expect(await dumpDatabase()).toEqual(changedRows)
    expect(changedRows).not.toEqual(rowsBefore)

    await run('restore', [path.join(folder, name)], {
      DATABASE_URI: `file:${database}`,
      MEDIA_DIR: media,
    })

    expect(await dumpDatabase()).toEqual(rowsBefore)
    expect(await dumpMedia()).toEqual(mediaBefore)
    // The state before the restore is kept beside it...
    const keptCopies = async () =>
      (await fs.readdir(stopped)).filter((file) => /\.before-restore-[\dTZ-]+$/.test(file)).sort()
    const firstKept = await keptCopies()
    expect(firstKept.map((file) => file.replace(/\.before-restore-.*/, ''))).toEqual([
      'clinic.db',
      'media',
    ])
    // ...and a second restore (say, of the wrong backup first) keeps it too.
    await new Promise((resolve) => setTimeout(resolve, 5))
    await run('restore', [path.join(folder, name)], {
      DATABASE_URI: `file:${database}`,
      MEDIA_DIR: media,
    })
    const allKept = await keptCopies()
    expect(allKept).toHaveLength(4)
    expect(allKept).toEqual(expect.arrayContaining(firstKept))
  })
})
