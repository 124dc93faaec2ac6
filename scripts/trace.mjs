// @ts-check
// `npm run trace`: where a page load's main-thread time goes (issue 21). For each page
// (TRACE_PAGES, ids as for LIGHTHOUSE_PAGES; article, home and contact by default) it records
// Chromium's performance trace of a cold load on a phone-sized screen with the CPU slowed down
// 4×, three times, and prints the median run's summary (bench/lib/trace.mjs): the longest tasks,
// blocking time after First Contentful Paint, and self time by kind of work and by script. It
// serves the seeded demo clinic from the production build as `npm run lighthouse` does (building
// first unless .next is fresh), or measures the site at TRACE_URL_BASE as it is. Exits with 1
// only when it could not measure, with one line saying why.
import { mkdir, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { CHROMIUM_ARGS } from '../bench/lib/chromium.mjs'
import { BenchError, oneLine } from '../bench/lib/errors.mjs'
import { json } from '../bench/lib/http.mjs'
import { lighthousePages, pagePath, resolvePages } from '../bench/lib/lighthouse.mjs'
import { portSetting, wholeNumber } from '../bench/lib/options.mjs'
import {
  checkChromium,
  checkDiskSpace,
  checkInstalled,
  checkPortFree,
  chromiumPath,
  requireAll,
} from '../bench/lib/prereqs.mjs'
import { sleep } from '../bench/lib/processes.mjs'
import { startScript } from '../bench/lib/script.mjs'
import { formatMs } from '../bench/lib/report.mjs'
import { startSeededSite } from '../bench/lib/server.mjs'
import { formatTraceSummary, medianRun, summarizeTrace } from '../bench/lib/trace.mjs'

const { projectDir, cleanup, log, run } = startScript('trace')

const DEFAULT_PAGES = 'article,home,contact'
const CPU_SLOWDOWN = 4
// After the load event, the trace goes on until the network has been idle this long.
const QUIET_MS = 3000
const QUIET_LIMIT_MS = 30_000
const LOAD_TIMEOUT_MS = 120_000

// What DevTools' Performance panel records, less screenshots and stacks; `blink` names more of
// the work that is neither script, parsing, style, layout nor paint.
const CATEGORIES = [
  '-*',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-devtools.timeline.frame',
  'toplevel',
  'v8',
  'v8.execute',
  'blink',
  'blink.user_timing',
  'loading',
  'latencyInfo',
  '__metadata',
]

// A Moto G Power-ish screen, as Lighthouse's mobile emulation.
const SCREEN = {
  viewport: { width: 412, height: 823 },
  deviceScaleFactor: 1.75,
  isMobile: true,
  hasTouch: true,
}

/**
 * The phone's browser context options, with this Chromium's version in a phone's user agent.
 * @param {import('@playwright/test').Browser} browser
 */
const phone = (browser) => ({
  ...SCREEN,
  userAgent: `Mozilla/5.0 (Linux; Android 11; moto g power (2022)) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${browser.version().split('.')[0]}.0.0.0 Mobile Safari/537.36`,
})

/**
 * The site TRACE_URL_BASE points at, e.g. http://127.0.0.1:3301, or null when unset.
 * @param {Record<string, string | undefined>} env
 */
const urlBase = (env) => {
  const raw = env.TRACE_URL_BASE?.trim()
  if (!raw) return null
  try {
    const url = new URL(raw)
    if (url.protocol === 'http:' || url.protocol === 'https:') return url.origin
  } catch {
    // Said below.
  }
  throw new BenchError(
    `TRACE_URL_BASE must be the http(s) address of a running site, not "${raw.slice(0, 60)}".`,
  )
}

/**
 * Loads `url` in `page` and waits for the load event, then for the network to be quiet.
 * @param {import('@playwright/test').Page} page
 * @param {string} url
 */
const loadAndSettle = async (page, url) => {
  let inFlight = 0
  let last = Date.now()
  const started = () => {
    inFlight += 1
    last = Date.now()
  }
  const ended = () => {
    inFlight = Math.max(0, inFlight - 1)
    last = Date.now()
  }
  page.on('request', started)
  page.on('requestfinished', ended)
  page.on('requestfailed', ended)
  const response = await page.goto(url, { waitUntil: 'load', timeout: LOAD_TIMEOUT_MS })
  const deadline = Date.now() + QUIET_LIMIT_MS
  while (Date.now() < deadline && (inFlight > 0 || Date.now() - last < QUIET_MS)) await sleep(100)
  return response?.status() ?? null
}

/**
 * One traced cold load of `url` in a new context (empty cache) with the CPU slowed down; the trace
 * runs from before the navigation to QUIET_MS after the network went quiet.
 * @param {import('@playwright/test').Browser} browser
 * @param {string} url
 * @returns {Promise<any[]>} the trace's events
 */
const traceLoad = async (browser, url) => {
  const context = await browser.newContext(phone(browser))
  try {
    const page = await context.newPage()
    const cdp = await context.newCDPSession(page)
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN })
    await browser.startTracing(page, { categories: CATEGORIES })
    /** @type {Buffer} */
    let buffer
    try {
      await loadAndSettle(page, url)
    } finally {
      buffer = await browser.stopTracing()
    }
    const trace = JSON.parse(buffer.toString('utf8'))
    const events = Array.isArray(trace) ? trace : trace?.traceEvents
    if (!Array.isArray(events) || !events.length)
      throw new BenchError(`Chromium's trace of ${url} holds no events.`)
    return events
  } finally {
    await context.close()
  }
}

