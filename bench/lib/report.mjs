// @ts-check
// The figures as tables: BENCHMARKS.md and the summary printed at the end of a run.
import { SERVER_BOUND_SHARE, connectionCheck, limitVerdict, percent } from './cpu.mjs'
import { CATEGORIES, pagePath, requiredCategories } from './lighthouse.mjs'

/**
 * Payload's website template on this kind of machine, from issue 8: a cached post page at 1,185
 * req/s against nginx's 43,654 serving the same bytes.
 */
export const TEMPLATE_RATIO = 0.027

/** Issue 21: the cached article page at twice the template's ratio (2 × 0.027, rounded up). */
export const CACHED_TARGET = 0.06

/**
 * @typedef {{ requestsPerSecond: number, p50: number, p99: number, requests: number, failures: number }} Load
 * @typedef {{ p50: number, p99: number, samples: number }} Spread
 * @typedef {{ name: string, path: string, scripts: number, onLoad?: number, gzip: number, raw: number, ownGzip: number }} PageJs
 * @typedef {import('./lighthouse.mjs').PageScores} PageScores
 * @typedef {import('./cpu.mjs').CpuShares} CpuShares
 *
 * @typedef {object} Cached the cached article page under wrk, next to a plain Node server
 * @property {string} path
 * @property {number} bytes
 * @property {string | null} cacheHeader
 * @property {Load} next
 * @property {Load} plain
 * @property {number} ratio Next's throughput over the plain server's
 * @property {number} threads wrk's
 * @property {number} connections
 * @property {number} durationSeconds per server
 * @property {{ next: CpuShares | null, plain: CpuShares | null }} cpu while each was measured
 * @property {{ connections: number, load: Load, cpu: CpuShares | null } | null} plainMore the
 *   plain server again with more connections
 * @property {{ load: Load, cpu: CpuShares | null, ratio: number } | null} [direct] the same page
 *   on a server with FRONT_CACHE=off: every hit through Next's request pipeline
 *
 * @typedef {object} Results
 * @property {Date} date
 * @property {ReturnType<typeof import('./machine.mjs').describeMachine> & { chromium?: string | null }} machine
 * @property {Array<{ pid: number, command: string, cpu: number }>} busy other processes using a CPU when the run started
 * @property {number[]} load one-minute load average at the start and the end
 * @property {number | null} othersCpu share of the machine's CPU time other processes used during the run
 * @property {{ articles: number, citations: number, reviews: number, smallArticles: number }} sizes
 * @property {string[]} deviations sizes that differ from the issue's
 * @property {{ small: number, grow: number, localArticles: number } | null} generation ms
 * @property {Cached | null} cached
 * @property {{ small: Spread, large: Spread, ratio: number } | null} miss
 * @property {{ p50: number, p90: number, max: number, saveP50: number, edits: number, notVisible: number, timeoutMs: number } | null} publish
 * @property {{ runtime: { files: number, gzip: number, raw: number }, pages: PageJs[] } | null} js
 * @property {{ ms: number, peakBytes: number | null } | null} build null when the build was reused
 * @property {{ httpP50: number, queryP50: number, answer: object, expected: object, matches: boolean, reviews: number } | null} reviews
 * @property {PageScores[] | string | null} lighthouse scores, or why they were not measured
 * @property {string[]} notes
 */

const number = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 })

/** @param {number | null | undefined} value */
const known = (value) => typeof value === 'number' && Number.isFinite(value)

/** @param {number | null | undefined} ms */
export const formatMs = (ms) => {
  if (!known(ms)) return '–'
  const value = Number(ms)
  if (value >= 10_000) return `${(value / 1000).toFixed(1)} s`
  if (value >= 1000) return `${(value / 1000).toFixed(2)} s`
  if (value >= 100) return `${value.toFixed(0)} ms`
  if (value >= 10) return `${value.toFixed(1)} ms`
  return `${value.toFixed(2)} ms`
}

/**
 * Kilobytes of 1,000 bytes, as browsers' developer tools show them.
 * @param {number | null | undefined} bytes
 */
export const formatKB = (bytes) => (known(bytes) ? `${(Number(bytes) / 1000).toFixed(1)} KB` : '–')

/** @param {number | null | undefined} bytes */
export const formatMB = (bytes) => (known(bytes) ? `${number.format(Number(bytes) / 1e6)} MB` : '–')

