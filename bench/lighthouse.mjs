// @ts-check
// `npm run lighthouse`: Lighthouse (mobile) on the home page, an article, an office page and
// /contact of the seeded demo clinic, served by the production build. Builds first unless .next
// already holds a build of the current sources. Prints the four scores per page; exits non-zero
// only when it could not measure (scores below 100 are reported, not failed).
import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { BenchError, oneLine } from './lib/errors.mjs'
import { json } from './lib/http.mjs'
import { CATEGORIES, runLighthouse } from './lib/lighthouse.mjs'
import { lighthouseRuns, portSetting } from './lib/options.mjs'
import {
  checkChromium,
  checkDiskSpace,
  checkInstalled,
  checkNoNextRunning,
  checkPortFree,
  chromiumPath,
  requireAll,
} from './lib/prereqs.mjs'
import { Cleanup } from './lib/processes.mjs'
import { table } from './lib/report.mjs'
import { buildFreshness, buildNext, productionEnv, startNext } from './lib/server.mjs'

const projectDir = fileURLToPath(new URL('..', import.meta.url))
const cleanup = new Cleanup()
cleanup.onSignals()

/** @param {string} line */
const log = (line) => console.log(`[lighthouse] ${line}`)

const main = async () => {
  const port = portSetting(process.env, 'LIGHTHOUSE_PORT', 3200)
  const runs = lighthouseRuns(process.env, 'LIGHTHOUSE_RUNS')
  const chromePath = chromiumPath()
  await requireAll([
    checkInstalled(projectDir),
    checkChromium(chromePath),
    checkPortFree(port, '127.0.0.1', 'LIGHTHOUSE_PORT'),
    checkDiskSpace(os.tmpdir(), 1e9),
  ])
  const dir = await mkdtemp(path.join(os.tmpdir(), 'clinic-lighthouse-'))
  cleanup.add('remove the temporary folder', () => rm(dir, { recursive: true, force: true }))
  const baseUrl = `http://127.0.0.1:${port}`
  /** @type {NodeJS.ProcessEnv} */
  const env = productionEnv({ baseUrl, dir })

  const build = await buildFreshness(projectDir)
  if (build.fresh) log('using the existing build in .next')
  else {
    await requireAll([checkNoNextRunning(projectDir)])
    log(`building, because ${build.reason}…`)
    await buildNext({
      projectDir,
      env: { ...env, DATABASE_URI: `file:${path.join(dir, 'build.db')}` },
      logFile: path.join(dir, 'build.log'),
      cleanup,
    })
  }

  log('starting the server on a freshly seeded database…')
  const server = await startNext({
    projectDir,
    port,
    env: { ...env, DATABASE_URI: `file:${path.join(dir, 'site.db')}`, SEED: 'true' },
    logFile: path.join(dir, 'server.log'),
    cleanup,
  })
  /** @param {string} collection @param {string} sort */
  const firstSlug = async (collection, sort) => {
    const { docs } = await json(`${server.url}/api/${collection}?limit=1&depth=0&sort=${sort}`)
    if (!docs?.[0]?.slug) throw new BenchError(`The seeded site has no ${collection}.`)
    return docs[0].slug
  }
  const pages = [
    { name: 'Home', url: `${server.url}/` },
    {
      name: 'Article',
      url: `${server.url}/articles/${await firstSlug('articles', '-publishedAt')}`,
    },
    { name: 'Office', url: `${server.url}/offices/${await firstSlug('offices', 'order')}` },
    { name: 'Contact', url: `${server.url}/contact` },
  ]
  const results = await runLighthouse({ chromePath, pages, cleanup, runs, log })
  await server.stop()

  console.log(
    `\n${table(
      ['Page', ...CATEGORIES.map(([, label]) => label), 'Performance, every run'],
      results.map((page) => [
        `${page.name} (${new URL(page.url).pathname})`,
        ...CATEGORIES.map(([id]) => String(page.scores[id] ?? '–')),
        page.performanceRuns.join(', '),
      ]),
    )}`,
  )
  console.log(`\nScores of the median of ${runs} run(s) per page (Lighthouse's computeMedianRun).`)
  const failing = results.filter((page) => page.failing.length)
  if (failing.length) {
    console.log('\nWhat costs the most points:')
    for (const page of failing) console.log(`- ${page.name}: ${page.failing.join('; ')}`)
  }
}

let exitCode = 0
try {
  await main()
} catch (error) {
  console.error(`lighthouse: ${oneLine(error)}`)
  if (!(error instanceof BenchError)) console.error(error)
  exitCode = 1
} finally {
  await cleanup.runAll()
}
process.exit(exitCode)
