// @ts-check
// Pieces of `npm run load` (scripts/load.mjs): settings, one autocannon run with every status
// counted, the server's memory over time, a loopback SMTP sink, and the report section.
import { readFileSync } from 'node:fs'

import autocannon from 'autocannon'
import { SMTPServer } from 'smtp-server'

import { wholeNumber, portSetting, yesNo } from './options.mjs'
import { descendants, processTable } from './processes.mjs'
import { formatMB, formatMs, formatRate, table } from './report.mjs'
import { replaceSection } from './sections.mjs'

/**
 * @typedef {object} LoadOptions
 * @property {number} durationSeconds per target
 * @property {number} connections
 * @property {number} accepted real submissions (solved captchas) sent concurrently
 * @property {number} acceptedConnections
 * @property {number} port
 * @property {boolean} skipBuild
 * @property {string} output
 */

/**
 * @param {Record<string, string | undefined>} [env]
 * @returns {LoadOptions}
 */
export const readLoadOptions = (env = process.env) => ({
  durationSeconds: wholeNumber(env, 'LOAD_DURATION', 60, 1, 600),
  connections: wholeNumber(env, 'LOAD_CONNECTIONS', 50, 1, 1000),
  accepted: wholeNumber(env, 'LOAD_ACCEPTED', 200, 1, 10_000),
  acceptedConnections: wholeNumber(env, 'LOAD_ACCEPTED_CONNECTIONS', 10, 1, 1000),
  port: portSetting(env, 'LOAD_PORT', 3120),
  skipBuild: yesNo(env, 'LOAD_SKIP_BUILD', false),
  output: env.LOAD_OUTPUT?.trim() || 'BENCHMARKS.md',
})

/**
 * @typedef {object} TargetResult
 * @property {string} name
 * @property {string} what method and path
 * @property {number} connections
 * @property {number} seconds how long it ran
 * @property {number} requests answered
 * @property {number} requestsPerSecond
 * @property {number} p50 ms
 * @property {number} p99 ms
 * @property {Record<string, number>} statuses count per status code
 * @property {{ '2xx': number, '3xx': number, '4xx': number, '5xx': number }} classes
 * @property {number} errors socket errors (refused, reset)
 * @property {number} timeouts
 */

/**
 * One autocannon run; `options` are autocannon's own (url, method, body, requests…).
 * @param {string} name
 * @param {string} what
 * @param {import('autocannon').Options} options
 * @returns {Promise<TargetResult>}
 */
export const runTarget = async (name, what, options) => {
  const started = performance.now()
  const result = await autocannon({ timeout: 10, ...options })
  /** @type {Record<string, number>} */
  const statuses = {}
  for (const [code, stats] of Object.entries(result.statusCodeStats ?? {}))
    statuses[code] = /** @type {{ count: number }} */ (stats).count
  return {
    name,
    what,
    connections: options.connections ?? 10,
    seconds: (performance.now() - started) / 1000,
    requests: result.requests.total,
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    statuses,
    classes: {
      '2xx': result['2xx'],
      '3xx': result['3xx'],
      '4xx': result['4xx'],
      '5xx': result['5xx'],
    },
    errors: result.errors,
    timeouts: result.timeouts,
  }
}

/** @param {number} pid */
const residentBytes = (pid) => {
  try {
    const kib = /^VmRSS:\s+(\d+)\s+kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))
    return kib ? Number(kib[1]) * 1024 : 0
  } catch {
    return 0
  }
}

/**
 * The resident memory of a process tree (the server and anything it started), sampled every
 * `intervalMs`, each sample labelled with the phase that was running.
 * @param {number} root
 * @param {number} [intervalMs]
 */
export const memoryTimeline = (root, intervalMs = 1000) => {
  /** @type {Array<{ at: number, phase: string, bytes: number }>} */
  const samples = []
  let phase = 'start'
  const started = Date.now()
  const sample = () => {
    const bytes = descendants(processTable(), root).reduce(
      (sum, entry) => sum + residentBytes(entry.pid),
      0,
    )
    samples.push({ at: (Date.now() - started) / 1000, phase, bytes })
    return bytes
  }
  sample()
  const timer = setInterval(sample, intervalMs)
  return {
    samples,
    sample,
    /** @param {string} name */
    phase: (name) => {
      phase = name
      return sample()
    },
    stop: () => {
      clearInterval(timer)
      sample()
    },
  }
}

/**
 * "Stable": the last sample within `tolerance` of the one right after the warm-up.
 * @param {Array<{ phase: string, bytes: number }>} samples
 * @param {number} [tolerance]
 */
export const memoryVerdict = (samples, tolerance = 0.1) => {
  const warm = samples.find((entry) => entry.phase !== 'start' && entry.phase !== 'warm-up')
  const start = samples[0]
  const end = samples[samples.length - 1]
  const peak = samples.reduce((max, entry) => Math.max(max, entry.bytes), 0)
  const afterWarmUp = warm?.bytes ?? start.bytes
  const growth = afterWarmUp ? end.bytes / afterWarmUp - 1 : 0
  return {
    start: start.bytes,
    afterWarmUp,
    peak,
    end: end.bytes,
    growth,
    stable: growth <= tolerance,
    tolerance,
  }
}

/**
 * An SMTP server on loopback that accepts every message, so submissions are really emailed.
 * @returns {Promise<{ port: number, received: () => number, close: () => Promise<void> }>}
 */
