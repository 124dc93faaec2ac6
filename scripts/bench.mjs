// @ts-check
// `npm run bench`: builds the site, fills a temporary SQLite database with a synthetic clinic,
// starts the production server and measures it (issue 8). Writes BENCHMARKS.md. Settings are
// environment variables; see README.md, "Benchmarks".
import { existsSync } from 'node:fs'
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { generateContent } from '../bench/lib/content.mjs'
import { oneLine } from '../bench/lib/errors.mjs'
import { getOk, json } from '../bench/lib/http.mjs'
import { measureJs } from '../bench/lib/jsSize.mjs'
import { chromiumVersion, runLighthouse } from '../bench/lib/lighthouse.mjs'
import { connectionCheck, limitVerdict } from '../bench/lib/cpu.mjs'
import { freePort, startStaticServer } from '../bench/lib/load.mjs'
import {
  busyProcesses,
  cpuTimes,
  describeMachine,
  loadAverage,
  othersShare,
} from '../bench/lib/machine.mjs'
import { measureMissesSideBySide, spread } from '../bench/lib/misses.mjs'
import { readBenchOptions, sizeDeviations } from '../bench/lib/options.mjs'
import {
  checkChromium,
  checkDiskSpace,
  checkInstalled,
  checkNoNextRunning,
  checkPortFree,
  checkWrk,
  chromiumPath,
  requireAll,
  wrkPath,
} from '../bench/lib/prereqs.mjs'
import { startScript } from '../bench/lib/script.mjs'
import { logIn, measurePublish } from '../bench/lib/publish.mjs'
import { renderMarkdown, renderSummary } from '../bench/lib/report.mjs'
import { keepSections } from '../bench/lib/sections.mjs'
import { buildNext, checkSkipBuild, productionEnv, startNext } from '../bench/lib/server.mjs'
import { median, percentile, ratio } from '../bench/lib/stats.mjs'
import { measureWithWrk } from '../bench/lib/wrk.mjs'

const { projectDir, cleanup, log, run } = startScript('bench')

/** @param {unknown} a @param {unknown} b */
const sameFigures = (a, b) => {
  /** @param {unknown} value */
  const sorted = (value) =>
    JSON.stringify(Object.entries(Object(value)).sort(([x], [y]) => x.localeCompare(y)))
  return sorted(a) === sorted(b)
}

/** @param {number[]} values */
const spreadOf = (values) => ({
  p50: median(values),
  p99: percentile(values, 99),
  samples: values.length,
})

