import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { createClient } from '@libsql/client'

import { collect, type Run } from './helpers/spawn'

/**
 * Issue 17, item 7: a `payload run` script (src/cli/runScript.ts) either does its work or
 * exits non-zero with a one-line reason on stderr; it never exits 0 having done nothing.
 * `npm run seed` used to, now and then (a module import that never settled on Node 20).
 */

let dir: string

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'clinic-scripts-'))
})

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true })
})

/** `npm run seed` against a new SQLite database; also says how many articles it holds after. */
const seedOnce = async (name: string, uri?: string) => {
  const database = path.join(dir, `${name}.db`)
  const run = await collect('npm', ['run', '--silent', 'seed'], {
    env: { DATABASE_URI: uri ?? `file:${database}`, MEDIA_DIR: path.join(dir, `${name}-media`) },
  })
  let articles = 0
  if (!uri && (await fs.stat(database).catch(() => null))) {
    const client = createClient({ url: `file:${database}` })
    try {
      const { rows } = await client.execute('SELECT count(*) AS n FROM articles')
      articles = Number(rows[0].n)
    } catch {
      // No articles table: nothing was migrated, let alone seeded.
    } finally {
      client.close()
    }
  }
  return { name, ...run, articles }
}

/** `payload run` of a script under tests/int/helpers/scripts. */
const runHelper = (script: string, env: Record<string, string> = {}) =>
  collect(
    process.execPath,
    [path.resolve('node_modules/payload/bin.js'), 'run', `tests/int/helpers/scripts/${script}.ts`],
    { env },
  )

/** Exit status 1 and exactly one line on stderr. */
const failedWithOneLine = (run: Run) => ({
  code: run.code,
  lines: run.stderr.trimEnd().split('\n'),
})

// Two at a time, as on a busy machine, where the hang showed most.
const SEED_RUNS = Number(process.env.SEED_RUNS) || 10

describe('npm run seed', () => {
  test(`seeds a new database every time, ${SEED_RUNS} runs two at a time`, async () => {
    const runs: Awaited<ReturnType<typeof seedOnce>>[] = []
    for (let pair = 0; pair < SEED_RUNS / 2; pair++) {
      runs.push(...(await Promise.all([seedOnce(`seed-${pair}a`), seedOnce(`seed-${pair}b`)])))
    }
    // Each run as one line, so a failure shows every run's outcome.
    const outcome = runs.map(({ name, code, stdout, stderr, articles }) => {
      const said = /Seed finished: [1-9]\d* created, 0 already there\./.exec(stdout)?.[0]
      if (code === 0 && articles > 0 && said && !stderr) return `${name}: seeded`
      if (code !== 0 && /^seed: .+$/.test(stderr.trimEnd()))
        return `${name}: exit ${code}, ${stderr.trim()}`
      return `${name}: exit ${code}, ${articles} articles, said ${JSON.stringify(said ?? stdout.slice(-200))}, stderr ${JSON.stringify(stderr.slice(0, 500))}`
    })
    expect(outcome).toEqual(runs.map(({ name }) => `${name}: seeded`))
  }, 600_000)

  test('a database it cannot open: exit 1 and one line saying why, nothing else', async () => {
    // A "folder" that is a file: the SQLite file can be neither made nor opened.
    await fs.writeFile(path.join(dir, 'not-a-folder'), '')
    const run = await seedOnce('unopenable', `file:${path.join(dir, 'not-a-folder', 'x.db')}`)
    expect(failedWithOneLine(run)).toEqual({
      code: 1,
      lines: [
        expect.stringMatching(/^seed: failed: .*EEXIST.* \(at src\/db\/adapter\.ts:\d+:\d+\)$/),
      ],
    })
    expect(run.stdout).not.toContain('Seed finished')
  }, 120_000)
})

describe('runScript', () => {
  test('work that throws: exit 1 and one line with the error and where it was thrown', async () => {
    expect(failedWithOneLine(await runHelper('throws'))).toEqual({
      code: 1,
      lines: [
        'throws: failed: TypeError: the work broke (at tests/int/helpers/scripts/throws.ts:5:9)',
      ],
    })
  }, 120_000)

  test('work that never settles: exit 1 instead of a silent 0 when the event loop runs dry', async () => {
    expect(failedWithOneLine(await runHelper('stalls'))).toEqual({
      code: 1,
      lines: [
        'stalls: stopped while starting (an import or promise never settled); nothing was done.',
      ],
    })
    const database = path.join(dir, 'stalls.db')
    const afterLoading = await runHelper('stalls', {
      STALL_AFTER_LOADING: 'true',
      DATABASE_URI: `file:${database}`,
      MEDIA_DIR: path.join(dir, 'stalls-media'),
    })
    expect(failedWithOneLine(afterLoading)).toEqual({
      code: 1,
      lines: [
        'stalls: stopped before its work finished (a promise never settled); the work may be incomplete.',
      ],
    })
  }, 180_000)

  test('work nobody awaits: exit 1 when the bin exits 0 before it has finished', async () => {
    expect(failedWithOneLine(await runHelper('notAwaited'))).toEqual({
      code: 1,
      lines: [
        'not-awaited: the process exited (status 0) while starting, before the script finished.',
      ],
    })
  }, 120_000)
})
