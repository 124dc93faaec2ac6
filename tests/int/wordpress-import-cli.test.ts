import { createHash, createHmac } from 'node:crypto'
import fs from 'node:fs/promises'
import { createServer } from 'node:http'
import os from 'node:os'
import path from 'node:path'

import { createClient } from '@libsql/client'

import type { WordPressReport } from '@/wordpress/import'

import { collect } from './helpers/spawn'
import { WORDPRESS_FIXTURES as FIXTURES } from './helpers/wordpress'

/**
 * Issue 19: `npm run import:wordpress -- <export.xml> [--uploads …] [--dry-run]` as a clinic runs
 * it: the report on stdout and as JSON, exit 0 when everything came in, 1 with one line on
 * stderr when the file is refused.
 */

let dir: string

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'clinic-wp-cli-'))
})

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true })
})

/** The command, typed in `dir` (npm sets INIT_CWD to it; the script runs in the project). */
const importCommand = (args: string[], env: Record<string, string> = {}) =>
  collect(
    'npm',
    ['--prefix', process.cwd(), 'run', '--silent', 'import:wordpress', '--', ...args],
    {
      cwd: dir,
      env: {
        DATABASE_URI: `file:${path.join(dir, 'clinic.db')}`,
        MEDIA_DIR: path.join(dir, 'media'),
        // No site runs at this address: nobody to tell unless a test says otherwise.
        NEXT_PUBLIC_SERVER_URL: 'http://127.0.0.1:9',
        ...env,
      },
    },
  )

type Told = { path: string; signature: string; body: string }

/** The running site, as far as the command can tell: records what it is asked. */
const runningSite = async () => {
  const told: Told[] = []
  const server = createServer((request, response) => {
    let body = ''
    request.on('data', (chunk) => (body += chunk))
    request.on('end', () => {
      told.push({
        path: request.url ?? '',
        signature: String(request.headers['x-cache-expiry-signature'] ?? ''),
        body,
      })
      response.writeHead(200, { 'content-type': 'application/json' })
      response.end(JSON.stringify({ expired: (JSON.parse(body).tags as string[]).length }))
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    origin: `http://127.0.0.1:${(server.address() as { port: number }).port}`,
    told,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

const articleCount = async () => {
  const client = createClient({ url: `file:${path.join(dir, 'clinic.db')}` })
  try {
    const { rows } = await client.execute('SELECT count(*) AS n FROM articles')
    return Number(rows[0].n)
  } catch {
    return 0
  } finally {
    client.close()
  }
}

test('a file that is not an export: exit 1, one line saying why, nothing written', async () => {
  const run = await importCommand([path.join(FIXTURES, 'rss-feed.xml')])
  expect(run.code).toBe(1)
  expect(run.stderr.trimEnd().split('\n')).toEqual([
    expect.stringMatching(/^import:wordpress: Nothing was imported: .*not a WordPress export/),
  ])
  expect(await articleCount()).toBe(0)
}, 180_000)

test('a dry run prints what would happen and writes nothing', async () => {
  const run = await importCommand([
    path.join(FIXTURES, 'clinic-1.2.xml'),
    '--uploads',
    path.join(FIXTURES, 'uploads'),
    '--dry-run',
  ])
  expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: '' })
  expect(run.stdout).toContain('Dry run of clinic-1.2.xml: nothing was written.')
  expect(run.stdout).toMatch(/articles\s+7 to create/)
  expect(run.stdout).not.toContain('shows the import')
  expect(await articleCount()).toBe(0)
}, 180_000)

test('an import prints the report, writes it as JSON, tells the running site and exits 0', async () => {
  const site = await runningSite()
  const run = await importCommand(
    ['clinic-1.2.xml', '--uploads', path.join(FIXTURES, 'uploads'), '--report', 'report.json'].map(
      (arg, index) => (index === 0 ? path.relative(dir, path.join(FIXTURES, arg)) : arg),
    ),
    { NEXT_PUBLIC_SERVER_URL: site.origin },
  ).finally(site.close)
  expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: '' })
  // One signed request naming the new articles' pages and the lists they appear in.
  expect(site.told).toHaveLength(1)
  const [{ path: asked, signature, body }] = site.told
  expect(asked).toBe('/api/cache/expire')
  const secret = createHash('sha256').update(process.env.PAYLOAD_SECRET!).digest('hex').slice(0, 32)
  expect(signature).toBe(createHmac('sha256', secret).update(body).digest('hex'))
  expect(JSON.parse(body).tags).toEqual(
    expect.arrayContaining(['articles:list', 'articles:knee-pain-basics', 'sitemap']),
  )
  expect(run.stdout).toContain(`The site at ${site.origin} shows the import now`)
  expect(run.stdout).toMatch(/articles\s+7 created/)
  expect(run.stdout).toMatch(/items need a person:/)
  expect(run.stdout).toContain('Shortcode removed (#101')
  const report = JSON.parse(
    await fs.readFile(path.join(dir, 'report.json'), 'utf8'),
  ) as WordPressReport
  expect(report.counts.articles.created).toBe(7)
  expect(report.attention.length).toBeGreaterThan(0)
  expect(await articleCount()).toBe(7)
}, 180_000)

test('wrong arguments: exit 1 with the usage', async () => {
  const run = await importCommand(['a.xml', 'b.xml'])
  expect(run.code).toBe(1)
  expect(run.stderr).toMatch(/^import:wordpress: Usage: npm run import:wordpress -- <export.xml>/)
}, 180_000)