/** @param {number | null | undefined} value */
export const formatRate = (value) => (known(value) ? `${number.format(Number(value))} req/s` : '–')

/** @param {number | null | undefined} value @param {number} [digits] */
export const formatRatio = (value, digits = 3) =>
  known(value) ? Number(value).toFixed(digits) : '–'

/**
 * A Markdown table with padded columns, readable as plain text too (and as Prettier writes it).
 * @param {string[]} header
 * @param {Array<Array<string | number>>} rows
 */
export const table = (header, rows) => {
  const cells = [header, ...rows.map((row) => row.map(String))]
  const widths = header.map((_, column) =>
    Math.max(3, ...cells.map((row) => [...(row[column] ?? '')].length)),
  )
  /** @param {string[]} row */
  const line = (row) =>
    `| ${row.map((cell, column) => cell + ' '.repeat(widths[column] - [...cell].length)).join(' | ')} |`
  return [
    line(header),
    line(widths.map((width) => '-'.repeat(width))),
    ...cells.slice(1).map(line),
  ].join('\n')
}

/** @typedef {'met' | 'not met' | 'not measured'} Verdict */

/**
 * @param {boolean | null} passed
 * @returns {Verdict}
 */
const verdict = (passed) => (passed === null ? 'not measured' : passed ? 'met' : 'not met')

/**
 * A publish-to-visible time; edits never seen on the page show as longer than the time-out.
 * @param {Results} results
 * @param {number | undefined} ms
 */
const publishTime = (results, ms) =>
  ms === Number.POSITIVE_INFINITY ? `> ${formatMs(results.publish?.timeoutMs)}` : formatMs(ms)

/** @param {Results} results */
const articleJs = (results) => results.js?.pages.find((page) => page.name === 'Article') ?? null

/**
 * Issue 8's targets, each with what was reached.
 * @param {Results} results
 * @returns {Array<{ what: string, target: string, measured: string, verdict: Verdict }>}
 */
export const evaluateTargets = (results) => {
  const article = articleJs(results)
  const lighthouse = Array.isArray(results.lighthouse) ? results.lighthouse : null
  const required = lighthouse?.flatMap((page) =>
    requiredCategories(page).map(([id]) => page.scores[id] ?? 0),
  )
  const lowest = required?.length ? Math.min(...required) : null
  return [
    {
      what: 'Cached article page, req/s against plain Node (wrk)',
      target: `≥ ${CACHED_TARGET}`,
      measured: `${formatRatio(results.cached?.ratio)}${
        results.cached?.cpu.plain && !limitVerdict(results.cached.cpu.plain).serverBound
          ? ', load-tool-bound'
          : ''
      }`,
      verdict: verdict(
        known(results.cached?.ratio) ? Number(results.cached?.ratio) >= CACHED_TARGET : null,
      ),
    },
    {
      what: `Cache-miss render p50, ${number.format(results.sizes.articles)} articles against ${number.format(results.sizes.smallArticles)}`,
      target: '≤ 1.2×',
      measured: known(results.miss?.ratio) ? `${formatRatio(results.miss?.ratio, 2)}×` : '–',
      verdict: verdict(known(results.miss?.ratio) ? Number(results.miss?.ratio) <= 1.2 : null),
    },
    {
      what: 'Publish-to-visible p50',
      target: '≤ 0.2 s',
      measured: publishTime(results, results.publish?.p50),
      verdict: verdict(results.publish ? results.publish.p50 <= 200 : null),
    },
    {
      what: 'Article page JavaScript, gzip',
      target: '≤ 150 KB',
      measured: formatKB(article?.gzip),
      verdict: verdict(article ? article.gzip <= 150_000 : null),
    },
    {
      what: '… of which our own (beyond the runtime)',
      target: '≤ ~14 KB',
      measured: formatKB(article?.ownGzip),
      verdict: verdict(article ? article.ownGzip <= 14_000 : null),
    },
    {
      what: 'Lighthouse, four categories, every page tested',
      target: '100',
      measured: lowest === null ? '–' : `lowest ${lowest}`,
      verdict: verdict(lowest === null ? null : lowest >= 100),
    },
    {
      what: '`next build` time',
      target: '≤ 64 s',
      measured: formatMs(results.build?.ms),
      verdict: verdict(known(results.build?.ms) ? Number(results.build?.ms) <= 64_000 : null),
    },
  ]
}

