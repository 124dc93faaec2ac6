// @ts-check
import { execFileSync } from 'node:child_process'

import { CHROMIUM_ARGS } from './chromium.mjs'
import { BenchError, oneLine } from './errors.mjs'

/** @typedef {import('./processes.mjs').Cleanup} Cleanup */

export const CATEGORIES = /** @type {const} */ ([
  ['performance', 'Performance'],
  ['accessibility', 'Accessibility'],
  ['best-practices', 'Best practices'],
  ['seo', 'SEO'],
])

/** @typedef {typeof CATEGORIES[number][0]} CategoryId */

// As for the end-to-end tests, headless.
export const CHROMIUM_FLAGS = ['--headless=new', ...CHROMIUM_ARGS]

/**
 * A page to audit.
 * @typedef {object} AuditPage
 * @property {string} name
 * @property {string} url
 * @property {string} [id] its page type (PAGE_TYPES)
 * @property {Partial<Record<CategoryId, string>>} [exempt] categories it is not held to 100 in, each
 *   with the reason
 * @property {boolean} [ignoreStatusCode] audit it although it answers with an error status (the 404)
 */

/**
 * The two figures that weigh most in the performance score, in ms, of the median run.
 * @typedef {{ tbt: number | null, lcp: number | null }} Metrics
 */

/**
 * @typedef {object} PageScores
 * @property {string} name
 * @property {string} url
 * @property {string} [id]
 * @property {Partial<Record<CategoryId, string>>} [exempt]
 * @property {Record<string, number | null>} scores 0–100 per category id
 * @property {Metrics} [metrics] Total Blocking Time and Largest Contentful Paint of the median run
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
 * Total Blocking Time and Largest Contentful Paint of one Lighthouse result, in ms.
 * @param {any} lhr
 * @returns {Metrics}
 */
export const metricsOf = (lhr) => {
  /** @param {string} id */
  const ms = (id) => {
    const value = lhr?.audits?.[id]?.numericValue
    return typeof value === 'number' && Number.isFinite(value) ? value : null
  }
  return { tbt: ms('total-blocking-time'), lcp: ms('largest-contentful-paint') }
}

/**
 * The categories a page is held to 100 in: all four, less its exemptions.
 * @param {{ exempt?: Partial<Record<CategoryId, string>> }} page
 */
export const requiredCategories = (page) => CATEGORIES.filter(([id]) => !page.exempt?.[id])

/**
 * A page's path and query, as the tables show it.
 * @param {string} url
 */
export const pagePath = (url) => {
  const { pathname, search } = new URL(url)
  return `${pathname}${search}`
}

/**
 * Published documents of a collection through the site's REST API, e.g.
 * `find('offices', 'limit=1&depth=0&sort=order')`.
 * @typedef {(collection: string, query: string) => Promise<any[]>} FindDocs
 */

/**
 * What the page table asks the site: `find`, and the article audited (looked up once).
 * @typedef {{ find: FindDocs, article: () => Promise<any> }} Site
 */

/** @param {any} doc */
const citesPapers = (doc) =>
  (Array.isArray(doc?.references) && doc.references.length > 0) ||
  JSON.stringify(doc?.content ?? null).includes('"blockType":"cite"')

/**
 * The newest article with a reference list (cites in its text), else the newest.
 * @param {any[]} docs newest first
 */
export const pickArticle = (docs) => docs.find(citesPapers) ?? docs[0]

/** @param {FindDocs} find @returns {Site} */
export const siteLookup = (find) => {
  /** @type {Promise<any> | undefined} */
  let article
  return {
    find,
    article: () =>
      (article ??= find('articles', 'limit=20&depth=0&sort=-publishedAt').then((docs) => {
        const doc = pickArticle(docs)
        if (!doc?.slug) throw new BenchError('The site has no published article to audit.')
        return doc
      })),
  }
}

/**
 * The slug of the first document `query` finds.
 * @param {FindDocs} find @param {string} collection @param {string} query
 */
