// @ts-check
import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import autocannon from 'autocannon'

import { BenchError } from './errors.mjs'
import { freePort } from './ports.mjs'
import { sleep, spawnGroup } from './processes.mjs'

/** @typedef {import('./processes.mjs').Cleanup} Cleanup */

/**
 * @typedef {object} LoadResult
 * @property {number} requestsPerSecond mean over the run
 * @property {number} p50 latency, ms
 * @property {number} p99 latency, ms
 * @property {number} requests answered in total
 * @property {number} failures non-2xx answers, errors and time-outs
 */

/**
 * autocannon against one URL: `connections` keep-alive connections for `durationSeconds`, after
 * a two-second warm-up whose figures are discarded.
 * @param {string} url
 * @param {{ connections: number, durationSeconds: number }} options
 * @returns {Promise<LoadResult>}
 */
export const hammer = async (url, { connections, durationSeconds }) => {
  const result = await autocannon({
    url,
    connections,
    duration: durationSeconds,
    warmup: { connections, duration: 2 },
    timeout: 10,
  })
  return {
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    failures: result.non2xx + result.errors + result.timeouts,
  }
}

/**
 * The baseline: a plain Node http server in its own process, serving `body` from memory; `pid`
 * is that process's, for sampling its CPU time.
 * @param {Buffer} body
 * @param {{ dir: string, cleanup: Cleanup }} options
 */
export const startStaticServer = async (body, { dir, cleanup }) => {
  const file = path.join(dir, 'cached-page.html')
  await writeFile(file, body)
  const port = await freePort()
  const script = fileURLToPath(new URL('./static-server.mjs', import.meta.url))
  const child = spawnGroup(process.execPath, [script, file, String(port)], {
    cwd: dir,
    env: { PATH: process.env.PATH, NODE_ENV: 'production' },
  })
  const undo = cleanup.add('stop the static server', () => child.stop())
  const stop = async () => {
    await child.stop()
    undo()
  }
  const ready = await new Promise((resolve) => {
    child.process.stdout?.on('data', (chunk) => String(chunk).includes('ready') && resolve(true))
    child.exited.then(
      () => resolve(false),
      () => resolve(false),
    )
    sleep(10_000).then(() => resolve(false))
  })
  if (!ready) {
    await stop()
    throw new BenchError('The plain Node server for the baseline did not start.')
  }
  return { url: `http://127.0.0.1:${port}/`, pid: child.pid, stop }
}

export { freePort }