// More than this share of the CPU used by others makes a run "not quiet".
const QUIET_SHARE = 0.1

/** @param {Results} results */
const machineSection = (results) => {
  const { machine } = results
  const rows = [
    ['CPU', `${machine.cpu}, ${machine.cores} cores`],
    ['Memory', `${(machine.memoryBytes / 2 ** 30).toFixed(1)} GiB`],
    ['OS', machine.os],
    ['Node.js', machine.node],
    ...(machine.chromium ? [['Browser', machine.chromium]] : []),
    ...(machine.commit ? [['Commit', machine.commit]] : []),
    [
      'Load average',
      results.load.map((value) => value.toFixed(2)).join(' at the start, ') + ' at the end',
    ],
  ]
  const share = results.othersCpu
  if (share !== null)
    rows.push(['Other processes', `${Math.round(share * 100)}% of the CPU time during the run`])
  const reasons = [
    ...(results.busy.length
      ? [
          `when the run started, other processes kept CPUs busy (${results.busy
            .map((entry) => `${entry.command.split(' ')[0]} ${Math.round(entry.cpu * 100)}%`)
            .join(', ')})`,
        ]
      : []),
    ...(share !== null && share > QUIET_SHARE
      ? [`other processes used ${Math.round(share * 100)}% of the CPU time during the run`]
      : []),
  ]
  const busy = reasons.length
    ? `\n\nThe machine was **not quiet**: ${reasons.join('; ')}. Treat the figures as a lower bound.`
    : ''
  return `## Machine\n\n${table(['', ''], rows)}${busy}`
}

/** @param {CpuShares | null | undefined} shares @param {'server' | 'loadTool'} key */
const cpuCell = (shares, key) => (shares ? percent(shares[key]) : '–')

/** @param {Results} results */
const cachedSection = (results) => {
  const cached = results.cached
  if (!cached) return '## a. Cached article page\n\nNot measured.'
  /** @param {string} label @param {Load} load @param {CpuShares | null | undefined} cpu */
  const row = (label, load, cpu) => [
    label,
    formatRate(load.requestsPerSecond),
    formatMs(load.p50),
    formatMs(load.p99),
    number.format(load.failures),
    cpuCell(cpu, 'server'),
    cpuCell(cpu, 'loadTool'),
  ]
  const more = cached.plainMore
  /** @param {string} label @param {CpuShares | null | undefined} cpu */
  const limit = (label, cpu) =>
    `- ${label}: ${cpu ? `${limitVerdict(cpu).text}.` : 'not measured (CPU times come from Linux’s `/proc`).'}`
  const check = more
    ? connectionCheck(
        { connections: cached.connections, requestsPerSecond: cached.plain.requestsPerSecond },
        { connections: more.connections, requestsPerSecond: more.load.requestsPerSecond },
      )
    : null
  return [
    '## a. Cached article page',
    table(
      ['Server', 'Throughput', 'p50', 'p99', 'Failed', 'Server CPU', 'wrk CPU'],
      [
        row('Next.js (`next start`)', cached.next, cached.cpu.next),
        ...(cached.direct
          ? [
              row(
                '… with `FRONT_CACHE=off` (Next’s pipeline)',
                cached.direct.load,
                cached.direct.cpu,
              ),
            ]
          : []),
        row('Plain Node http, same bytes from memory', cached.plain, cached.cpu.plain),
        ...(more
          ? [row(`… the same with ${more.connections} connections`, more.load, more.cpu)]
          : []),
      ],
    ),
    table(
      ['Cached page against a plain server', 'Ratio'],
      [
        ['This site, against plain Node (wrk)', `**${formatRatio(cached.ratio)}**`],
        ...(cached.direct ? [['… with `FRONT_CACHE=off`', formatRatio(cached.direct.ratio)]] : []),
        [
          'Payload’s website template, against nginx (`TEMPLATE_RATIO`, issue 8)',
          formatRatio(TEMPLATE_RATIO),
        ],
        ['Target (issue 21): twice the template’s, rounded up', `≥ ${CACHED_TARGET}`],
      ],
    ),
    `\`${cached.path}\`, ${number.format(cached.bytes)} bytes of HTML${
      cached.cacheHeader
        ? `, \`x-nextjs-cache: ${cached.cacheHeader}\``
        : ', no `x-nextjs-cache` header (rendered on every request)'
    }; wrk, ${cached.threads} threads and ${cached.connections} connections, ${cached.durationSeconds} s per server after a 2 s warm-up whose figures are discarded. The template’s figure is issue 8’s: its cached post page at 1,185 req/s against nginx’s 43,654 on this kind of machine.${
      cached.direct
        ? ' `next start` answers a page it has already sent from its cache before its router (`src/cache/frontCache.mjs`); the `FRONT_CACHE=off` row is a second server of the same site without that, where every hit goes through Next’s request pipeline.'
        : ''
    }`,
    `Whether the server, not wrk, was the limit: the CPU time (user + system, from \`/proc\`) the server’s whole process tree and wrk’s threads used during each run, as a share of one core. A Node server runs its JavaScript on one thread, so it is the limit when it used at least ${percent(SERVER_BOUND_SHARE)} of a core while wrk used less than one; otherwise the figure is load-tool-bound.`,
    [
      limit('Next.js', cached.cpu.next),
      ...(cached.direct ? [limit('Next.js, `FRONT_CACHE=off`', cached.direct.cpu)] : []),
      limit('Plain Node', cached.cpu.plain),
      ...(check ? [`- Plain Node, more connections: ${check.text}.`] : []),
    ].join('\n'),
  ].join('\n\n')
}

