// @ts-check
// `npm run bench:cluster`: two instances of the production build on one database and a real
// Redis (issue 20). Measures (1) publish-to-visible across instances: an edit saved on A, polled
// for on B; (2) cached-article throughput of one instance with Next's cache in Redis against the
// same instance on Next's file-system cache, each next to a plain Node server sending the same
// bytes. Writes its section of BENCHMARKS.md. Settings: BENCH_EDITS (default 30),
// BENCH_DURATION (seconds per load run, default 10), BENCH_CONNECTIONS (default 20),
// BENCH_SKIP_BUILD=1 (reuse a fresh build), BENCH_OUTPUT.
import { existsSync } from 'node:fs'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { generateContent } from '../bench/lib/content.mjs'
import { BenchError } from '../bench/lib/errors.mjs'
import { getOk } from '../bench/lib/http.mjs'
import { hammer, startStaticServer } from '../bench/lib/load.mjs'
import { describeMachine, loadAverage } from '../bench/lib/machine.mjs'
import { wholeNumber } from '../bench/lib/options.mjs'
import { checkInstalled, checkNoNextRunning, requireAll } from '../bench/lib/prereqs.mjs'
import { startScript } from '../bench/lib/script.mjs'
import { logIn, measurePublish } from '../bench/lib/publish.mjs'
import { freePort, startRedis } from '../bench/lib/redisServer.mjs'
import { table } from '../bench/lib/report.mjs'
import { replaceSection } from '../bench/lib/sections.mjs'
import { buildNext, checkSkipBuild, productionEnv, startNext } from '../bench/lib/server.mjs'
import { median, percentile, ratio } from '../bench/lib/stats.mjs'

const { projectDir, cleanup, log, run } = startScript('bench:cluster')

/** The target of issue 20: an edit on one instance visible on another within half a second. */
const TARGET_P50_MS = 500

