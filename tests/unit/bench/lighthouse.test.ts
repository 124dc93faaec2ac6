/** @jest-environment node */
import { jest } from '@jest/globals'

import { BenchError } from '../../../bench/lib/errors.mjs'
import { Cleanup } from '../../../bench/lib/processes.mjs'

// Lighthouse and Chromium are replaced: each audit answers with what `audit` returns for it.
type Flags = Record<string, unknown>
const audit = jest.fn<(url: string, flags: Flags) => Promise<unknown>>()
const kill = jest.fn(async () => {})
jest.unstable_mockModule('lighthouse', () => ({ default: audit }))
jest.unstable_mockModule('chrome-launcher', () => ({
  launch: async () => ({ port: 9222, kill }),
}))

const {
  CATEGORIES,
  PAGE_IDS,
  PAGE_TYPES,
  lighthousePages,
  metricsOf,
  pagePath,
  pickArticle,
  requiredCategories,
  resolvePages,
  runLighthouse,
} = await import('../../../bench/lib/lighthouse.mjs')

/** A Lighthouse result with these scores (0–1) and metrics (ms). */
const lhr = ({
  performance = 1,
  seo = 1,
  tbt = 40,
  lcp = 1200,
  fcp = 900,
  interactive = 1500,
}: Partial<
  Record<'performance' | 'seo' | 'tbt' | 'lcp' | 'fcp' | 'interactive', number>
> = {}) => ({
  categories: {
    performance: { score: performance, auditRefs: [] },
    accessibility: { score: 1, auditRefs: [] },
    'best-practices': { score: 1, auditRefs: [] },
    seo: { score: seo, auditRefs: [] },
  },
  audits: {
    'total-blocking-time': { numericValue: tbt },
    'largest-contentful-paint': { numericValue: lcp },
    'first-contentful-paint': { numericValue: fcp },
    interactive: { numericValue: interactive },
  },
})

describe('the page table', () => {
  it('has the twelve page types of issue 21, each with an id', () => {
    expect(PAGE_IDS).toEqual([
      'home',
      'article',
      'topic',
      'physician',
      'offices',
      'office',
      'articles',
      'reviews',
      'contact',
      'page',
      'notFound',
      'search',
    ])
  })

  it('exempts only search from SEO and the 404 from SEO and best practices, with reasons', () => {
    const exempt = Object.fromEntries(
      PAGE_TYPES.filter((type) => type.exempt).map((type) => [type.id, type.exempt]),
    )
    expect(Object.keys(exempt)).toEqual(['notFound', 'search'])
    expect(Object.keys(exempt.notFound ?? {}).sort()).toEqual(['best-practices', 'seo'])
    expect(Object.keys(exempt.search ?? {})).toEqual(['seo'])
    for (const reasons of Object.values(exempt))
      for (const reason of Object.values(reasons ?? {})) expect(reason).toMatch(/\w{3,}/)
    expect(PAGE_TYPES.filter((type) => type.ignoreStatusCode).map((type) => type.id)).toEqual([
      'notFound',
    ])
  })

  it('holds a page to every category it is not exempt from', () => {
    expect(requiredCategories({}).map(([id]) => id)).toEqual(CATEGORIES.map(([id]) => id))
    expect(requiredCategories({ exempt: { seo: 'noindex' } }).map(([id]) => id)).toEqual([
      'performance',
      'accessibility',
      'best-practices',
    ])
  })
})

describe('lighthousePages (LIGHTHOUSE_PAGES)', () => {
  const ids = (env: Record<string, string | undefined>) =>
    lighthousePages(env, 'LIGHTHOUSE_PAGES').map((type) => type.id)

  it('picks every page type when unset or empty', () => {
    expect(ids({})).toEqual(PAGE_IDS)
    expect(ids({ LIGHTHOUSE_PAGES: '  ' })).toEqual(PAGE_IDS)
  })

  it('picks the listed ones in their order, once each, ignoring case and spaces', () => {
    expect(ids({ LIGHTHOUSE_PAGES: 'article,home' })).toEqual(['article', 'home'])
    expect(ids({ LIGHTHOUSE_PAGES: ' notfound , search,,article,NotFound ' })).toEqual([
      'notFound',
      'search',
      'article',
    ])
  })

  it.each([
    ['article,blog', 'blog'],
    ['404', '404'],
    [',', ','],
  ])('refuses %p in one line that lists the valid ids', (value, named) => {
    const message = `LIGHTHOUSE_PAGES must be a comma-separated list of home, article, topic, physician, offices, office, articles, reviews, contact, page, notFound, search, not "${named}".`
    expect(() => ids({ LIGHTHOUSE_PAGES: value })).toThrow(new BenchError(message))
    expect(() => ids({ LIGHTHOUSE_PAGES: value })).toThrow(BenchError)
  })
})