/** @param {Results} results */
const missSection = (results) => {
  const miss = results.miss
  if (!miss) return '## b. Cache-miss render\n\nNot measured.'
  return [
    '## b. Cache-miss render',
    table(
      ['Articles in the database', 'p50', 'p99', 'Pages'],
      [
        [
          number.format(results.sizes.smallArticles),
          formatMs(miss.small.p50),
          formatMs(miss.small.p99),
          miss.small.samples,
        ],
        [
          number.format(results.sizes.articles),
          formatMs(miss.large.p50),
          formatMs(miss.large.p99),
          miss.large.samples,
        ],
      ],
    ),
    `Ratio of the p50s: **${formatRatio(miss.ratio, 2)}×**. Each page is an article nobody had requested, fetched one after another, and checked to show its full reference list. Both sites were served at once, by two servers on copies of the database, and asked one request at a time, alternating, so whatever else the machine did slowed both alike; each was warmed up the same way first (home, \`/articles\` and the reviews summary twice each, then three other articles).`,
  ].join('\n\n')
}

/** @param {Results} results */
const publishSection = (results) => {
  const publish = results.publish
  if (!publish) return '## c. Publish-to-visible\n\nNot measured.'
  return [
    '## c. Publish-to-visible',
    table(
      ['Edits', 'p50', 'p90', 'Slowest', 'Save alone, p50', 'Never visible'],
      [
        [
          publish.edits,
          publishTime(results, publish.p50),
          publishTime(results, publish.p90),
          publishTime(results, publish.max),
          formatMs(publish.saveP50),
          publish.notVisible,
        ],
      ],
    ),
    `From sending the save (a REST \`PATCH\` of the title with \`_status: published\`, as the admin’s Publish button does) to the first public page showing the new title, polled every 10 ms for up to ${formatMs(publish.timeoutMs)}. The page was requested just before each edit.`,
  ].join('\n\n')
}

/** @param {Results} results */
const jsSection = (results) => {
  const js = results.js
  if (!js) return '## d. Client JavaScript\n\nNot measured.'
  return [
    '## d. Client JavaScript',
    table(
      [
        'Page',
        'Fetched on load',
        'Scripts',
        'Total (gzip)',
        'Runtime part',
        'Our own',
        'Uncompressed',
      ],
      js.pages.map((page) => [
        `${page.name} (\`${page.path}\`)`,
        page.onLoad ?? page.scripts,
        page.scripts,
        formatKB(page.gzip),
        formatKB(page.gzip - page.ownGzip),
        formatKB(page.ownGzip),
        formatKB(page.raw),
      ]),
    ),
    `The bare Next.js runtime of this build (\`rootMainFiles\` in \`.next/build-manifest.json\`, ${js.runtime.files} files): **${formatKB(js.runtime.gzip)}** gzip, ${formatKB(js.runtime.raw)} uncompressed. Counted: the \`<script src>\` a module-capable browser runs (not \`noModule\` polyfills) and scripts it is told to preload (_fetched on load_), plus, on a page with a form, the runtime and client chunks fetched when a visitor reaches for it (\`src/hydration/runtime.mjs\`); each gzipped at level 6 (what \`next start\` sends). KB = 1,000 bytes.`,
  ].join('\n\n')
}

