// @ts-check
// wrk (https://github.com/wg/wrk; Debian's package `wrk`): an HTTP load tool in C with one event
// loop per thread, so against a fast server the server, not the load tool, is the limit, which
// autocannon (JavaScript on one thread) is not. Runs it, reads its report into the figures
// report.mjs shows, and samples the CPU time of the server and of wrk while it runs.
import { spawn } from 'node:child_process'

import { sampleCpu } from './cpu.mjs'
import { BenchError } from './errors.mjs'

/** @typedef {import('./processes.mjs').Cleanup} Cleanup */
/** @typedef {import('./cpu.mjs').CpuShares} CpuShares */

export const WRK_DEFAULTS = Object.freeze({
  threads: 2,
  connections: 64,
  durationSeconds: 10,
  warmUpSeconds: 2,
  timeoutSeconds: 10,
})

/**
 * @typedef {object} WrkLoad what report.mjs calls a Load, and what wrk said besides
 * @property {number} requestsPerSecond "Requests/sec": answers over the run's length
 * @property {number} p50 latency, ms
 * @property {number} p99 latency, ms
 * @property {number} requests answered in total, whatever their status
 * @property {number} failures non-2xx/3xx answers plus socket errors (connect, read, write,
 *   time-outs)
 * @property {number} non2xx "Non-2xx or 3xx responses"
 * @property {{ connect: number, read: number, write: number, timeout: number }} socketErrors
 * @property {number} seconds how long the run took, by wrk's clock
 */

const UNITS = /** @type {const} */ ({
  '': 1,
  k: 1e3,
  K: 1e3,
  M: 1e6,
  G: 1e9,
  T: 1e12,
})

/**
 * A number as wrk prints counts and rates: "40635", "13345.14", "6.86k", "1.2M".
 * @param {string} text
 */
export const parseCount = (text) => {
  const match = /^(-?\d+(?:\.\d+)?)([kKMGT]?)$/.exec(text.trim())
  if (!match) return Number.NaN
  return Number(match[1]) * UNITS[/** @type {keyof typeof UNITS} */ (match[2])]
}

const TIME_MS = /** @type {const} */ ({ us: 1e-3, ms: 1, s: 1e3, m: 60e3, h: 3600e3 })

/**
 * A time as wrk prints it ("48.00us", "3.62ms", "1.53s", "1.02m", "2.00h"), in ms.
 * @param {string} text
 */
export const parseTime = (text) => {
  const match = /^(\d+(?:\.\d+)?)(us|ms|s|m|h)$/.exec(text.trim())
  if (!match) return Number.NaN
  const ms = Number(match[1]) * TIME_MS[/** @type {keyof typeof TIME_MS} */ (match[2])]
  // To the microsecond, wrk's resolution, without floating-point tails (4.02 s is 4020 ms).
  return Math.round(ms * 1000) / 1000
}

/** @param {string} output */
const firstLine = (output) =>
  output
    .split('\n')
    .map((line) => line.trim())
    .find(Boolean) ?? '(no output)'

/**
 * Reads the report `wrk --latency` prints: throughput, the 50% and 99% latencies, the total, the
 * non-2xx/3xx count and the socket errors (the last two lines appear only when not zero).
 * @param {string} output
 * @returns {WrkLoad}
 */