const firstSlug = async (find, collection, query) => {
  const [doc] = await find(collection, `limit=1&depth=0&${query}`)
  if (typeof doc?.slug !== 'string' || !doc.slug)
    throw new BenchError(`The site has no published ${collection} to audit.`)
  return doc.slug
}

/**
 * The slug of the document a relationship of the audited article points to (depth 0: an id),
 * else of the first document in `sort` order.
 * @param {Site} site @param {string} collection @param {unknown} related @param {string} sort
 */
const relatedSlug = async (site, collection, related, sort) => {
  const id = Array.isArray(related) ? related[0] : related
  if (typeof id === 'number' || typeof id === 'string') {
    const [doc] = await site.find(
      collection,
      `limit=1&depth=0&where[id][equals]=${encodeURIComponent(id)}`,
    )
    if (typeof doc?.slug === 'string' && doc.slug) return doc.slug
  }
  return firstSlug(site.find, collection, `sort=${sort}`)
}

/** In the demo clinic: the Knee topic and the article filed under it (a results page, not none). */
export const SEARCH_QUERY = 'knee'

/**
 * @typedef {object} PageType
 * @property {string} id what LIGHTHOUSE_PAGES calls it
 * @property {string} name
 * @property {(site: Site) => Promise<string>} path its path (and query) on the site
 * @property {Partial<Record<CategoryId, string>>} [exempt] categories not held to 100, with why
 * @property {boolean} [ignoreStatusCode] answers with an error status on purpose
 */

/**
 * Every page type `npm run lighthouse` audits (issue 21), found on the running site through the
 * REST API. Each is held to 100 in the four categories, less its exemptions.
 */
export const PAGE_TYPES = /** @type {readonly PageType[]} */ ([
  { id: 'home', name: 'Home', path: async () => '/' },
  {
    id: 'article',
    name: 'Article',
    path: async (site) => `/articles/${(await site.article()).slug}`,
  },
  {
    id: 'topic',
    name: 'Topic',
    path: async (site) =>
      `/topics/${await relatedSlug(site, 'topics', (await site.article()).topics, 'name')}`,
  },
  {
    id: 'physician',
    name: 'Physician',
    path: async (site) =>
      `/physicians/${await relatedSlug(site, 'physicians', (await site.article()).author, 'name')}`,
  },
  { id: 'offices', name: 'Offices', path: async () => '/offices' },
  {
    id: 'office',
    name: 'Office',
    path: async (site) => `/offices/${await firstSlug(site.find, 'offices', 'sort=order')}`,
  },
  { id: 'articles', name: 'Articles', path: async () => '/articles' },
  { id: 'reviews', name: 'Reviews', path: async () => '/reviews' },
  { id: 'contact', name: 'Contact', path: async () => '/contact' },
  {
    id: 'page',
    name: 'Page',
    // A standalone page of the `pages` collection; /contact is a route of its own.
    path: async (site) =>
      `/${await firstSlug(site.find, 'pages', 'sort=title&where[slug][not_equals]=contact')}`,
  },
  {
    id: 'notFound',
    name: 'Not found',
    path: async () => '/no-such-page',
    exempt: {
      'best-practices':
        'Chromium logs the page’s own 404 status as a console error, which best practices counts',
      seo: 'Lighthouse’s SEO audit fails any page whose HTTP status is 4xx',
    },
    ignoreStatusCode: true,
  },
  {
    id: 'search',
    name: 'Search',
    path: async () => `/search?q=${encodeURIComponent(SEARCH_QUERY)}`,
    exempt: { seo: 'noindex by design: result pages are kept out of search engines' },
  },
])

export const PAGE_IDS = Object.freeze(PAGE_TYPES.map((page) => page.id))

/**
 * The page types a setting such as `LIGHTHOUSE_PAGES=article,home` picks, in its order; unset or
 * empty, all of them. An unknown id is a one-line error listing the valid ones.
 * @param {Record<string, string | undefined>} env
 * @param {string} name
 * @returns {PageType[]}
 */
