/** @jest-environment node */
import prettier from 'prettier'

import { costliestAudits } from '../../../bench/lib/lighthouse.mjs'
import {
  evaluateTargets,
  exemptions,
  formatKB,
  formatMetrics,
  formatMs,
  formatRate,
  formatRatio,
  lighthouseTable,
  missedTargets,
  renderMarkdown,
  renderSummary,
  table,
  TEMPLATE_RATIO,
} from '../../../bench/lib/report.mjs'

const load = (requestsPerSecond: number, p50: number) => ({
  requestsPerSecond,
  p50,
  p99: p50 * 3,
  requests: requestsPerSecond * 10,
  failures: 0,
})

const results = (overrides: Record<string, unknown> = {}) => ({
  date: new Date('2026-11-24T10:00:00Z'),
  machine: {
    cpu: 'Intel(R) Xeon(R) Processor',
    cores: 2,
    memoryBytes: 24 * 2 ** 30,
    os: 'Debian GNU/Linux 12 (bookworm), kernel 6.1 (x64)',
    node: 'v20.20.2',
    commit: 'abc1234',
    chromium: 'Chromium 156',
  },
  busy: [],
  load: [0.12, 1.5],
  othersCpu: 0.02,
  sizes: { articles: 10_000, citations: 50_000, reviews: 20_000, smallArticles: 100 },
  deviations: [],
  generation: { small: 9_000, grow: 61_000, localArticles: 5 },
  cached: {
    path: '/articles/knee',
    bytes: 57_966,
    cacheHeader: 'HIT',
    next: load(2000, 4.5),
    plain: load(40_000, 0.2),
    ratio: 0.05,
    threads: 2,
    connections: 64,
    durationSeconds: 10,
    cpu: {
      next: { server: 1.02, loadTool: 0.04, seconds: 9.8 },
      plain: { server: 0.98, loadTool: 0.35, seconds: 9.8 },
    },
    plainMore: {
      connections: 128,
      load: load(40_400, 0.4),
      cpu: { server: 0.99, loadTool: 0.38, seconds: 9.8 },
    },
  },
  miss: {
    small: { p50: 100, p99: 150, samples: 30 },
    large: { p50: 130, p99: 200, samples: 30 },
    ratio: 1.3,
  },
  publish: {
    p50: 150,
    p90: 180,
    max: 250,
    saveP50: 90,
    edits: 20,
    notVisible: 0,
    timeoutMs: 10_000,
  },
  js: {
    runtime: { files: 5, gzip: 132_500, raw: 445_000 },
    pages: [
      { name: 'Home', path: '/', scripts: 7, gzip: 139_800, raw: 467_800, ownGzip: 7_300 },
      {
        name: 'Article',
        path: '/articles/knee',
        scripts: 8,
        gzip: 147_900,
        raw: 489_400,
        ownGzip: 15_400,
      },
    ],
  },
  build: { ms: 58_000, peakBytes: 2_700_000_000 },
  reviews: {
    httpP50: 9.3,
    queryP50: 0.44,
    answer: { total: 18_000, average: 4.5 },
    expected: { total: 18_000, average: 4.5 },
    matches: true,
    reviews: 20_000,
  },
  lighthouse: [
    {
      name: 'Home',
      url: 'http://127.0.0.1:3100/',
      scores: { performance: 100, accessibility: 100, 'best-practices': 100, seo: 100 },
      metrics: { tbt: 42.4, lcp: 1_230 },
      failing: [],
      performanceRuns: [100, 99, 100],
    },
  ],
  notes: [],
  ...overrides,
})