const main = async () => {
  const base = urlBase(process.env)
  const port = portSetting(process.env, 'TRACE_PORT', 3210)
  const runs = wholeNumber(process.env, 'TRACE_RUNS', 3, 1, 9)
  const types = lighthousePages(
    { TRACE_PAGES: process.env.TRACE_PAGES?.trim() || DEFAULT_PAGES },
    'TRACE_PAGES',
  )
  const keep = process.env.TRACE_DIR?.trim() || null
  const chromePath = chromiumPath()
  await requireAll([
    checkChromium(chromePath),
    ...(base
      ? []
      : [
          checkInstalled(projectDir),
          checkPortFree(port, '127.0.0.1', 'TRACE_PORT'),
          checkDiskSpace(os.tmpdir(), 1e9),
        ]),
  ])

  /** @type {string} */
  let siteUrl
  if (base) {
    siteUrl = base
    log(`measuring the running site at ${base}`)
    await fetch(base, { signal: AbortSignal.timeout(30_000) })
      .then((response) => response.arrayBuffer())
      .catch((error) => {
        throw new BenchError(`TRACE_URL_BASE ${base} does not answer: ${oneLine(error)}`)
      })
  } else {
    const server = await startSeededSite({ projectDir, port, name: 'trace', cleanup, log })
    siteUrl = server.url
  }

  /** @type {import('../bench/lib/lighthouse.mjs').FindDocs} */
  const find = async (collection, query) =>
    (await json(`${siteUrl}/api/${collection}?${query}`)).docs ?? []
  const pages = await resolvePages(types, siteUrl, find)
  if (keep) await mkdir(keep, { recursive: true })

  const { chromium } = await import('@playwright/test')
  const browser = await chromium
    .launch({ executablePath: chromePath, args: [...CHROMIUM_ARGS] })
    .catch((error) => {
      throw new BenchError(`Chromium at ${chromePath} did not start: ${oneLine(error)}`)
    })
  const undo = cleanup.add('close Chromium', () => browser.close())
  const version = browser.version()
  /** @type {string[]} */
  const reports = []
  try {
    for (const page of pages) {
      const label = `${page.name} (${pagePath(page.url)})`
      // One load nobody measures, so the server has the page cached and the trace shows the
      // browser's work, not a render on the server.
      const warm = await browser.newContext(phone(browser))
      try {
        const status = await loadAndSettle(await warm.newPage(), page.url).catch((error) => {
          throw new BenchError(`Could not load ${label}: ${oneLine(error)}`)
        })
        if (status !== null && status >= 400 && !page.ignoreStatusCode)
          throw new BenchError(`${label} answered with status ${status}.`)
      } finally {
        await warm.close()
      }
      /** @type {Array<{ busyMs: number, summary: import('../bench/lib/trace.mjs').TraceSummary, events: any[] }>} */
      const traced = []
      for (let run = 1; run <= runs; run += 1) {
        const events = await traceLoad(browser, page.url).catch((error) => {
          throw error instanceof BenchError
            ? error
            : new BenchError(`Tracing ${label}, run ${run} of ${runs}, failed: ${oneLine(error)}`)
        })
        const summary = summarizeTrace(events, { url: page.url })
        log(
          `${label}, run ${run} of ${runs}: main thread busy ${formatMs(summary.busyMs)}, blocking after FCP ${formatMs(summary.tbtMs)}`,
        )
        traced.push({ busyMs: summary.busyMs, summary, events })
      }
      const median = medianRun(traced)
      let saved = ''
      if (keep) {
        const file = path.join(keep, `${page.id ?? page.name}.json`)
        await writeFile(file, JSON.stringify({ traceEvents: median.events }))
        saved = ` Its trace: ${file} (DevTools' Performance panel opens it).`
      }
      reports.push(
        [
          `## ${page.name} (\`${pagePath(page.url)}\`)`,
          `The median of ${runs} cold load(s) by main-thread busy time (every run: ${traced.map((run) => formatMs(run.busyMs)).join(', ')}).${saved}`,
          formatTraceSummary(median.summary),
        ].join('\n\n'),
      )
    }
  } finally {
    await browser.close()
    undo()
  }
  console.log(
    `\n# Main-thread time of a cold page load\n\nChromium ${version}, ${SCREEN.viewport.width}×${SCREEN.viewport.height} at ${SCREEN.deviceScaleFactor}×, CPU slowed down ${CPU_SLOWDOWN}×, no cache; ${siteUrl}. Times are the slowed-down ones.\n\n${reports.join('\n\n')}\n`,
  )
}

await run(main)
