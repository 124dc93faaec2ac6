import { readFile, writeFile } from 'node:fs/promises'

/**
 * `payload run bench/content/cli.ts <spec.json> <previous.json | -> <result.json>`: grows the
 * database named by DATABASE_URI to the spec (see generate.ts), going on from the state in a
 * previous result, and writes the new state, the generation time, the reviews aggregate the site
 * should show and the time of that aggregate query. Started by bench/run.mjs; prints progress.
 */

// Nothing but this script may seed.
process.env.SEED = 'false'

const fail = (message: string): never => {
  console.error(`bench content: ${message}`)
  process.exit(1)
}

const [specFile, previousFile, resultFile, ...extra] = process.argv.slice(2)
if (!specFile || !previousFile || !resultFile || extra.length)
  fail('usage: payload run bench/content/cli.ts <spec.json> <previous.json | -> <result.json>')

// `payload run` loads TypeScript through tsx's loader hooks, which now and then stall for good
// while loading Payload (payloadcms/payload#17757; more often when modules load concurrently, so
// these load one at a time). A load normally takes a few seconds; after LOAD_TIMEOUT_MS this
// exits with LOAD_STALLED, and bench/run.ts starts it again.
const LOAD_TIMEOUT_MS = 30_000
const LOAD_STALLED = 3
const stalled = setTimeout(() => {
  console.error(`bench content: Payload did not load within ${LOAD_TIMEOUT_MS / 1000} s.`)
  process.exit(LOAD_STALLED)
}, LOAD_TIMEOUT_MS)
const { default: config } = await import('@payload-config')
const { getPayload } = await import('payload')
const { expectedSummary, growContent } = await import('./generate')
const { summarizeReviews } = await import('@/reviews/summary')
const { median } = await import('../lib/stats.mjs')
const { oneLine } = await import('../lib/errors.mjs')
clearTimeout(stalled)

const spec = JSON.parse(await readFile(specFile, 'utf8'))
const previous =
  previousFile === '-' ? null : JSON.parse(await readFile(previousFile, 'utf8')).state

const sanitized = await config
sanitized.typescript.autoGenerate = false
sanitized.telemetry = false
const payload = await getPayload({ config: sanitized })
let exitCode = 1
try {
  const started = performance.now()
  const state = await growContent(payload, spec, previous, (line) =>
    console.log(`[content] ${line}`),
  )
  const generationMs = performance.now() - started
  // The aggregate the reviews widget runs on every page, timed where it runs: in the server's
  // database connection, without HTTP around it.
  const summaryMs: number[] = []
  for (let run = 0; run < 30; run += 1) {
    const start = performance.now()
    await summarizeReviews(payload)
    summaryMs.push(performance.now() - start)
  }
  await writeFile(
    resultFile,
    JSON.stringify({
      state,
      generationMs,
      expectedSummary: expectedSummary(state),
      summaryQueryMs: summaryMs,
    }),
  )
  console.log(
    `[content] done in ${(generationMs / 1000).toFixed(1)} s; reviews aggregate ${median(summaryMs).toFixed(1)} ms`,
  )
  exitCode = 0
} catch (error) {
  console.error(`bench content: ${oneLine(error)}`)
  if (!(error instanceof Error && error.name === 'BenchError')) console.error(error)
} finally {
  await payload.destroy()
}
process.exit(exitCode)