describe('formatting', () => {
  it('chooses readable units', () => {
    expect(formatMs(1.234)).toBe('1.23 ms')
    expect(formatMs(12.34)).toBe('12.3 ms')
    expect(formatMs(486.2)).toBe('486 ms')
    expect(formatMs(1234)).toBe('1.23 s')
    expect(formatMs(195_700)).toBe('195.7 s')
    expect(formatKB(147_900)).toBe('147.9 KB')
    expect(formatRate(1534.4)).toBe('1,534 req/s')
    expect(formatRatio(0.02713)).toBe('0.027')
  })

  it('shows a dash for what was not measured', () => {
    for (const format of [formatMs, formatKB, formatRate, formatRatio]) {
      expect(format(Number.NaN)).toBe('–')
      expect(format(undefined)).toBe('–')
      expect(format(null)).toBe('–')
    }
  })

  it('pads table columns', () => {
    expect(
      table(
        ['Page', 'KB'],
        [
          ['Home', 7.3],
          ['Article', 15.4],
        ],
      ),
    ).toBe(
      ['| Page    | KB   |', '| ------- | ---- |', '| Home    | 7.3  |', '| Article | 15.4 |'].join(
        '\n',
      ),
    )
  })
})

describe('evaluateTargets', () => {
  it('says which of issue 8’s targets were met', () => {
    expect(
      evaluateTargets(results() as never).map(({ measured, verdict }) => [measured, verdict]),
    ).toEqual([
      ['0.050', 'not met'],
      ['1.30×', 'not met'],
      ['150 ms', 'met'],
      ['147.9 KB', 'met'],
      ['15.4 KB', 'not met'],
      ['lowest 100', 'met'],
      ['58.0 s', 'met'],
    ])
  })

  it('reports what a run did not measure as not measured, never as met', () => {
    const partial = results({
      cached: null,
      miss: null,
      publish: null,
      js: null,
      build: null,
      lighthouse: 'BENCH_LIGHTHOUSE=false',
    })
    expect(evaluateTargets(partial as never).map(({ verdict }) => verdict)).toEqual(
      Array(7).fill('not measured'),
    )
  })

  it('counts edits that never showed as slower than the time-out, and the target as not met', () => {
    const never = results({
      publish: {
        p50: Infinity,
        p90: Infinity,
        max: Infinity,
        saveP50: 90,
        edits: 20,
        notVisible: 12,
        timeoutMs: 10_000,
      },
    })
    expect(evaluateTargets(never as never)[2]).toMatchObject({
      measured: '> 10.0 s',
      verdict: 'not met',
    })
    expect(renderMarkdown(never as never)).toContain(
      '| 20    | > 10.0 s | > 10.0 s | > 10.0 s | 90.0 ms         | 12            |',
    )
  })

  it('holds the cached page to 0.06 against plain Node, measured with wrk', () => {
    const cached = (ratio: number, plainCpu: unknown = results().cached.cpu.plain) =>
      evaluateTargets(
        results({
          cached: { ...results().cached, ratio, cpu: { next: null, plain: plainCpu } },
        }) as never,
      )[0]
    expect(cached(0.06)).toEqual({
      what: 'Cached article page, req/s against plain Node (wrk)',
      target: '≥ 0.06',
      measured: '0.060',
      verdict: 'met',
    })
    expect(cached(0.0599)).toMatchObject({ measured: '0.060', verdict: 'not met' })
    expect(cached(0.071, null)).toMatchObject({ measured: '0.071', verdict: 'met' })
    expect(TEMPLATE_RATIO).toBe(0.027)
  })

  it('marks a ratio whose plain-server figure was load-tool-bound', () => {
    const bound = results({
      cached: {
        ...results().cached,
        ratio: 0.07,
        cpu: { next: null, plain: { server: 0.6, loadTool: 0.3, seconds: 10 } },
      },
    })
    expect(evaluateTargets(bound as never)[0]).toMatchObject({
      measured: '0.070, load-tool-bound',
      verdict: 'met',
    })
  })

  it('names the sizes compared', () => {
    const smaller = results({
      sizes: { articles: 2000, citations: 1, reviews: 1, smallArticles: 100 },
    })
    expect(evaluateTargets(smaller as never)[1].what).toBe(
      'Cache-miss render p50, 2,000 articles against 100',
    )
  })
})