/** @param {Results} results */
const buildSection = (results) =>
  results.build
    ? `## e. Build\n\nA cold build: \`.next\`, Next's build cache included, is deleted first.\n\n${table(['`next build` time', 'Peak memory (whole process tree)'], [[formatMs(results.build.ms), formatMB(results.build.peakBytes)]])}`
    : '## e. Build\n\nNot measured: this run reused an existing build (BENCH_SKIP_BUILD).'

/** @param {Results} results */
const reviewsSection = (results) => {
  const reviews = results.reviews
  if (!reviews) return '## f. Reviews aggregate\n\nNot measured.'
  const answer = /** @type {Record<string, unknown>} */ (reviews.answer)
  return [
    '## f. Reviews aggregate',
    table(
      [
        'Reviews',
        'Approved',
        'Average',
        '`GET /api/reviews/summary` p50',
        'Query alone p50',
        'Figures',
      ],
      [
        [
          number.format(reviews.reviews),
          number.format(Number(answer.total)),
          String(answer.average),
          formatMs(reviews.httpP50),
          formatMs(reviews.queryP50),
          reviews.matches ? 'as written' : `wrong: expected ${JSON.stringify(reviews.expected)}`,
        ],
      ],
    ),
    'The one aggregate query behind the reviews widget (count, average, recommendations of approved reviews), over HTTP and alone in the database connection, 30 times each; its figures are compared with those of the reviews the generator wrote.',
  ].join('\n\n')
}

/**
 * A page as the Lighthouse tables name it, e.g. "Article (/articles/knee)".
 * @param {PageScores} page
 * @param {boolean} [code] the path as Markdown code
 */
const pageLabel = (page, code = false) => {
  const path = pagePath(page.url)
  return `${page.name} (${code ? `\`${path}\`` : path})`
}

/**
 * "TBT 420 ms, LCP 2.31 s" of a page's median run.
 * @param {PageScores} page
 */
export const formatMetrics = (page) =>
  `TBT ${formatMs(page.metrics?.tbt)}, LCP ${formatMs(page.metrics?.lcp)}`

/**
 * Every required category of every page under 100, one line each naming the page, the category,
 * the score and the median run's TBT and LCP, e.g.
 * "Article (/articles/x): Performance 87 (TBT 420 ms, LCP 2.31 s)". Exempt categories are left out.
 * @param {PageScores[]} pages
 * @returns {string[]}
 */
export const missedTargets = (pages) =>
  pages.flatMap((page) =>
    requiredCategories(page)
      .filter(([id]) => page.scores[id] !== 100)
      .map(([id, label]) => {
        const score = page.scores[id]
        return `${pageLabel(page)}: ${label} ${typeof score === 'number' ? score : 'not scored'} (${formatMetrics(page)})`
      }),
  )

/**
 * What some pages are not held to, and why, e.g. "Search (/search?q=knee), SEO: noindex by design".
 * @param {PageScores[]} pages
 * @param {{ markdown?: boolean }} [options] paths as Markdown code
 * @returns {string[]}
 */
export const exemptions = (pages, { markdown = false } = {}) =>
  pages.flatMap((page) =>
    CATEGORIES.filter(([id]) => page.exempt?.[id]).map(
      ([id, label]) => `${pageLabel(page, markdown)}, ${label}: ${page.exempt?.[id]}`,
    ),
  )

/**
 * The median run's scores, TBT and LCP per page, and every run's performance score. A score a
 * page is not held to is marked "(exempt)".
 * @param {PageScores[]} pages
 * @param {{ markdown?: boolean }} [options] paths as Markdown code
 */
export const lighthouseTable = (pages, { markdown = false } = {}) =>
  table(
    ['Page', ...CATEGORIES.map(([, label]) => label), 'TBT', 'LCP', 'Performance, every run'],
    pages.map((page) => [
      pageLabel(page, markdown),
      ...CATEGORIES.map(
        ([id]) => `${page.scores[id] ?? '–'}${page.exempt?.[id] ? ' (exempt)' : ''}`,
      ),
      formatMs(page.metrics?.tbt),
      formatMs(page.metrics?.lcp),
      page.performanceRuns.join(', '),
    ]),
  )

/** @param {Results} results */
const lighthouseSection = (results) => {
  const lighthouse = results.lighthouse
  if (!Array.isArray(lighthouse))
    return `## Lighthouse (mobile)\n\nNot measured${lighthouse ? `: ${lighthouse}` : ''}.`
  const failing = lighthouse
    .filter((page) => page.failing.length)
    .map((page) => `- ${page.name}: ${page.failing.join('; ')}`)
  const exempt = exemptions(lighthouse, { markdown: true }).map((line) => `- ${line}`)
  const runs = Math.max(...lighthouse.map((page) => page.performanceRuns.length))
  return [
    '## Lighthouse (mobile)',
    lighthouseTable(lighthouse, { markdown: true }),
    `Each page was audited ${runs} time${runs === 1 ? '' : 's'} in a row; the scores, Total Blocking Time (TBT) and Largest Contentful Paint (LCP) are those of the median run as Lighthouse picks it (\`computeMedianRun\`: the run closest to the median first paint and time to interactive). Lighthouse simulates a mid-range phone on a slow 4G network, so the performance score moves by a few points between runs on a shared 2-core machine.`,
    ...(exempt.length ? ['Not held to 100:', exempt.join('\n')] : []),
    ...(failing.length ? ['What costs the most points:', failing.join('\n')] : []),
  ].join('\n\n')
}

