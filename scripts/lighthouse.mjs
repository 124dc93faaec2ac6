// @ts-check
// `npm run lighthouse`: Lighthouse (mobile) on every page type of the seeded demo clinic (issue
// 21: PAGE_TYPES in lib/lighthouse.mjs; LIGHTHOUSE_PAGES picks some), served by the production
// build. Builds first unless .next already holds a build of the current sources. Prints the four
// scores, TBT and LCP per page, and exits with 1 when any score a page is held to is under 100,
// naming each such page, category, score and figures, or when it could not measure (one line why).
import os from 'node:os'

import { BenchError } from '../bench/lib/errors.mjs'
import { json } from '../bench/lib/http.mjs'
import { lighthousePages, resolvePages, runLighthouse } from '../bench/lib/lighthouse.mjs'
import { lighthouseRuns, portSetting } from '../bench/lib/options.mjs'
import {
  checkChromium,
  checkDiskSpace,
  checkInstalled,
  checkPortFree,
  chromiumPath,
  requireAll,
} from '../bench/lib/prereqs.mjs'
import { startScript } from '../bench/lib/script.mjs'
import { exemptions, lighthouseTable, missedTargets } from '../bench/lib/report.mjs'
import { startSeededSite } from '../bench/lib/server.mjs'

const { projectDir, cleanup, log, run } = startScript('lighthouse')

const main = async () => {
  const port = portSetting(process.env, 'LIGHTHOUSE_PORT', 3200)
  const runs = lighthouseRuns(process.env, 'LIGHTHOUSE_RUNS')
  const types = lighthousePages(process.env, 'LIGHTHOUSE_PAGES')
  const chromePath = chromiumPath()
  await requireAll([
    checkInstalled(projectDir),
    checkChromium(chromePath),
    checkPortFree(port, '127.0.0.1', 'LIGHTHOUSE_PORT'),
    checkDiskSpace(os.tmpdir(), 1e9),
  ])
  const server = await startSeededSite({ projectDir, port, name: 'lighthouse', cleanup, log })
  /** @type {import('../bench/lib/lighthouse.mjs').FindDocs} */
  const find = async (collection, query) =>
    (await json(`${server.url}/api/${collection}?${query}`)).docs ?? []
  const pages = await resolvePages(types, server.url, find)
  const results = await runLighthouse({ chromePath, pages, cleanup, runs, log })
  await server.stop()

  console.log(`\n${lighthouseTable(results)}`)
  console.log(
    `\nScores, TBT and LCP of the median of ${runs} run(s) per page (Lighthouse's computeMedianRun).`,
  )
  const exempt = exemptions(results)
  if (exempt.length) {
    console.log('\nNot held to 100:')
    for (const line of exempt) console.log(`- ${line}`)
  }
  const failing = results.filter((page) => page.failing.length)
  if (failing.length) {
    console.log('\nWhat costs the most points:')
    for (const page of failing) console.log(`- ${page.name}: ${page.failing.join('; ')}`)
  }
  const missed = missedTargets(results)
  if (missed.length) {
    console.log('\nUnder 100:')
    for (const line of missed) console.log(`- ${line}`)
    const pagesMissed = results.filter((page) => missedTargets([page]).length).length
    throw new BenchError(
      `${missed.length} score(s) under 100 on ${pagesMissed} of ${results.length} page(s), listed above; the first: ${missed[0]}`,
    )
  }
  log(`all ${results.length} page(s) at 100 in every category they are held to`)
}

await run(main)