export const lighthousePages = (env, name) => {
  const raw = env[name]?.trim()
  if (raw === undefined || raw === '') return [...PAGE_TYPES]
  const wanted = raw
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean)
  const unknown = wanted.filter(
    (item) => !PAGE_IDS.some((id) => id.toLowerCase() === item.toLowerCase()),
  )
  if (unknown.length || !wanted.length)
    throw new BenchError(
      `${name} must be a comma-separated list of ${PAGE_IDS.join(', ')}, not "${(unknown.length ? unknown.join(',') : raw).slice(0, 40)}".`,
    )
  const ids = [...new Set(wanted.map((item) => item.toLowerCase()))]
  return ids.map(
    (lower) => /** @type {PageType} */ (PAGE_TYPES.find((page) => page.id.toLowerCase() === lower)),
  )
}

/**
 * The pages to audit on the site at `baseUrl`, their paths looked up through `find`; a page that
 * cannot be found is a BenchError naming it.
 * @param {readonly PageType[]} types
 * @param {string} baseUrl
 * @param {FindDocs} find
 * @returns {Promise<AuditPage[]>}
 */
export const resolvePages = async (types, baseUrl, find) => {
  const site = siteLookup(find)
  /** @type {AuditPage[]} */
  const pages = []
  for (const type of types) {
    const path = await type.path(site).catch((error) => {
      throw new BenchError(
        `Could not find the ${type.name} page (${type.id}) to audit: ${oneLine(error)}`,
      )
    })
    pages.push({
      id: type.id,
      name: type.name,
      url: new URL(path, baseUrl).href,
      ...(type.exempt ? { exempt: type.exempt } : {}),
      ...(type.ignoreStatusCode ? { ignoreStatusCode: true } : {}),
    })
  }
  return pages
}

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
 * `runs` times each; the scores and metrics are those of the median run as Lighthouse itself
 * picks it (`computeMedianRun`: closest to the median first paint and time to interactive).
 * A run that fails is a BenchError naming the page and the run.
 * @param {{ chromePath: string, pages: AuditPage[], cleanup: Cleanup, runs?: number,
 *   log?: (line: string) => void }} options
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
      const { ignoreStatusCode, ...described } = page
      const label = `${page.name} (${pagePath(page.url)})`
      log(`lighthouse: ${label}, ${runs} run(s)`)
      /** @type {any[]} */
      const lhrs = []
      for (let run = 1; run <= runs; run += 1) {
        const which = `${label}, run ${run} of ${runs}`
        const result = await lighthouse(page.url, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: CATEGORIES.map(([id]) => id),
          // The 404 page answers 404 on purpose; Lighthouse otherwise refuses to audit it.
          ...(ignoreStatusCode ? { ignoreStatusCode: true } : {}),
        }).catch((error) => {
          throw new BenchError(`Lighthouse failed on ${which}: ${oneLine(error)}`)
        })
        const lhr = result?.lhr
        if (!lhr) throw new BenchError(`Lighthouse gave no result for ${which}.`)
        if (lhr.runtimeError)
          throw new BenchError(
            `Lighthouse could not audit ${which}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`,
          )
        lhrs.push(lhr)
      }
      const valid = filterToValidRuns(lhrs)
      if (!valid.length)
        throw new BenchError(
          `Lighthouse measured no first paint or time to interactive on ${label} in ${runs} run(s).`,
        )
      const median = computeMedianRun(valid)
      results.push({
        ...described,
        scores: scoresOf(median),
        metrics: metricsOf(median),
        failing: requiredCategories(page).flatMap(([id]) => costliestAudits(median, id)),
        performanceRuns: lhrs.map((lhr) => scoresOf(lhr).performance ?? 0),
      })
    }
    return results
  } finally {
    await chrome.kill()
    undo()
  }
}
