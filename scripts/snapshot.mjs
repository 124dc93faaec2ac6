// @ts-check
// npm run snapshot -- <out-dir> [--project <dir>] [--port 3390]
//
// Writes what the demo clinic answers to a visitor and to the API, one file per address, with
// build-specific parts (hashed asset names, the flight data, nonces, ETags) blanked out. Two
// snapshots of the same content compare with `diff -r`: a refactor that changes no behaviour
// leaves no difference. `--project` snapshots another checkout (e.g. a git worktree of an older
// commit, with node_modules linked), built first unless its .next is fresh.
import { mkdir, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { BenchError } from '../bench/lib/errors.mjs'
import { freePort } from '../bench/lib/ports.mjs'
import { startScript } from '../bench/lib/script.mjs'
import { startSeededSite } from '../bench/lib/server.mjs'
import { normalizeSnapshot, snapshotFileName } from '../bench/lib/snapshot.mjs'

const COLLECTIONS = [
  'articles',
  'physicians',
  'offices',
  'reviews',
  'topics',
  'pages',
  'media',
  'citations',
  'redirects',
  'forms',
  'form-submissions',
  'users',
  'search',
]
const GLOBALS = ['site-settings', 'header', 'footer', 'home-page', 'calls-to-action']

// Beyond the sitemap: the pages a visitor reaches by searching, paging or mistyping, and the
// machine-read documents.
const EXTRA_PAGES = [
  '/search?q=knee',
  '/search?q=',
  '/articles?page=2',
  '/articles?page=abc',
  '/reviews?page=2',
  '/no-such-page',
  '/feed.xml',
  '/feed.atom',
  '/robots.txt',
  '/sitemap.xml',
  '/admin/login',
]

const GRAPHQL_QUERY = `{
  Articles(limit: 100, sort: "slug") { docs { id slug title publishedAt author { name } topics { name } } }
  Physicians(limit: 100, sort: "slug") { docs { id slug name } }
  Offices(limit: 100) { docs { id slug name phone } }
}`

/** @param {string} base */
const sitemapUrls = async (base) => {
  const index = await (await fetch(`${base}/sitemap.xml`)).text()
  const parts = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1])
  const urls = []
  for (const part of parts) {
    const xml = await (await fetch(new URL(new URL(part).pathname, base))).text()
    urls.push(...[...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]))
  }
  return urls.map((url) => {
    const { pathname, search } = new URL(url)
    return pathname + search
  })
}

const { cleanup, log, run } = startScript('snapshot')

const main = async () => {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { project: { type: 'string' }, port: { type: 'string' } },
  })
  const out = positionals[0]
  if (!out)
    throw new BenchError('Usage: npm run snapshot -- <out-dir> [--project <dir>] [--port N]')
  const projectDir = path.resolve(values.project ?? process.cwd())
  const port = values.port ? Number(values.port) : await freePort()
  const site = await startSeededSite({
    projectDir,
    port,
    name: 'snapshot',
    cleanup,
    log,
  })
  const base = site.url
  await rm(out, { recursive: true, force: true })
  await mkdir(out, { recursive: true })
  /** @type {(name: string, status: number, type: string, body: string) => Promise<void>} */
  const save = async (name, status, type, body) => {
    const text = normalizeSnapshot(body, { base })
    await writeFile(path.join(out, snapshotFileName(name)), `${status} ${type}\n\n${text}\n`)
  }
  /** @type {(address: string, init?: RequestInit) => Promise<{ status: number, type: string, body: string }>} */
  const get = async (address, init) => {
    const response = await fetch(`${base}${address}`, { redirect: 'manual', ...init })
    const type = (response.headers.get('content-type') ?? '').split(';')[0]
    const location = response.headers.get('location')
    const body = await response.text()
    return { status: response.status, type: location ? `${type} -> ${location}` : type, body }
  }

  const pages = [...new Set([...(await sitemapUrls(base)), ...EXTRA_PAGES])].sort()
  for (const address of pages) {
    const { status, type, body } = await get(address)
    await save(`page ${address}`, status, type, body)
  }
  const api = [
    ...COLLECTIONS.map((slug) => `/api/${slug}?depth=1&limit=100&sort=id`),
    ...GLOBALS.map((slug) => `/api/globals/${slug}?depth=1`),
  ]
  for (const address of api) {
    const { status, type, body } = await get(address)
    await save(`api ${address}`, status, type, body)
  }
  const graphql = await get('/api/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: GRAPHQL_QUERY }),
  })
  await save('graphql', graphql.status, graphql.type, graphql.body)
  console.log(`${pages.length} pages, ${api.length + 1} API answers written to ${out}`)
}

await run(main)