export const startSmtpSink = () =>
  new Promise((resolve, reject) => {
    let received = 0
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onData: (stream, _session, callback) => {
        stream.on('end', () => {
          received += 1
          callback()
        })
        stream.resume()
      },
    })
    server.on('error', () => undefined)
    /** @type {import('node:net').Server} */
    const listener = /** @type {any} */ (server).server
    listener.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = /** @type {import('node:net').AddressInfo} */ (listener.address())
      resolve({
        port: address.port,
        received: () => received,
        close: () => new Promise((done) => server.close(() => done(undefined))),
      })
    })
  })

const number = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 })

/**
 * `markdown` with the load section replaced by `section` (appended when it has none).
 * @param {string} markdown
 * @param {string} section
 */
export const replaceLoadSection = (markdown, section) => replaceSection(markdown, 'load', section)

/**
 * @typedef {object} LoadReport
 * @property {Date} date
 * @property {LoadOptions} options
 * @property {Array<[string, string]>} machine rows
 * @property {TargetResult[]} targets
 * @property {ReturnType<typeof memoryVerdict>} memory
 * @property {Array<{ phase: string, bytes: number }>} phases RSS at the end of each phase
 * @property {{ sent: number, created: number, stored: number, emailed: number, smtpReceived: number }} accepted
 * @property {{ lines: number, json: number, withRequestId: number, errorLines: number, leaked: number, echoed: boolean }} logs
 * @property {string[]} failures
 */

/** @param {TargetResult} target */
const statusList = (target) =>
  Object.entries(target.statuses)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([code, count]) => `${code}: ${number.format(count)}`)
    .join(', ') || '–'

/**
 * The BENCHMARKS.md section.
 * @param {LoadReport} report
 */
export const renderLoadSection = (report) => {
  const { options, memory, accepted, logs } = report
  const rows = report.targets.map((target) => [
    target.name,
    `\`${target.what}\``,
    `${target.connections} × ${target.seconds.toFixed(0)} s`,
    formatRate(target.requestsPerSecond),
    formatMs(target.p50),
    formatMs(target.p99),
    number.format(target.classes['2xx']),
    number.format(target.classes['3xx']),
    number.format(target.classes['4xx']),
    number.format(target.classes['5xx']),
    number.format(target.errors + target.timeouts),
    statusList(target),
  ])
  const verdict = report.failures.length
    ? `**Failed:** ${report.failures.join('; ')}.`
    : '**Passed:** no 5xx, no socket errors or time-outs, every accepted submission stored and emailed.'
  return [
    '# Load test (issue 9)',
    `Measured by \`npm run load\` on ${report.date.toISOString().slice(0, 16).replace('T', ' ')} UTC: a production build (\`next start\`) of the demo clinic (seeded SQLite in a temporary folder), autocannon on loopback, ${options.connections} connections for ${options.durationSeconds} s per target. ${verdict}`,
    table(
      [
        'Target',
        'Request',
        'Load',
        'Throughput',
        'p50',
        'p99',
        '2xx',
        '3xx',
        '4xx',
        '5xx',
        'Errors',
        'Status codes',
      ],
      rows,
    ),
    [
      'What the form targets measure:',
      '',
      `- **Form flood**: the same submission without a solved captcha from as many addresses as connections, taken in turn (autocannon plays a reverse proxy: \`TRUSTED_PROXY_HOPS=1\` and each address in \`x-forwarded-for\`): a bot that does not run the proof of work. Each address gets its first 5 answers as 400 (the captcha is refused, naming the field) and 429 after that (the per-address limit, 5 per 10 minutes). What matters is that the endpoint keeps answering 4xx, never 5xx, and stores nothing.`,
      `- **Accepted submissions**: ${number.format(accepted.sent)} real submissions of the seeded contact form, each with a captcha solved beforehand and its own address, ${options.acceptedConnections} at a time. The server emails each to a loopback SMTP server. Then counted: ${number.format(accepted.created)} answered 201, **${number.format(accepted.stored)} stored**, ${number.format(accepted.emailed)} marked emailed, ${number.format(accepted.smtpReceived)} messages received by the SMTP server.`,
    ].join('\n'),
    '## Server memory',
    table(
      ['Start', 'After warm-up', 'Peak', 'End', 'End against after warm-up', 'Stable'],
      [
        [
          formatMB(memory.start),
          formatMB(memory.afterWarmUp),
          formatMB(memory.peak),
          formatMB(memory.end),
          `${memory.growth >= 0 ? '+' : ''}${(memory.growth * 100).toFixed(1)}%`,
          memory.stable ? 'yes' : 'no',
        ],
      ],
    ),
    `Resident memory (VmRSS from \`/proc/<pid>/status\`) of the \`next start\` process tree, sampled every second. "Stable" means the last sample is within ${(memory.tolerance * 100).toFixed(0)}% of the first one after the warm-up (home and the article page, 5 s each). At the end of each phase: ${report.phases.map((entry) => `${entry.phase} ${formatMB(entry.bytes)}`).join(', ')}.`,
    '## Logs under load',
    `The server's stdout during the run: ${number.format(logs.lines)} lines, ${number.format(logs.json)} of them Payload's JSON lines (the rest are Next.js's start-up banner), ${number.format(logs.withRequestId)} with a request id, ${number.format(logs.errorLines)} at level error or above, and **${logs.leaked} containing any of the submitted personal data** (each accepted submission carried a unique marker in its name, email and message). A refused request sent with \`x-request-id\` ${logs.echoed ? 'got the id back in its response header and its log line carried it' : '**did not** get its id back or into the log'}.`,
    '## Machine',
    table(['', ''], report.machine),
  ].join('\n\n')
}
