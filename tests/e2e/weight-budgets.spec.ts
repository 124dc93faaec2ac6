import { readFileSync } from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'

import { type APIRequestContext, expect, test } from '@playwright/test'

import { scriptUrls } from '../../bench/lib/scripts.mjs'
import { PAGE_TYPES } from './pages'

/**
 * What each page type weighs on a patient's phone, held to budgets (issue 21): the HTML (and its
 * gzip, as `next start` sends it), the inline flight data Next adds for hydration, and the module
 * JavaScript beyond Next's own runtime. Budgets sit a little above what the demo clinic weighs
 * today, so a change that adds weight fails here with the page and the figure.
 */

type PageName = (typeof PAGE_TYPES)[number]['name']

/** Bytes as served, and gzipped: [html, html gzip, inline flight data]. */
const HTML_BUDGETS: Record<PageName, [number, number, number]> = {
  home: [46000, 8700, 29000],
  article: [71000, 15400, 42500],
  'article list': [30500, 6400, 20500],
  'article list by topic': [31000, 6500, 20500],
  topic: [31000, 6500, 21000],
  physician: [34000, 7000, 22500],
  'office list': [31500, 6300, 21000],
  office: [52500, 9600, 32500],
  'standalone page': [30000, 6400, 20000],
  'new patients page': [31000, 6600, 21000],
  reviews: [46000, 8000, 27500],
  contact: [37000, 7700, 23500],
  'search prompt': [26500, 5800, 18000],
  'search results': [27500, 6100, 18500],
  'search without results': [27000, 5900, 18000],
  'not found': [23500, 5400, 15500],
}

/**
 * Module JavaScript of ours (gzip) beyond the runtime. The form is the only island a visitor's
 * page loads (about 3 KB; the spam check loads only when a visitor starts typing), on the pages
 * that always show one. A page's text may hold a form too, so standalone pages carry the
 * form's lazy loader (about 330 bytes), which fetches the island only when a form is there.
 * Every other page runs on the runtime alone.
 */
const FORM_ISLAND = 10_000
const LAZY_FORM_LOADER = 500
const ISLAND_BUDGETS: Partial<Record<PageName, number>> = {
  article: FORM_ISLAND,
  office: FORM_ISLAND,
  contact: FORM_ISLAND,
  'standalone page': LAZY_FORM_LOADER,
  'new patients page': LAZY_FORM_LOADER,
}

const gzip = (text: string | Buffer) => gzipSync(text, { level: 6 }).length

/** The inline flight data: the strings Next pushes to `self.__next_f`, as sent. */
const flightBytes = (html: string) =>
  [...html.matchAll(/<script[^>]*>(self\.__next_f\.push\([\s\S]*?)<\/script>/g)].reduce(
    (sum, [, body]) => sum + Buffer.byteLength(body),
    0,
  )

/**
 * Next's runtime as this build ships it: the root main files every page loads first, plus the
 * App Router's layout chunk (every page with a layout loads it; it holds `parallelRouterKey`).
 */
const runtimeOf = async (request: APIRequestContext, urls: string[]) => {
  const manifest = JSON.parse(
    readFileSync(path.join(process.cwd(), '.next/build-manifest.json'), 'utf8'),
  ) as { rootMainFiles: string[] }
  const roots = new Set(manifest.rootMainFiles.map((file) => `/_next/${file}`))
  const sizes = new Map<string, { gzip: number; runtime: boolean }>()
  for (const url of urls) {
    const { pathname } = new URL(url)
    if (sizes.has(pathname)) continue
    const response = await request.get(pathname)
    expect(response.status(), pathname).toBe(200)
    const body = await response.body()
    const runtime = roots.has(pathname) || body.includes('parallelRouterKey')
    sizes.set(pathname, { gzip: gzip(body), runtime })
  }
  return sizes
}

test('every page type stays within its weight budgets', async ({ request, baseURL }) => {
  test.setTimeout(120_000)
  const lines: string[] = []
  const misses: string[] = []
  for (const { name, url } of PAGE_TYPES) {
    const response = await request.get(url)
    const html = await response.text()
    const bytes = Buffer.byteLength(html)
    const zipped = gzip(html)
    const flight = flightBytes(html)
    const sizes = await runtimeOf(request, scriptUrls(html, new URL(url, baseURL).href))
    const own = [...sizes.values()].filter((size) => !size.runtime)
    const island = own.reduce((sum, size) => sum + size.gzip, 0)
    lines.push(`${name}: html ${bytes}, gzip ${zipped}, flight ${flight}, island ${island}`)
    const [htmlBudget, gzipBudget, flightBudget] = HTML_BUDGETS[name]
    const islandBudget = ISLAND_BUDGETS[name] ?? 0
    if (bytes > htmlBudget) misses.push(`${name} (${url}): HTML ${bytes} bytes > ${htmlBudget}`)
    if (zipped > gzipBudget) misses.push(`${name} (${url}): HTML gzip ${zipped} > ${gzipBudget}`)
    if (flight > flightBudget)
      misses.push(`${name} (${url}): inline flight data ${flight} bytes > ${flightBudget}`)
    if (island > islandBudget)
      misses.push(`${name} (${url}): module JS beyond the runtime ${island} gzip > ${islandBudget}`)
  }
  await test.info().attach('weights', { body: lines.join('\n'), contentType: 'text/plain' })
  console.log(lines.join('\n'))
  expect(misses, 'pages over budget').toEqual([])
})