export const parseWrk = (output) => {
  /** @param {RegExp} pattern */
  const find = (pattern) => pattern.exec(output)?.slice(1) ?? null
  const rate = find(/^Requests\/sec:\s+(\S+)\s*$/m)
  const total = find(/^\s*(\S+) requests in (\S+), \S+ read\s*$/m)
  const p50 = find(/^\s*50(?:\.0+)?%\s+(\S+)\s*$/m)
  const p99 = find(/^\s*99(?:\.0+)?%\s+(\S+)\s*$/m)
  if (!rate || !total)
    throw new BenchError(`wrk's output has no throughput figures: ${firstLine(output)}`)
  if (!p50 || !p99)
    throw new BenchError('wrk printed no latency distribution; it must run with --latency.')
  const errors = find(
    /^\s*Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)\s*$/m,
  )?.map(Number) ?? [0, 0, 0, 0]
  const non2xx = Number(find(/^\s*Non-2xx or 3xx responses: (\d+)\s*$/m)?.[0] ?? 0)
  const socketErrors = {
    connect: errors[0],
    read: errors[1],
    write: errors[2],
    timeout: errors[3],
  }
  const load = {
    requestsPerSecond: parseCount(rate[0]),
    p50: parseTime(p50[0]),
    p99: parseTime(p99[0]),
    requests: parseCount(total[0]),
    failures: non2xx + errors.reduce((sum, count) => sum + count, 0),
    non2xx,
    socketErrors,
    seconds: parseTime(total[1]) / 1000,
  }
  for (const key of /** @type {const} */ (['requestsPerSecond', 'p50', 'p99', 'requests'])) {
    if (!Number.isFinite(load[key]))
      throw new BenchError(`wrk's output has a figure this cannot read (${key}).`)
  }
  return load
}

/**
 * wrk's arguments for one run.
 * @param {string} url
 * @param {{ threads: number, connections: number, durationSeconds: number, timeoutSeconds?: number }} options
 */
export const wrkArgs = (
  url,
  { threads, connections, durationSeconds, timeoutSeconds = WRK_DEFAULTS.timeoutSeconds },
) => [
  `-t${threads}`,
  `-c${connections}`,
  `-d${durationSeconds}s`,
  `--timeout`,
  `${timeoutSeconds}s`,
  '--latency',
  url,
]

/**
 * @typedef {object} WrkOptions
 * @property {string} wrk the program
 * @property {number} threads
 * @property {number} connections
 * @property {number} durationSeconds
 * @property {number} [timeoutSeconds] a request slower than this counts as a time-out
 * @property {number} [serverPid] the server's process (its whole tree is sampled), for the CPU
 *   shares
 * @property {Cleanup} [cleanup] to stop wrk when the run is interrupted
 */

/**
 * One wrk run; with `serverPid`, the CPU time the server's tree and wrk used meanwhile.
 * @param {string} url
 * @param {WrkOptions} options
 * @returns {Promise<{ load: WrkLoad, cpu: CpuShares | null, output: string }>}
 */
export const runWrk = async (url, options) => {
  const child = spawn(options.wrk, wrkArgs(url, options), { stdio: ['ignore', 'pipe', 'pipe'] })
  const undo = options.cleanup?.add('stop wrk', () => {
    child.kill('SIGTERM')
  })
  let output = ''
  child.stdout.setEncoding('utf8').on('data', (chunk) => (output += chunk))
  child.stderr.setEncoding('utf8').on('data', (chunk) => (output += chunk))
  const cpu =
    options.serverPid !== undefined && child.pid !== undefined
      ? sampleCpu({ server: options.serverPid, loadTool: child.pid })
      : null
  /** @type {number | null} */
  let code
  try {
    code = await new Promise((resolve, reject) => {
      child.once('error', reject)
      child.once('close', (status) => resolve(status))
    })
  } catch (error) {
    throw new BenchError(
      `wrk could not be started (${/** @type {Error} */ (error).message}); install it (apt-get install -y wrk).`,
    )
  } finally {
    undo?.()
  }
  const shares = cpu?.stop() ?? null
  if (code !== 0)
    throw new BenchError(
      `wrk failed on ${url} (${code === null ? 'ended by a signal' : `exit status ${code}`}): ${firstLine(output)}`,
    )
  return { load: parseWrk(output), cpu: shares, output }
}

/**
 * wrk against one URL: a warm-up run of `warmUpSeconds` whose figures are discarded, then the
 * measured run.
 * @param {string} url
 * @param {WrkOptions & { warmUpSeconds?: number }} options
 */
export const measureWithWrk = async (url, options) => {
  const warmUpSeconds = options.warmUpSeconds ?? WRK_DEFAULTS.warmUpSeconds
  if (warmUpSeconds > 0)
    await runWrk(url, { ...options, durationSeconds: warmUpSeconds, serverPid: undefined })
  return runWrk(url, options)
}