describe('renderMarkdown', () => {
  it('writes the figures, the machine and the caveats', () => {
    const markdown = renderMarkdown(
      results({
        notes: ['Article pages were not cached when this was measured.'],
        busy: [{ pid: 1, command: 'node next build', cpu: 0.8 }],
        deviations: ['articles 2,000 (issue: 10,000)'],
      }) as never,
    )
    expect(markdown).toContain('> Article pages were not cached when this was measured.')
    expect(markdown).toMatch(/\| CPU +\| Intel\(R\) Xeon\(R\) Processor, 2 cores/)
    expect(markdown).toContain('The machine was **not quiet**')
    expect(markdown).toContain('node 80%')
    expect(markdown).toContain("**Not the issue's sizes:** articles 2,000 (issue: 10,000)")
    expect(markdown).toMatch(
      /\| Next\.js \(`next start`\) +\| 2,000 req\/s +\| 4\.50 ms \| 13\.5 ms \| 0 +\| 102% +\| 4% +\|/,
    )
    expect(markdown).toMatch(
      /\| … the same with 128 connections +\| 40,400 req\/s +\| 0\.40 ms \| 1\.20 ms \| 0 +\| 99% +\| 38% +\|/,
    )
    expect(markdown).toMatch(/\| This site, against plain Node \(wrk\) +\| \*\*0\.050\*\* +\|/)
    expect(markdown).toMatch(
      /\| Payload’s website template, against nginx \(`TEMPLATE_RATIO`, issue 8\) +\| 0\.027 +\|/,
    )
    expect(markdown).toMatch(
      /\| Target \(issue 21\): twice the template’s, rounded up +\| ≥ 0\.06 +\|/,
    )
    expect(markdown).toContain('wrk, 2 threads and 64 connections, 10 s per server')
    expect(markdown).toContain(
      '- Next.js: server 102% of a core, wrk 4%: the server was the limit.\n- Plain Node: server 98% of a core, wrk 35%: the server was the limit.\n- Plain Node, more connections: 40,400 req/s with 128 connections against 40,000 with 64 (+1%): throughput did not rise, so 64 connections were enough.',
    )
    expect(markdown).toContain('`x-nextjs-cache: HIT`')
    expect(markdown).toContain('**132.5 KB** gzip')
    expect(markdown).toMatch(
      /\| Home \(`\/`\) +\| 100 +\| 100 +\| 100 +\| 100 +\| 42\.4 ms \| 1\.23 s \| 100, 99, 100 +\|/,
    )
    expect(markdown).toContain(
      'audited 3 times in a row; the scores, Total Blocking Time (TBT) and Largest Contentful Paint (LCP) are those of the median run',
    )
  })

  it('says when the CPU shares could not be measured, and leaves out the second check', () => {
    const markdown = renderMarkdown(
      results({
        cached: { ...results().cached, cpu: { next: null, plain: null }, plainMore: null },
      }) as never,
    )
    expect(markdown).toMatch(
      /\| Plain Node http, same bytes from memory +\| 40,000 req\/s .*\| – +\| – +\|/,
    )
    expect(markdown).toContain('- Plain Node: not measured (CPU times come from Linux’s `/proc`).')
    expect(markdown).not.toContain('more connections')
  })

  it('calls a run not quiet when others used much CPU during it, and a quiet one quiet', () => {
    expect(renderMarkdown(results() as never)).not.toContain('not quiet')
    expect(renderMarkdown(results() as never)).toMatch(
      /\| Other processes +\| 2% of the CPU time during the run/,
    )
    expect(renderMarkdown(results({ othersCpu: 0.35 }) as never)).toContain(
      'The machine was **not quiet**: other processes used 35% of the CPU time during the run.',
    )
  })

  it('is already formatted as Prettier would (npm run format leaves it alone)', async () => {
    const markdown = renderMarkdown(
      results({
        notes: ['Article pages were not cached: `Cache-Control: private, no-store`.'],
        busy: [{ pid: 1, command: '/usr/lib/chromium/chromium --headless', cpu: 0.3 }],
        deviations: ['articles 300 (issue: 10,000)'],
        build: null,
        lighthouse: [
          {
            name: 'Contact',
            url: 'http://127.0.0.1:3100/contact',
            scores: { performance: 91, accessibility: 100, 'best-practices': 96, seo: 100 },
            metrics: { tbt: 360, lcp: 2_310 },
            failing: ['Total Blocking Time (360 ms)', 'Browser errors were logged to the console'],
            performanceRuns: [91],
          },
          {
            id: 'search',
            name: 'Search',
            url: 'http://127.0.0.1:3100/search?q=knee',
            exempt: { seo: 'noindex by design' },
            scores: { performance: 100, accessibility: 100, 'best-practices': 100, seo: 69 },
            failing: [],
            performanceRuns: [100],
          },
        ],
      }) as never,
    )
    const config = await prettier.resolveConfig('BENCHMARKS.md')
    expect(await prettier.format(markdown, { ...config, parser: 'markdown' })).toBe(markdown)
  })

  it('prints a short summary with the targets and where the report is', () => {
    const summary = renderSummary(results() as never, 'BENCHMARKS.md')
    expect(summary).toContain('| Cached article page, req/s against plain Node (wrk)')
    expect(summary).toContain('| Plain Node http, same bytes from memory')
    expect(summary.endsWith('Full report: BENCHMARKS.md')).toBe(true)
  })
})