describe('metricsOf and pagePath', () => {
  it('reads TBT and LCP in ms, null when Lighthouse had none', () => {
    expect(metricsOf(lhr({ tbt: 420.4, lcp: 2310 }))).toEqual({ tbt: 420.4, lcp: 2310 })
    expect(metricsOf({ audits: { 'total-blocking-time': { numericValue: undefined } } })).toEqual({
      tbt: null,
      lcp: null,
    })
    expect(metricsOf({})).toEqual({ tbt: null, lcp: null })
  })

  it('shows the path with its query', () => {
    expect(pagePath('http://127.0.0.1:3200/search?q=knee')).toBe('/search?q=knee')
    expect(pagePath('http://127.0.0.1:3200/')).toBe('/')
  })
})

describe('resolvePages', () => {
  // The demo clinic as the REST API answers anonymous visitors (depth 0).
  const collections: Record<string, Array<Record<string, unknown>>> = {
    articles: [
      { id: 9, slug: 'newest-without-references', references: [], content: { root: {} } },
      { id: 8, slug: 'healing-cycle', references: [3], topics: [2], author: 5 },
    ],
    topics: [
      { id: 1, slug: 'prolotherapy' },
      { id: 2, slug: 'knee' },
    ],
    physicians: [{ id: 5, slug: 'ross-hauser' }],
    offices: [{ id: 1, slug: 'chicagoland' }],
    pages: [{ id: 1, slug: 'disclaimer' }],
  }
  const asked: string[] = []
  const find = async (collection: string, query: string) => {
    asked.push(`${collection}?${query}`)
    const docs = collections[collection] ?? []
    const id = /where\[id\]\[equals\]=(\w+)/.exec(query)?.[1]
    return id ? docs.filter((doc) => String(doc.id) === id) : docs
  }

  beforeEach(() => {
    asked.length = 0
  })

  it('finds every page type on the site, the article once', async () => {
    const pages = await resolvePages(PAGE_TYPES, 'http://127.0.0.1:3200', find)
    expect(pages.map((page) => [page.id, pagePath(page.url)])).toEqual([
      ['home', '/'],
      ['article', '/articles/healing-cycle'],
      ['topic', '/topics/knee'],
      ['physician', '/physicians/ross-hauser'],
      ['offices', '/offices'],
      ['office', '/offices/chicagoland'],
      ['articles', '/articles'],
      ['reviews', '/reviews'],
      ['contact', '/contact'],
      ['page', '/disclaimer'],
      ['notFound', '/no-such-page'],
      ['search', '/search?q=knee'],
    ])
    expect(asked.filter((query) => query.startsWith('articles?'))).toEqual([
      'articles?limit=20&depth=0&sort=-publishedAt',
    ])
    expect(asked).toContain('pages?limit=1&depth=0&sort=title&where[slug][not_equals]=contact')
    const notFound = pages.find((page) => page.id === 'notFound')
    expect(notFound).toMatchObject({ ignoreStatusCode: true, name: 'Not found' })
    expect(Object.keys(notFound?.exempt ?? {})).toEqual(['best-practices', 'seo'])
    expect(pages.find((page) => page.id === 'home')).not.toHaveProperty('ignoreStatusCode')
  })

  it('looks up only the pages asked for', async () => {
    const pages = await resolvePages(
      lighthousePages({ LIGHTHOUSE_PAGES: 'office,home' }, 'LIGHTHOUSE_PAGES'),
      'http://127.0.0.1:3200',
      find,
    )
    expect(pages.map((page) => page.url)).toEqual([
      'http://127.0.0.1:3200/offices/chicagoland',
      'http://127.0.0.1:3200/',
    ])
    expect(asked).toEqual(['offices?limit=1&depth=0&sort=order'])
  })

  it('falls back to the first topic and physician by name when the article has none', async () => {
    const bare = async (collection: string, query: string) =>
      collection === 'articles' ? [{ id: 1, slug: 'plain' }] : find(collection, query)
    const pages = await resolvePages(
      lighthousePages({ LIGHTHOUSE_PAGES: 'topic,physician' }, 'LIGHTHOUSE_PAGES'),
      'http://x.test',
      bare,
    )
    expect(pages.map((page) => pagePath(page.url))).toEqual([
      '/topics/prolotherapy',
      '/physicians/ross-hauser',
    ])
    expect(asked).toContain('topics?limit=1&depth=0&sort=name')
  })

  it('names the page type it could not find', async () => {
    const empty = async () => []
    await expect(
      resolvePages(
        lighthousePages({ LIGHTHOUSE_PAGES: 'office' }, 'LIGHTHOUSE_PAGES'),
        'http://x.test',
        empty,
      ),
    ).rejects.toThrow(
      new BenchError(
        'Could not find the Office page (office) to audit: The site has no published offices to audit.',
      ),
    )
  })
})

