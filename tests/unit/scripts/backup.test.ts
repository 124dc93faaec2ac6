/**
 * @jest-environment node
 */
import { execFile } from 'node:child_process'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

/**
 * Issue 9, backups: `npm run backup` and `npm run restore` refuse bad input with one line that
 * names the problem and exit code 1, and change nothing. Run as a user would, as processes.
 */

type Run = { code: number; stdout: string; stderr: string }

const run = (script: 'backup' | 'restore', args: string[], env: Record<string, string>) =>
  new Promise<Run>((resolve) => {
    execFile(
      process.execPath,
      [path.resolve(`scripts/${script}.mjs`), ...args],
      {
        env: { PATH: process.env.PATH ?? '', ...env } as unknown as NodeJS.ProcessEnv,
        cwd: process.cwd(),
      },
      (error, stdout, stderr) =>
        resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    )
  })

let dir: string
let env: Record<string, string>
let backupFolder: string

/** Every file under `dir`, with its contents, to prove a refusal changed nothing. */
const snapshot = async () => {
  const files: Record<string, string> = {}
  for (const entry of await fs.readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue
    const full = path.join(entry.parentPath, entry.name)
    files[path.relative(dir, full)] = (await fs.readFile(full)).toString('base64')
  }
  return files
}

const expectOneLineRefusal = (result: Run, pattern: RegExp) => {
  expect(result.code).toBe(1)
  expect(result.stdout).toBe('')
  expect(result.stderr).toMatch(pattern)
  expect(result.stderr.trim().split('\n')).toHaveLength(1)
}

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'clinic-backup-cli-'))
  env = { DATABASE_URI: `file:${dir}/data/clinic.db`, MEDIA_DIR: `${dir}/data/media` }
  await fs.mkdir(`${dir}/data/media`, { recursive: true })
  await fs.writeFile(`${dir}/data/media/photo.png`, 'not really a png')
  const { createClient } = await import('@libsql/client')
  const client = createClient({ url: env.DATABASE_URI })
  await client.execute('CREATE TABLE notes (body TEXT)')
  await client.execute("INSERT INTO notes VALUES ('kept')")
  client.close()
  const made = await run('backup', [`${dir}/backups`], env)
  expect(made.stderr).toBe('')
  expect(made.code).toBe(0)
  const [name] = await fs.readdir(`${dir}/backups`)
  backupFolder = `${dir}/backups/${name}`
})

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true })
})

describe('backup and restore command line', () => {
  test('a backup holds the database, the media and a manifest', async () => {
    expect((await fs.readdir(backupFolder)).sort()).toEqual(['db.sqlite', 'manifest.json', 'media'])
    expect(path.basename(backupFolder)).toMatch(/^\d{4}-\d\d-\d\dT\d\d-\d\d-\d\dZ$/)
    const manifest = JSON.parse(await fs.readFile(`${backupFolder}/manifest.json`, 'utf8'))
    expect(manifest.database.tables).toEqual({ notes: 1 })
    expect(manifest.media).toEqual([
      { path: 'photo.png', bytes: 16, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) },
    ])
  })

  test.each([
    ['no argument', [], /^restore: Usage: npm run restore -- <backup folder/],
    ['two arguments', ['a', 'b'], /^restore: Usage/],
    ['an option', ['--force'], /^restore: Usage/],
    [
      'a missing folder',
      ['/nonexistent/backup'],
      /^restore: No backup folder at \/nonexistent\/backup\./,
    ],
  ])('restore with %s is refused', async (_label, args, pattern) => {
    const before = await snapshot()
    expectOneLineRefusal(await run('restore', args as string[], env), pattern)
    expect(await snapshot()).toEqual(before)
  })

  test('restore of a folder that is not a backup is refused', async () => {
    const before = await snapshot()
    expectOneLineRefusal(
      await run('restore', [`${dir}/data`], env),
      /not a backup made by npm run backup: no readable manifest\.json/,
    )
    expect(await snapshot()).toEqual(before)
  })

  test.each([
    ['database', 'db.sqlite', /db\.sqlite does not match its checksum/],
    ['media file', 'media/photo.png', /media\/photo\.png does not match its checksum/],
  ])('a backup with a damaged %s is refused, nothing changed', async (_label, file, pattern) => {
    const damaged = `${dir}/damaged-${file.replace(/\W/g, '-')}`
    await fs.cp(backupFolder, damaged, { recursive: true })
    await fs.appendFile(`${damaged}/${file}`, 'x')
    const before = await snapshot()
    expectOneLineRefusal(await run('restore', [damaged], env), pattern)
    expect(await snapshot()).toEqual(before)
  })

  test('a backup missing a media file, or with an unlisted one, is refused', async () => {
    const missing = `${dir}/missing-media`
    await fs.cp(backupFolder, missing, { recursive: true })
    await fs.rm(`${missing}/media/photo.png`)
    expectOneLineRefusal(await run('restore', [missing], env), /media\/photo\.png is missing/)
    const extra = `${dir}/extra-media`
    await fs.cp(backupFolder, extra, { recursive: true })
    await fs.writeFile(`${extra}/media/intruder.js`, 'alert(1)')
    expectOneLineRefusal(
      await run('restore', [extra], env),
      /media\/intruder\.js is not in the manifest/,
    )
  })

  test.each([
    ['backup', []],
    ['restore', ['backups/x']],
  ] as const)('%s refuses a MongoDB DATABASE_URI with the mongodump hint', async (script, args) => {
    const result = await run(script, [...args], {
      ...env,
      DATABASE_URI: 'mongodb://127.0.0.1:27017/clinic',
    })
    expectOneLineRefusal(
      result,
      new RegExp(`^${script}: DATABASE_URI points at MongoDB.*mongodump`),
    )
  })

  test('backup refuses a database that does not exist, and leaves no folder', async () => {
    const result = await run('backup', [`${dir}/nowhere-backups`], {
      ...env,
      DATABASE_URI: `file:${dir}/missing.db`,
    })
    expectOneLineRefusal(result, /^backup: No database at .*missing\.db/)
    await expect(fs.stat(`${dir}/nowhere-backups`)).rejects.toThrow()
  })

  test('backup refuses an unknown option', async () => {
    expectOneLineRefusal(await run('backup', ['--gzip'], env), /^backup: Usage: npm run backup/)
  })
})