describe('costliestAudits', () => {
  const lhr = {
    categories: {
      performance: {
        score: 0.91,
        auditRefs: [
          { id: 'total-blocking-time', weight: 30 },
          { id: 'largest-contentful-paint', weight: 25 },
          { id: 'cumulative-layout-shift', weight: 25 },
          { id: 'insight', weight: 0 },
        ],
      },
      seo: { score: 1, auditRefs: [] },
      'best-practices': { score: 0.96, auditRefs: [{ id: 'errors-in-console', weight: 1 }] },
    },
    audits: {
      'total-blocking-time': { title: 'Total Blocking Time', score: 0.6, displayValue: '360 ms' },
      'largest-contentful-paint': {
        title: 'Largest Contentful Paint',
        score: 0.9,
        displayValue: '2.0 s',
      },
      'cumulative-layout-shift': { title: 'Cumulative Layout Shift', score: 1, displayValue: '0' },
      insight: { title: 'An insight', score: 0 },
      'errors-in-console': {
        title: 'Browser errors were logged to the console',
        score: 0,
        details: {
          items: [
            {
              description: 'Failed to load resource: 404 (Not Found)',
              sourceLocation: { url: 'http://127.0.0.1:3100/missing.png' },
            },
          ],
        },
      },
    },
  }

  it('lists the weighted audits that lost the most points, with what was measured', () => {
    expect(costliestAudits(lhr, 'performance')).toEqual([
      'Total Blocking Time (360 ms)',
      'Largest Contentful Paint (2.0 s)',
    ])
    expect(costliestAudits(lhr, 'best-practices')).toEqual([
      'Browser errors were logged to the console (Failed to load resource: 404 (Not Found): http://127.0.0.1:3100/missing.png)',
    ])
    expect(costliestAudits(lhr, 'seo')).toEqual([])
    expect(costliestAudits(lhr, 'accessibility')).toEqual([])
  })
})

