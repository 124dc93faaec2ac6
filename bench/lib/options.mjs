// @ts-check
import { BenchError } from './errors.mjs'
import { DEFAULT_RUNS } from './lighthouse.mjs'
import { WRK_DEFAULTS } from './wrk.mjs'

/** The sizes issue 8 asks for; smaller runs are for trying the tools out. */
export const ISSUE_SIZES = Object.freeze({
  articles: 10_000,
  citations: 50_000,
  reviews: 20_000,
  smallArticles: 100,
})

/**
 * @typedef {object} BenchOptions
 * @property {number} articles
 * @property {number} citations
 * @property {number} reviews
 * @property {number} smallArticles the smaller site the cache-miss render is first measured on
 * @property {number} port where the production server listens
 * @property {number} durationSeconds wrk: seconds of load per server (after a 2 s warm-up)
 * @property {number} wrkThreads wrk: threads
 * @property {number} wrkConnections wrk: concurrent connections (the plain server is also
 *   measured with twice as many)
 * @property {number} missSamples distinct never-requested articles per cache-miss measurement
 * @property {number} edits publish-to-visible edits
 * @property {boolean} skipBuild reuse an up-to-date .next instead of building (build not measured)
 * @property {boolean} lighthouse also run Lighthouse on the bench server
 * @property {number} lighthouseRuns Lighthouse runs per page (the median run is reported)
 * @property {string} output the Markdown report's path
 */

/**
 * A whole-number setting, or `fallback` when unset; out of range is a one-line error.
 * @param {Record<string, string | undefined>} env
 * @param {string} name
 * @param {number} fallback
 * @param {number} min
 * @param {number} max
 */
export const wholeNumber = (env, name, fallback, min, max) => {
  const raw = env[name]?.trim()
  if (raw === undefined || raw === '') return fallback
  const digits = raw.replace(/_/g, '')
  const value = /^\d+$/.test(digits) ? Number(digits) : Number.NaN
  if (!Number.isSafeInteger(value) || value < min || value > max)
    throw new BenchError(
      `${name} must be a whole number from ${min.toLocaleString('en-US')} to ${max.toLocaleString('en-US')}, not "${raw.slice(0, 40)}".`,
    )
  return value
}

/**
 * @param {Record<string, string | undefined>} env
 * @param {string} name
 * @param {boolean} fallback
 */
export const yesNo = (env, name, fallback) => {
  const raw = env[name]?.trim().toLowerCase()
  if (raw === undefined || raw === '') return fallback
  if (['1', 'true', 'yes'].includes(raw)) return true
  if (['0', 'false', 'no'].includes(raw)) return false
  throw new BenchError(`${name} must be true or false, not "${raw.slice(0, 40)}".`)
}

/**
 * @param {Record<string, string | undefined>} env
 * @param {string} name
 * @param {number} fallback
 */
export const portSetting = (env, name, fallback) => wholeNumber(env, name, fallback, 1024, 65535)

/**
 * Lighthouse runs per page, 1–9; an odd default so the median is one real run.
 * @param {Record<string, string | undefined>} env
 * @param {string} name
 */
export const lighthouseRuns = (env, name) => wholeNumber(env, name, DEFAULT_RUNS, 1, 9)

/**
 * `npm run bench` settings from the environment, checked before anything starts.
 * @param {Record<string, string | undefined>} [env]
 * @returns {BenchOptions}
 */
export const readBenchOptions = (env = process.env) => {
  const articles = wholeNumber(env, 'BENCH_ARTICLES', ISSUE_SIZES.articles, 50, 1_000_000)
  const smallArticles = wholeNumber(
    env,
    'BENCH_SMALL_ARTICLES',
    Math.min(ISSUE_SIZES.smallArticles, Math.floor(articles / 2)),
    15,
    1_000_000,
  )
  const missSamples = wholeNumber(env, 'BENCH_MISS_SAMPLES', 30, 5, 1000)
  /** @type {BenchOptions} */
  const options = {
    articles,
    citations: wholeNumber(env, 'BENCH_CITATIONS', ISSUE_SIZES.citations, 0, 5_000_000),
    reviews: wholeNumber(env, 'BENCH_REVIEWS', ISSUE_SIZES.reviews, 0, 5_000_000),
    smallArticles,
    port: portSetting(env, 'BENCH_PORT', 3100),
    durationSeconds: wholeNumber(env, 'BENCH_DURATION', WRK_DEFAULTS.durationSeconds, 1, 600),
    wrkThreads: wholeNumber(env, 'BENCH_WRK_THREADS', WRK_DEFAULTS.threads, 1, 64),
    wrkConnections: wholeNumber(env, 'BENCH_WRK_CONNECTIONS', WRK_DEFAULTS.connections, 1, 5000),
    missSamples,
    edits: wholeNumber(env, 'BENCH_EDITS', 20, 1, 1000),
    skipBuild: yesNo(env, 'BENCH_SKIP_BUILD', false),
    lighthouse: yesNo(env, 'BENCH_LIGHTHOUSE', true),
    lighthouseRuns: lighthouseRuns(env, 'BENCH_LIGHTHOUSE_RUNS'),
    output: env.BENCH_OUTPUT?.trim() || 'BENCHMARKS.md',
  }
  if (options.wrkConnections < options.wrkThreads)
    throw new BenchError(
      `BENCH_WRK_CONNECTIONS (${options.wrkConnections}) must be at least BENCH_WRK_THREADS (${options.wrkThreads}): wrk gives each thread its own connections.`,
    )
  // Cache misses are measured on articles nobody has requested, at both sizes; a few more are
  // used to warm the server up.
  const spare = 10
  if (smallArticles < missSamples + spare)
    throw new BenchError(
      `BENCH_SMALL_ARTICLES (${smallArticles}) must be at least BENCH_MISS_SAMPLES + ${spare} (${missSamples + spare}).`,
    )
  if (articles - smallArticles < missSamples + spare)
    throw new BenchError(
      `BENCH_ARTICLES (${articles}) must exceed BENCH_SMALL_ARTICLES (${smallArticles}) by at least BENCH_MISS_SAMPLES + ${spare} (${missSamples + spare}).`,
    )
  return options
}

/**
 * Where the sizes differ from the issue's, e.g. ["articles 2,000 (issue: 10,000)"].
 * @param {BenchOptions} options
 */
export const sizeDeviations = (options) =>
  /** @type {Array<keyof typeof ISSUE_SIZES>} */ (Object.keys(ISSUE_SIZES))
    .filter((key) => options[key] !== ISSUE_SIZES[key])
    .map(
      (key) =>
        `${key} ${options[key].toLocaleString('en-US')} (issue: ${ISSUE_SIZES[key].toLocaleString('en-US')})`,
    )
