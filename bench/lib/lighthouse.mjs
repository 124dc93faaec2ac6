// @ts-check
import { execFileSync } from 'node:child_process'

import { CHROMIUM_ARGS } from './chromium.mjs'
import { BenchError } from './errors.mjs'

/** @typedef {import('./processes.mjs').Cleanup} Cleanup */

export const CATEGORIES = /** @type {const} */ ([
  ['performance', 'Performance'],
  ['accessibility', 'Accessibility'],
  ['best-practices', 'Best practices'],
  ['seo', 'SEO'],
])

// As for the end-to-end tests, headless.
export const CHROMIUM_FLAGS = ['--headless=new', ...CHROMIUM_ARGS]

/**
 * @typedef {object} PageScores
 * @property {string} name
 * @property {string} url
 * @property {Record<string, number | null>} scores 0–100 per category id
 * @property {string[]} failing the audits that cost the most points, for pages under 100
 * @property {number[]} performanceRuns the performance score of every run, in run order
 */

/** Runs per page: Lighthouse's own advice for its run-to-run variance is the median of several. */
export const DEFAULT_RUNS = 3

/**
 * The scores of one Lighthouse result.
 * @param {any} lhr
 * @returns {Record<string, number | null>}
 */
const scoresOf = (lhr) =>
  Object.fromEntries(
    CATEGORIES.map(([id]) => {
      const score = lhr.categories[id]?.score
      return [id, typeof score === 'number' ? Math.round(score * 100) : null]
    }),
  )

/**
 * The audits that cost a category the most, e.g. "Largest Contentful Paint (2.9 s)".
 * @param {any} lhr Lighthouse's result
 * @param {string} id category id
 * @param {number} [top]
 * @returns {string[]}
 */
export const costliestAudits = (lhr, id, top = 3) => {
  const category = lhr.categories[id]
  if (!category || category.score === null || category.score >= 1) return []
  /** @type {Array<{ ref: any, audit: any }>} */
  const scored = category.auditRefs
    .filter((/** @type {any} */ ref) => ref.weight > 0)
    .map((/** @type {any} */ ref) => ({ ref, audit: lhr.audits[ref.id] }))
  return scored
    .filter(({ audit }) => audit && typeof audit.score === 'number' && audit.score < 1)
    .sort((a, b) => b.ref.weight * (1 - b.audit.score) - a.ref.weight * (1 - a.audit.score))
    .slice(0, top)
    .map(({ audit }) => {
      // For console errors and the like, the first item says what went wrong, and where.
      const item = audit.details?.items?.[0]
      const where = item?.sourceLocation?.url ?? item?.url
      const first =
        typeof item?.description === 'string'
          ? `${item.description.slice(0, 120)}${typeof where === 'string' ? `: ${where}` : ''}`
          : ''
      const detail = audit.displayValue || first
      return detail ? `${audit.title} (${detail})` : audit.title
    })
}

/** @param {string} chromePath */
export const chromiumVersion = (chromePath) => {
  try {
    return execFileSync(chromePath, ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim()
  } catch {
    return null
  }
}

/**
 * Lighthouse's default (mobile) audit of each page, in one Chromium, one page after another,
 * `runs` times each; the scores are those of the median run as Lighthouse itself picks it
 * (`computeMedianRun`: closest to the median first paint and time to interactive).
 * @param {{ chromePath: string, pages: Array<{ name: string, url: string }>, cleanup: Cleanup,
 *   runs?: number, log?: (line: string) => void }} options
 * @returns {Promise<PageScores[]>}
 */
export const runLighthouse = async ({
  chromePath,
  pages,
  cleanup,
  runs = DEFAULT_RUNS,
  log = () => {},
}) => {
  const [{ default: lighthouse }, { launch }, { computeMedianRun, filterToValidRuns }] =
    await Promise.all([
      import('lighthouse'),
      import('chrome-launcher'),
      import('lighthouse/core/lib/median-run.js'),
    ])
  const chrome = await launch({ chromePath, chromeFlags: CHROMIUM_FLAGS, handleSIGINT: false })
  const undo = cleanup.add('stop Chromium', () => chrome.kill())
  try {
    /** @type {PageScores[]} */
    const results = []
    for (const page of pages) {
      log(`lighthouse: ${page.name} (${new URL(page.url).pathname}), ${runs} run(s)`)
      /** @type {any[]} */
      const lhrs = []
      for (let run = 0; run < runs; run += 1) {
        const result = await lighthouse(page.url, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: CATEGORIES.map(([id]) => id),
        })
        const lhr = result?.lhr
        if (!lhr) throw new BenchError(`Lighthouse gave no result for ${page.url}.`)
        if (lhr.runtimeError)
          throw new BenchError(`Lighthouse could not load ${page.url}: ${lhr.runtimeError.message}`)
        lhrs.push(lhr)
      }
      const valid = filterToValidRuns(lhrs)
      if (!valid.length)
        throw new BenchError(`Lighthouse measured no first paint or interactivity on ${page.url}.`)
      const median = computeMedianRun(valid)
      results.push({
        ...page,
        scores: scoresOf(median),
        failing: CATEGORIES.flatMap(([id]) => costliestAudits(median, id)),
        performanceRuns: lhrs.map((lhr) => scoresOf(lhr).performance ?? 0),
      })
    }
    return results
  } finally {
    await chrome.kill()
    undo()
  }
}