/** @param {Results} results */
const contentSection = (results) => {
  const { sizes, generation } = results
  return [
    '## The synthetic site',
    `${number.format(sizes.articles)} articles, ${number.format(sizes.citations)} citations, ${number.format(sizes.reviews)} reviews and the demo clinic's 2 offices, in a temporary SQLite database.${
      results.deviations.length
        ? ` **Not the issue's sizes:** ${results.deviations.join(', ')}.`
        : ''
    }`,
    generation
      ? `Generated in ${formatMs(generation.small)} (the ${number.format(sizes.smallArticles)}-article site) plus ${formatMs(generation.grow)} (growing it). The clinic, its staff account and the first ${generation.localArticles} articles, citations and reviews go through Payload’s Local API; the rest are copies of the rows Payload wrote for those, inserted in batches of 500 per transaction.`
      : '',
  ]
    .filter(Boolean)
    .join('\n\n')
}

// What issue 8 quotes for Payload's own website template on this kind of machine.
const REFERENCE =
  'For comparison, issue 8 quotes Payload’s website template on this kind of machine: a cached post page at 1,185 req/s against nginx’s 43,654 (0.027), 223 KB of gzipped JavaScript of which Next 16’s runtime is about 136 KB, Lighthouse mobile 80/92/96/100, and an edit public 0.11–0.24 s after saving.'

/**
 * The whole report, as Markdown.
 * @param {Results} results
 */
export const renderMarkdown = (results) => {
  const targets = evaluateTargets(results)
  return `${[
    '# Benchmarks',
    `Measured by \`npm run bench\` on ${results.date.toISOString().slice(0, 16).replace('T', ' ')} UTC. Run it again to measure the site as it is now; \`npm run lighthouse\` runs Lighthouse alone, on every page type.`,
    ...results.notes.map((note) => `> ${note}`),
    `## Targets (issue 8)\n\n${table(
      ['What', 'Target', 'Measured', ''],
      targets.map((target) => [target.what, target.target, target.measured, target.verdict]),
    )}`,
    REFERENCE,
    machineSection(results),
    cachedSection(results),
    missSection(results),
    publishSection(results),
    jsSection(results),
    buildSection(results),
    reviewsSection(results),
    lighthouseSection(results),
    contentSection(results),
  ].join('\n\n')}\n`
}

/**
 * The short version for the terminal: the targets, then where the full report went.
 * @param {Results} results
 * @param {string} output
 */
export const renderSummary = (results, output) =>
  [
    table(
      ['What', 'Target', 'Measured', ''],
      evaluateTargets(results).map((target) => [
        target.what,
        target.target,
        target.measured,
        target.verdict,
      ]),
    ),
    '',
    cachedSection(results).split('\n\n')[1],
    '',
    jsSection(results).split('\n\n')[1],
    ...(Array.isArray(results.lighthouse) ? ['', lighthouseSection(results).split('\n\n')[1]] : []),
    '',
    `Full report: ${output}`,
  ].join('\n')