describe('the Lighthouse figures', () => {
  const page = (overrides: Record<string, unknown> = {}) => ({
    name: 'Article',
    url: 'http://127.0.0.1:3200/articles/x',
    scores: { performance: 100, accessibility: 100, 'best-practices': 100, seo: 100 },
    metrics: { tbt: 420, lcp: 2_310 },
    failing: [],
    performanceRuns: [100, 100, 100],
    ...overrides,
  })
  const notFound = page({
    id: 'notFound',
    name: 'Not found',
    url: 'http://127.0.0.1:3200/no-such-page',
    exempt: { 'best-practices': 'console error', seo: '4xx status' },
    scores: { performance: 99, accessibility: 100, 'best-practices': 96, seo: 66 },
  })
  const search = page({
    id: 'search',
    name: 'Search',
    url: 'http://127.0.0.1:3200/search?q=knee',
    exempt: { seo: 'noindex by design' },
    scores: { performance: 100, accessibility: 100, 'best-practices': 100, seo: 69 },
  })

  it('formats TBT and LCP', () => {
    expect(formatMetrics(page() as never)).toBe('TBT 420 ms, LCP 2.31 s')
    expect(formatMetrics(page({ metrics: { tbt: 0, lcp: null } }) as never)).toBe(
      'TBT 0.00 ms, LCP –',
    )
    expect(formatMetrics(page({ metrics: undefined }) as never)).toBe('TBT –, LCP –')
  })

  it('names every required category under 100 with the page, the score, TBT and LCP', () => {
    const slow = page({
      scores: { performance: 87, accessibility: 100, 'best-practices': 100, seo: 92 },
    })
    expect(missedTargets([slow, notFound, search] as never)).toEqual([
      'Article (/articles/x): Performance 87 (TBT 420 ms, LCP 2.31 s)',
      'Article (/articles/x): SEO 92 (TBT 420 ms, LCP 2.31 s)',
      'Not found (/no-such-page): Performance 99 (TBT 420 ms, LCP 2.31 s)',
    ])
  })

  it('misses nothing when every required category is at 100, exempt ones aside', () => {
    expect(missedTargets([page(), search] as never)).toEqual([])
    expect(missedTargets([] as never)).toEqual([])
  })

  it('counts a category Lighthouse could not score as missed', () => {
    const unscored = page({
      scores: { performance: 100, accessibility: null, 'best-practices': 100, seo: 100 },
    })
    expect(missedTargets([unscored] as never)).toEqual([
      'Article (/articles/x): Accessibility not scored (TBT 420 ms, LCP 2.31 s)',
    ])
  })

  it('says what each page is not held to, and why', () => {
    expect(exemptions([page(), notFound, search] as never)).toEqual([
      'Not found (/no-such-page), Best practices: console error',
      'Not found (/no-such-page), SEO: 4xx status',
      'Search (/search?q=knee), SEO: noindex by design',
    ])
  })

  it('tables the scores, marking exempt ones, with TBT and LCP', () => {
    expect(lighthouseTable([page(), search] as never).split('\n')).toEqual([
      '| Page                    | Performance | Accessibility | Best practices | SEO         | TBT    | LCP    | Performance, every run |',
      '| ----------------------- | ----------- | ------------- | -------------- | ----------- | ------ | ------ | ---------------------- |',
      '| Article (/articles/x)   | 100         | 100           | 100            | 100         | 420 ms | 2.31 s | 100, 100, 100          |',
      '| Search (/search?q=knee) | 100         | 100           | 100            | 69 (exempt) | 420 ms | 2.31 s | 100, 100, 100          |',
    ])
    expect(lighthouseTable([page()] as never, { markdown: true })).toContain(
      '| Article (`/articles/x`) |',
    )
  })

  it('holds issue 8’s Lighthouse target to the required categories only', () => {
    const target = (lighthouse: unknown[]) =>
      evaluateTargets(results({ lighthouse }) as never).find(({ what }) =>
        what.startsWith('Lighthouse'),
      )
    expect(target([page(), search])).toMatchObject({ measured: 'lowest 100', verdict: 'met' })
    expect(target([page(), notFound])).toMatchObject({ measured: 'lowest 99', verdict: 'not met' })
    expect(target([])).toMatchObject({ measured: '–', verdict: 'not measured' })
  })

  it('lists the exemptions in the report', () => {
    const markdown = renderMarkdown(results({ lighthouse: [page(), notFound] }) as never)
    expect(markdown).toContain(
      'Not held to 100:\n\n- Not found (`/no-such-page`), Best practices: console error\n- Not found (`/no-such-page`), SEO: 4xx status',
    )
  })
})