const main = async () => {
  const env = process.env
  const edits = wholeNumber(env, 'BENCH_EDITS', 30, 5, 500)
  const load = {
    connections: wholeNumber(env, 'BENCH_CONNECTIONS', 20, 1, 1000),
    durationSeconds: wholeNumber(env, 'BENCH_DURATION', 10, 3, 600),
  }
  const skipBuild = env.BENCH_SKIP_BUILD === '1'
  await requireAll([
    checkInstalled(projectDir),
    checkNoNextRunning(projectDir),
    checkSkipBuild(projectDir, skipBuild, 'BENCH_SKIP_BUILD'),
  ])
  const started = new Date()
  const loadAtStart = loadAverage()
  const dir = await mkdtemp(path.join(os.tmpdir(), 'clinic-bench-cluster-'))
  cleanup.add('remove the temporary folder', () => rm(dir, { recursive: true, force: true }))
  const redis = await startRedis()
  cleanup.add('stop redis-server', () => redis.stop())

  const [portA, portB] = [await freePort(), await freePort()]
  /** @type {NodeJS.ProcessEnv} */
  const common = {
    ...productionEnv({ baseUrl: `http://127.0.0.1:${portA}`, dir }),
    DATABASE_URI: `file:${path.join(dir, 'cluster.db')}`,
    SEED: 'false',
  }
  if (!skipBuild) {
    log('next build…')
    await buildNext({
      projectDir,
      env: { ...common, DATABASE_URI: `file:${path.join(dir, 'build.db')}` },
      logFile: path.join(dir, 'build.log'),
      cleanup,
    })
  }
  log('generating a 50-article site…')
  const { result } = await generateContent({
    projectDir,
    dir,
    name: 'content',
    spec: { full: { articles: 50, citations: 200, reviews: 200 }, articles: 50 },
    previous: null,
    env: common,
    cleanup,
    log,
  })
  const state = result.state
  const shared = { ...common, REDIS_URL: redis.url }
  /** @param {string} name @param {number} port @param {NodeJS.ProcessEnv} instanceEnv */
  const instance = (name, port, instanceEnv) =>
    startNext({
      projectDir,
      port,
      env: instanceEnv,
      logFile: path.join(dir, `${name}.log`),
      cleanup,
    })

  log('starting instances A and B on Redis…')
  const [a, b] = await Promise.all([instance('a', portA, shared), instance('b', portB, shared)])

  log(`publish-to-visible across instances: ${edits} edits saved on A, read on B…`)
  const token = await logIn(a.url, state.staff)
  const publishTimeoutMs = 10_000
  const across = await measurePublish({
    baseUrl: a.url,
    visitorUrl: b.url,
    token,
    article: state.articles[0],
    edits,
    timeoutMs: publishTimeoutMs,
  })
  const notVisible = across.visibleMs.filter((ms) => ms === Number.POSITIVE_INFINITY).length

  const cachedPath = `/articles/${state.seeded.article}`
  /** @param {string} url */
  const throughput = async (url) => {
    let page = await getOk(`${url}${cachedPath}`)
    for (let i = 0; i < 3; i += 1) page = await getOk(`${url}${cachedPath}`)
    const next = await hammer(`${url}${cachedPath}`, load)
    const plainServer = await startStaticServer(page.body, { dir, cleanup })
    const plain = await hammer(plainServer.url, load)
    await plainServer.stop()
    return {
      next,
      plain,
      ratio: ratio(next.requestsPerSecond, plain.requestsPerSecond),
      cacheHeader: page.headers.get('x-nextjs-cache'),
      bytes: page.body.length,
    }
  }
  log(`cached article on A with the cache in Redis, ${load.durationSeconds} s…`)
  await b.stop()
  const inRedis = await throughput(a.url)
  await a.stop()
  log(`the same instance on Next's file-system cache, ${load.durationSeconds} s…`)
  const single = await instance('single', portA, common)
  const onFiles = await throughput(single.url)
  await single.stop()

  const ms = (/** @type {number} */ value) =>
    Number.isFinite(value) ? `${Math.round(value)} ms` : 'never'
  const rps = (/** @type {number} */ value) => `${Math.round(value).toLocaleString('en-US')}/s`
  const p50 = median(across.visibleMs)
  /** @param {string} name @param {typeof inRedis} run */
  const cacheRow = (name, run) => [
    name,
    run.cacheHeader ?? '(none)',
    rps(run.next.requestsPerSecond),
    rps(run.plain.requestsPerSecond),
    run.ratio.toFixed(3),
    `${run.next.p99} ms`,
    String(run.next.failures),
  ]
  const section = [
    '## Several instances (`npm run bench:cluster`)',
    '',
    `Measured ${started.toISOString().slice(0, 16).replace('T', ' ')} UTC on ${describeMachine(projectDir).cpu}, load average ${loadAtStart.toFixed(2)} at the start and ${loadAverage().toFixed(2)} at the end. Two \`next start\` instances of one build, one SQLite database, one \`redis-server\` on loopback; a 50-article generated site.`,
    '',
    '### Publish-to-visible across instances',
    '',
    `An editor saves a new title on instance A (REST \`PATCH\`, as the admin's Publish button does); a visitor polls the article on instance B every 10 ms until the title shows. ${edits} edits.`,
    '',
    table(
      [
        'p50',
        'p90',
        'max',
        'save p50',
        'not visible within 10 s',
        `target p50 ≤ ${TARGET_P50_MS} ms`,
      ],
      [
        [
          ms(p50),
          ms(percentile(across.visibleMs, 90)),
          ms(Math.max(...across.visibleMs)),
          ms(median(across.saveMs)),
          String(notVisible),
          p50 <= TARGET_P50_MS ? 'met' : 'missed',
        ],
      ],
    ),
    '',
    '### Cached article: Redis against the file-system cache',
    '',
    `\`${cachedPath}\` (${Math.round(inRedis.bytes / 1024)} KB), warmed, then autocannon with ${load.connections} connections for ${load.durationSeconds} s against one instance, next to a plain Node server sending the same bytes from memory.`,
    '',
    table(
      ['Next cache', 'x-nextjs-cache', 'Next', 'plain Node', 'ratio', 'p99 latency', 'failures'],
      [cacheRow('Redis (`REDIS_URL`)', inRedis), cacheRow('file system (default)', onFiles)],
    ),
    '',
    "The file-system cache answers a hit from the process's memory. The Redis cache asks Redis on every hit (a round trip and the page's JSON parsed again), because one instance's memory cannot know what another instance has expired; that is the price of a publish being visible everywhere at once.",
  ].join('\n')
  const output = path.resolve(projectDir, env.BENCH_OUTPUT || 'BENCHMARKS.md')
  const previous = existsSync(output) ? await readFile(output, 'utf8') : ''
  await writeFile(output, replaceSection(previous, 'bench:cluster', section))
  log(
    `publish-to-visible across instances p50 ${ms(p50)} (${notVisible} of ${edits} not visible); cached article ${rps(inRedis.next.requestsPerSecond)} on Redis, ${rps(onFiles.next.requestsPerSecond)} on files; written to ${path.relative(process.cwd(), output)}`,
  )
  if (notVisible) throw new BenchError(`${notVisible} edits saved on A never showed on B.`)
}

await run(main)
