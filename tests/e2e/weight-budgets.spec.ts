import { readFileSync } from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'

import { type APIRequestContext, expect, type Page, test } from '@playwright/test'

import { PAGE_TYPES } from './pages'

/**
 * What each page type weighs on a patient's phone, held to budgets (issue 21): the HTML (and its
 * gzip, as `next start` sends it), inline flight data (none), and the JavaScript a browser
 * fetches: none while a page loads, and on a page with a form, once a visitor reaches for it,
 * Next's runtime plus the form. Budgets sit a little above what the demo clinic weighs today, so
 * a change that adds weight fails here with the page and the figure.
 */

type PageName = (typeof PAGE_TYPES)[number]['name']

/**
 * Bytes as served, and gzipped: [html, html gzip]. No page inlines Next's flight data: pages
 * without a form have nothing to hydrate, and a page with one fetches it with the runtime.
 */
const HTML_BUDGETS: Record<PageName, [number, number]> = {
  home: [16200, 4100],
  article: [29000, 7800],
  'article list': [9000, 2800],
  'article list by topic': [9200, 2800],
  topic: [9100, 2800],
  physician: [10500, 3100],
  'office list': [9400, 2600],
  office: [20500, 5200],
  'standalone page': [9000, 2700],
  'new patients page': [9100, 2700],
  reviews: [17300, 3700],
  contact: [13700, 4100],
  'search prompt': [7300, 2400],
  'search results': [7800, 2600],
  'search without results': [7500, 2500],
  'not found': [7600, 2400],
}

/**
 * Module JavaScript of ours (gzip) beyond the runtime, fetched when a visitor reaches for the
 * form: the form is the only island a visitor's page hydrates (about 3 KB; the spam check loads
 * only when a visitor starts typing). Pages without a form fetch no script at all.
 */
const FORM_ISLAND = 10_000
const ISLAND_BUDGETS: Partial<Record<PageName, number>> = {
  article: FORM_ISLAND,
  office: FORM_ISLAND,
  contact: FORM_ISLAND,
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

/** The scripts the page fetches: on load, then (on a page with a form) once a visitor reaches for it. */
const scriptsOf = async (page: Page, url: string, form: boolean) => {
  const fetched: string[] = []
  const onRequest = (request: { resourceType(): string; url(): string }) => {
    if (request.resourceType() === 'script') fetched.push(request.url())
  }
  page.on('request', onRequest)
  await page.goto(url)
  await page.waitForLoadState('networkidle')
  const onLoad = [...fetched]
  if (form) {
    await page.locator('form.site-form input:not([tabindex])').first().focus()
    // Hydrated: React has attached itself to the form.
    await expect
      .poll(() =>
        page.evaluate(() =>
          Object.keys(document.querySelector('form.site-form')!).some((key) =>
            key.startsWith('__react'),
          ),
        ),
      )
      .toBe(true)
    await page.waitForLoadState('networkidle')
  }
  page.off('request', onRequest)
  return { onLoad, onReach: fetched.slice(onLoad.length) }
}

test('every page type stays within its weight budgets', async ({ page, request }) => {
  test.setTimeout(180_000)
  const lines: string[] = []
  const misses: string[] = []
  for (const { name, url } of PAGE_TYPES) {
    const response = await request.get(url)
    const html = await response.text()
    const bytes = Buffer.byteLength(html)
    const zipped = gzip(html)
    const flight = flightBytes(html)
    const islandBudget = ISLAND_BUDGETS[name] ?? 0
    const { onLoad, onReach } = await scriptsOf(page, url, islandBudget > 0)
    const sizes = await runtimeOf(request, onReach)
    const own = [...sizes.values()].filter((size) => !size.runtime)
    const island = own.reduce((sum, size) => sum + size.gzip, 0)
    const runtime = [...sizes.values()].filter((size) => size.runtime).length
    lines.push(
      `${name}: html ${bytes}, gzip ${zipped}, flight ${flight}, scripts on load ${onLoad.length}, island ${island}`,
    )
    const [htmlBudget, gzipBudget] = HTML_BUDGETS[name]
    if (bytes > htmlBudget) misses.push(`${name} (${url}): HTML ${bytes} bytes > ${htmlBudget}`)
    if (zipped > gzipBudget) misses.push(`${name} (${url}): HTML gzip ${zipped} > ${gzipBudget}`)
    if (flight) misses.push(`${name} (${url}): ${flight} bytes of inline flight data`)
    if (onLoad.length)
      misses.push(`${name} (${url}): ${onLoad.length} scripts fetched on load: ${onLoad[0]}, …`)
    if (islandBudget && !runtime)
      misses.push(`${name} (${url}): reaching for the form fetched no runtime`)
    if (island > islandBudget)
      misses.push(`${name} (${url}): module JS beyond the runtime ${island} gzip > ${islandBudget}`)
  }
  await test.info().attach('weights', { body: lines.join('\n'), contentType: 'text/plain' })
  console.log(lines.join('\n'))
  expect(misses, 'pages over budget').toEqual([])
})