describe('pickArticle', () => {
  it('takes the newest article that cites papers, else the newest', () => {
    const cites = {
      slug: 'cites',
      content: { root: { children: [{ type: 'inlineBlock', fields: { blockType: 'cite' } }] } },
    }
    expect(pickArticle([{ slug: 'plain', references: [] }, cites]).slug).toBe('cites')
    expect(pickArticle([{ slug: 'plain' }, { slug: 'listed', references: [4] }]).slug).toBe(
      'listed',
    )
    expect(pickArticle([{ slug: 'plain' }, { slug: 'older' }]).slug).toBe('plain')
    expect(pickArticle([])).toBeUndefined()
  })
})

describe('runLighthouse', () => {
  const pages = [
    { id: 'home', name: 'Home', url: 'http://x.test/' },
    {
      id: 'notFound',
      name: 'Not found',
      url: 'http://x.test/no-such-page',
      exempt: { seo: '4xx' },
      ignoreStatusCode: true,
    },
  ]

  beforeEach(() => {
    audit.mockReset()
    kill.mockClear()
  })

  it('reports the median run’s scores, TBT and LCP, and every run’s performance', async () => {
    const runs = [
      lhr({ performance: 0.9, tbt: 500, fcp: 2000, interactive: 4000 }),
      lhr({ performance: 0.97, tbt: 300, lcp: 2310, fcp: 1000, interactive: 2000 }),
      lhr({ performance: 1, tbt: 10, fcp: 800, interactive: 1500 }),
    ]
    for (const run of [...runs, ...runs]) audit.mockResolvedValueOnce({ lhr: run })
    const results = await runLighthouse({
      chromePath: '/usr/bin/chromium',
      pages,
      cleanup: new Cleanup(),
      runs: 3,
    })
    expect(results[0]).toEqual({
      id: 'home',
      name: 'Home',
      url: 'http://x.test/',
      scores: { performance: 97, accessibility: 100, 'best-practices': 100, seo: 100 },
      metrics: { tbt: 300, lcp: 2310 },
      failing: [],
      performanceRuns: [90, 97, 100],
    })
    expect(results[1]).toMatchObject({ id: 'notFound', exempt: { seo: '4xx' } })
    expect(results[1]).not.toHaveProperty('ignoreStatusCode')
    // Only the 404 is audited despite its status.
    expect(audit.mock.calls.map(([url, flags]) => [url, flags.ignoreStatusCode])).toEqual([
      ...Array(3).fill(['http://x.test/', undefined]),
      ...Array(3).fill(['http://x.test/no-such-page', true]),
    ])
    expect(audit.mock.calls[0][1]).toMatchObject({ port: 9222, output: 'json' })
    expect(kill).toHaveBeenCalled()
  })

  it('names the page and the run when Lighthouse cannot audit it', async () => {
    audit.mockResolvedValueOnce({ lhr: lhr() }).mockResolvedValueOnce({
      lhr: {
        ...lhr(),
        runtimeError: { code: 'ERRORED_DOCUMENT_REQUEST', message: 'Status code: 500.' },
      },
    })
    await expect(
      runLighthouse({ chromePath: 'c', pages, cleanup: new Cleanup(), runs: 2 }),
    ).rejects.toThrow(
      new BenchError(
        'Lighthouse could not audit Home (/), run 2 of 2: ERRORED_DOCUMENT_REQUEST Status code: 500.',
      ),
    )
    expect(kill).toHaveBeenCalled()
  })

  it('names the page and the run when Lighthouse itself fails', async () => {
    audit.mockRejectedValueOnce(new Error('Protocol error\n(Page.navigate): Target closed'))
    await expect(
      runLighthouse({ chromePath: 'c', pages: [pages[1]], cleanup: new Cleanup(), runs: 1 }),
    ).rejects.toThrow(
      new BenchError(
        'Lighthouse failed on Not found (/no-such-page), run 1 of 1: Error: Protocol error (Page.navigate): Target closed',
      ),
    )
  })
})