const main = async () => {
  const options = readBenchOptions()
  const chromePath = chromiumPath()
  const wrk = wrkPath()
  await requireAll([
    checkInstalled(projectDir),
    checkWrk(wrk),
    checkPortFree(options.port, '127.0.0.1', 'BENCH_PORT'),
    ...(options.lighthouse ? [checkChromium(chromePath)] : []),
    checkDiskSpace(os.tmpdir(), 2e9),
    checkNoNextRunning(projectDir),
    checkSkipBuild(projectDir, options.skipBuild, 'BENCH_SKIP_BUILD'),
  ])

  const started = new Date()
  const cpuAtStart = cpuTimes()
  const busy = await busyProcesses()
  const loadAtStart = loadAverage()
  if (busy.length)
    log(
      `other processes are busy (${busy.map((entry) => entry.command.split(' ')[0]).join(', ')}); figures will be lower`,
    )

  const dir = await mkdtemp(path.join(os.tmpdir(), 'clinic-bench-'))
  cleanup.add('remove the temporary folder', () => rm(dir, { recursive: true, force: true }))
  const baseUrl = `http://127.0.0.1:${options.port}`
  /** @type {NodeJS.ProcessEnv} */
  const common = {
    ...productionEnv({ baseUrl, dir }),
    SEED: 'false',
  }

  // e. The build, first, while nothing else of ours runs.
  let build = null
  if (!options.skipBuild) {
    log('next build, from scratch…')
    build = await buildNext({
      projectDir,
      env: { ...common, DATABASE_URI: `file:${path.join(dir, 'build.db')}` },
      logFile: path.join(dir, 'build.log'),
      cleanup,
      cold: true,
    })
    log(`built in ${(build.ms / 1000).toFixed(1)} s`)
  }

  const env = {
    ...common,
    DATABASE_URI: `file:${path.join(dir, 'bench.db')}`,
  }
  const full = {
    articles: options.articles,
    citations: options.citations,
    reviews: options.reviews,
  }
  const server = (/** @type {string} */ name) =>
    startNext({
      projectDir,
      port: options.port,
      env,
      logFile: path.join(dir, `${name}.log`),
      cleanup,
    })

  log(`generating the ${options.smallArticles}-article site…`)
  const small = await generateContent({
    projectDir,
    dir,
    name: 'content-small',
    spec: { full, articles: options.smallArticles },
    previous: null,
    env,
    cleanup,
    log,
  })
  /** @param {any} state @param {number} index */
  const article = (state, index) => ({
    ...state.articles[index],
    dois: Array.from(
      { length: state.citesPerArticle },
      (_, cite) => `${state.doiPrefix}${index * state.citesPerArticle + cite}`,
    ),
  })
  /** @param {string} url @param {any} state @param {number[]} indexes */
  const warmUp = async (url, state, indexes) => {
    for (const page of ['/', '/articles', '/api/reviews/summary'])
      for (let i = 0; i < 2; i += 1) await getOk(`${url}${page}`)
    for (const index of indexes) await getOk(`${url}/articles/${state.articles[index].slug}`)
  }

  // Keep a copy of the small site and grow the original, so both can be served side by side.
  const smallDb = path.join(dir, 'bench-small.db')
  const bigDb = path.join(dir, 'bench.db')
  for (const suffix of ['', '-wal', '-shm']) {
    if (existsSync(`${bigDb}${suffix}`)) await copyFile(`${bigDb}${suffix}`, `${smallDb}${suffix}`)
  }
  log(`growing a copy to ${options.articles.toLocaleString('en-US')} articles…`)
  const grown = await generateContent({
    projectDir,
    dir,
    name: 'content-full',
    spec: { full, articles: options.articles },
    previous: small.file,
    env,
    cleanup,
    log,
  })
  const state = grown.result.state
  const smallState = small.result.state
  const smallCount = smallState.articles.length
  const largeCount = state.articles.length

  // b. Cache misses: articles nobody has requested yet, on a server of each size, alternately.
  log('starting a server on each site…')
  const running = await server('server-full')
  const smallServer = await startNext({
    projectDir,
    port: await freePort(),
    env: { ...env, DATABASE_URI: `file:${smallDb}` },
    logFile: path.join(dir, 'server-small.log'),
    cleanup,
  })
  await warmUp(smallServer.url, smallState, [0, 1, 2])
  await warmUp(running.url, state, [smallCount, smallCount + 1, smallCount + 2])
  const [smallMisses, largeMisses] = await measureMissesSideBySide(
    {
      url: smallServer.url,
      articles: spread(3, smallCount, options.missSamples).map((index) =>
        article(smallState, index),
      ),
    },
    {
      url: running.url,
      articles: spread(smallCount + 3, largeCount, options.missSamples).map((index) =>
        article(state, index),
      ),
    },
  )
  await smallServer.stop()
  log(
    `cache miss p50: ${median(smallMisses).toFixed(1)} ms with ${options.smallArticles} articles, ${median(largeMisses).toFixed(1)} ms with ${options.articles}`,
  )

  // a. The seeded article, cached (if the site caches) by a few requests first, under wrk next
  // to a plain Node server sending the same bytes; the CPU each server and wrk used says which
  // was the limit, and the plain server again with twice the connections says it was saturated.
  const cachedPath = `/articles/${state.seeded.article}`
  let page = await getOk(`${running.url}${cachedPath}`)
  for (let i = 0; i < 3; i += 1) page = await getOk(`${running.url}${cachedPath}`)
  const load = {
    wrk,
    threads: options.wrkThreads,
    connections: options.wrkConnections,
    durationSeconds: options.durationSeconds,
    cleanup,
  }
  const wrkLine = (/** @type {string} */ name, connections = load.connections) =>
    `wrk: ${name}, ${load.threads} threads, ${connections} connections, ${load.durationSeconds} s…`
  /** @param {string} name @param {import('../bench/lib/cpu.mjs').CpuShares | null} cpu */
  const logLimit = (name, cpu) =>
    log(`${name}: ${cpu ? limitVerdict(cpu).text : 'CPU shares not measured (no /proc)'}`)
  log(wrkLine('Next.js'))
  const nextRun = await measureWithWrk(`${running.url}${cachedPath}`, {
    ...load,
    serverPid: running.pid,
  })
  logLimit('Next.js', nextRun.cpu)
  // The same page through Next's pipeline alone, on a second server of the same site: what the
  // front cache (src/cache/frontCache.mjs) saves a hit.
  const direct = await startNext({
    projectDir,
    port: await freePort(),
    env: { ...env, DATABASE_URI: `file:${bigDb}`, FRONT_CACHE: 'off', JOBS_AUTORUN: 'false' },
    logFile: path.join(dir, 'server-direct.log'),
    cleanup,
  })
  for (let i = 0; i < 4; i += 1) await getOk(`${direct.url}${cachedPath}`)
  log(wrkLine('Next.js, FRONT_CACHE=off'))
  const directRun = await measureWithWrk(`${direct.url}${cachedPath}`, {
    ...load,
    serverPid: direct.pid,
  })
  logLimit('Next.js, FRONT_CACHE=off', directRun.cpu)
  await direct.stop()
  const plainServer = await startStaticServer(page.body, { dir, cleanup })
  log(wrkLine('plain Node'))
  const plainRun = await measureWithWrk(plainServer.url, { ...load, serverPid: plainServer.pid })
  logLimit('plain Node', plainRun.cpu)
  const moreConnections = load.connections * 2
  log(wrkLine('plain Node', moreConnections))
  const plainMore = await measureWithWrk(plainServer.url, {
    ...load,
    connections: moreConnections,
    serverPid: plainServer.pid,
  })
  await plainServer.stop()
  log(
    `plain Node: ${
      connectionCheck(
        { connections: load.connections, requestsPerSecond: plainRun.load.requestsPerSecond },
        { connections: moreConnections, requestsPerSecond: plainMore.load.requestsPerSecond },
      ).text
    }`,
  )
  const nextLoad = nextRun.load
  const plainLoad = plainRun.load

  // c. Publish-to-visible on a synthetic article.
  log(`publish-to-visible: ${options.edits} edits…`)
  const token = await logIn(running.url, state.staff)
  const publishTimeoutMs = 10_000
  const publish = await measurePublish({
    baseUrl: running.url,
    token,
    article: state.articles[0],
    edits: options.edits,
    timeoutMs: publishTimeoutMs,
  })

  // d. Client JavaScript per page type.
  log('client JavaScript…')
  const js = await measureJs({
    baseUrl: running.url,
    projectDir,
    pages: [
      { name: 'Home', path: '/' },
      { name: 'Article', path: cachedPath },
      { name: 'Topic', path: `/topics/${state.seeded.topic}` },
      { name: 'Physician', path: `/physicians/${state.seeded.physician}` },
      { name: 'Office', path: `/offices/${state.seeded.office}` },
      { name: 'Articles', path: '/articles' },
      { name: 'Contact', path: '/contact' },
      { name: 'Search', path: '/search?q=knee' },
      { name: 'Reviews', path: '/reviews' },
    ],
  })

  // f. The reviews aggregate over HTTP, against what the generator wrote.
  const summaryTimes = []
  let answer = null
  for (let i = 0; i < 30; i += 1) {
    const started = performance.now()
    answer = await json(`${running.url}/api/reviews/summary`)
    summaryTimes.push(performance.now() - started)
  }
  const expected = grown.result.expectedSummary

  /** @type {import('../bench/lib/report.mjs').Results['lighthouse']} */
  let lighthouse = 'BENCH_LIGHTHOUSE=false'
  if (options.lighthouse) {
    // A browser failing after minutes of measuring should not cost the other figures.
    lighthouse = await runLighthouse({
      chromePath,
      cleanup,
      log,
      runs: options.lighthouseRuns,
      pages: [
        { name: 'Home', url: `${running.url}/` },
        { name: 'Article', url: `${running.url}${cachedPath}` },
        { name: 'Office', url: `${running.url}/offices/${state.seeded.office}` },
        { name: 'Contact', url: `${running.url}/contact` },
      ],
    }).catch((error) => `Lighthouse failed (${oneLine(error)})`)
  }
  await running.stop()

  const cacheControl = page.headers.get('cache-control') ?? ''
  const cacheHeader = page.headers.get('x-nextjs-cache')
  const notes = []
  if (nextLoad.failures)
    notes.push(
      `${nextLoad.failures.toLocaleString('en-US')} of ${nextLoad.requests.toLocaleString('en-US')} requests to ${cachedPath} failed under load.`,
    )
  if (!cacheHeader && /no-store|private/.test(cacheControl))
    notes.push(
      `Article pages were not cached when this was measured: they answered \`Cache-Control: ${cacheControl}\` and were rendered on every request.`,
    )

  /** @type {import('../bench/lib/report.mjs').Results} */
  const results = {
    date: started,
    machine: {
      ...describeMachine(projectDir),
      chromium: options.lighthouse ? chromiumVersion(chromePath) : null,
    },
    busy,
    load: [loadAtStart, loadAverage()],
    othersCpu: othersShare(cpuAtStart, cpuTimes()),
    sizes: {
      articles: options.articles,
      citations: options.citations,
      reviews: options.reviews,
      smallArticles: options.smallArticles,
    },
    deviations: sizeDeviations(options),
    generation: {
      small: small.result.generationMs,
      grow: grown.result.generationMs,
      localArticles: 5,
    },
    cached: {
      path: cachedPath,
      bytes: page.body.length,
      cacheHeader,
      next: nextLoad,
      plain: plainLoad,
      ratio: ratio(nextLoad.requestsPerSecond, plainLoad.requestsPerSecond),
      threads: load.threads,
      connections: load.connections,
      durationSeconds: load.durationSeconds,
      cpu: { next: nextRun.cpu, plain: plainRun.cpu },
      plainMore: { connections: moreConnections, load: plainMore.load, cpu: plainMore.cpu },
      direct: {
        load: directRun.load,
        cpu: directRun.cpu,
        ratio: ratio(directRun.load.requestsPerSecond, plainLoad.requestsPerSecond),
      },
    },
    miss: {
      small: spreadOf(smallMisses),
      large: spreadOf(largeMisses),
      ratio: ratio(median(largeMisses), median(smallMisses)),
    },
    publish: {
      p50: median(publish.visibleMs),
      p90: percentile(publish.visibleMs, 90),
      max: Math.max(...publish.visibleMs),
      saveP50: median(publish.saveMs),
      edits: options.edits,
      notVisible: publish.visibleMs.filter((ms) => ms === Number.POSITIVE_INFINITY).length,
      timeoutMs: publishTimeoutMs,
    },
    js,
    build,
    reviews: {
      httpP50: median(summaryTimes),
      queryP50: median(grown.result.summaryQueryMs),
      answer,
      expected,
      matches: sameFigures(answer, expected),
      reviews: options.reviews,
    },
    lighthouse,
    notes,
  }
  const output = path.resolve(projectDir, options.output)
  // `npm run load` keeps its own section of the same file.
  const previous = existsSync(output) ? await readFile(output, 'utf8') : ''
  await writeFile(
    output,
    keepSections(previous, renderMarkdown(results), [
      'load',
      'bench:wordpress',
      'bench:cluster',
      'lighthouse',
      'trace',
    ]),
  )
  console.log(`\n${renderSummary(results, path.relative(process.cwd(), output) || output)}`)
}

await run(main)
