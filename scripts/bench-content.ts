import { readFile, writeFile } from 'node:fs/promises'

import { runScript, ScriptError } from '@/cli/runScript'

/**
 * `payload run scripts/bench-content.ts <spec.json> <previous.json | -> <result.json>`: grows the
 * database named by DATABASE_URI to the spec (see generate.ts), going on from the state in a
 * previous result, and writes the new state, the generation time, the reviews aggregate the site
 * should show and the time of that aggregate query. Started by scripts/bench.mjs; prints progress.
 * Exit status 0 with the result written, else 1 with a one-line reason (src/cli/runScript.ts).
 */
await runScript('bench content', async ({ loadPayload }) => {
  const [specFile, previousFile, resultFile, ...extra] = process.argv.slice(2)
  if (!specFile || !previousFile || !resultFile || extra.length) {
    throw new ScriptError(
      'usage: payload run scripts/bench-content.ts <spec.json> <previous.json | -> <result.json>',
    )
  }
  const spec = JSON.parse(await readFile(specFile, 'utf8'))
  const previous =
    previousFile === '-' ? null : JSON.parse(await readFile(previousFile, 'utf8')).state

  const payload = await loadPayload()
  const { expectedSummary, growContent } = await import('../bench/content/generate')
  const { summarizeReviews } = await import('@/reviews/summary')
  const { median } = await import('../bench/lib/stats.mjs')

  const started = performance.now()
  const state = await growContent(payload, spec, previous, (line) =>
    console.log(`[content] ${line}`),
  ).catch((error: Error) => {
    // A BenchError says what is wrong in its message; anything else is reported where it failed.
    throw error.name === 'BenchError' ? new ScriptError(error.message) : error
  })
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
})
