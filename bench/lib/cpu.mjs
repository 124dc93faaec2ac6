// @ts-check
// Whether a throughput figure measured the server or the load tool: the CPU time the server's
// process tree and the load tool each used while the load ran, as a share of one core (Node's
// JavaScript runs on one thread, so a Node server that is the limit keeps about one core busy),
// and whether more connections raised the throughput. The arithmetic and the verdicts are pure;
// `sampleCpu` reads /proc (Linux only; elsewhere it measures nothing).
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'

import { descendants, processTable } from './processes.mjs'

/** A server at or above this share of one core was busy all the run. */
export const SERVER_BOUND_SHARE = 0.9

/** Throughput higher by more than this share with more connections "rose" (beyond noise). */
export const ROSE_BY = 0.05

/**
 * @typedef {object} CpuShares CPU time over one load run, each as a share of one core
 * @property {number} server the server's whole process tree
 * @property {number} loadTool the load tool, all its threads together
 * @property {number} seconds the time the samples spanned
 *
 * @typedef {{ at: number, server: Map<number, number>, loadTool: Map<number, number> }} CpuSample
 * one reading: when (ms) and the CPU ticks so far of each process of the server's tree and of the
 * load tool
 */

/**
 * User plus system time, in clock ticks, from the text of /proc/<pid>/stat (fields 14 and 15);
 * for a process, this counts all its threads. Null when the text is not such a line.
 * @param {string} text
 */
export const statTicks = (text) => {
  // The command name is in parentheses and may itself contain spaces or parentheses.
  const close = text.lastIndexOf(')')
  if (close < 0) return null
  const fields = text
    .slice(close + 2)
    .trim()
    .split(/\s+/)
  const ticks = Number(fields[11]) + Number(fields[12])
  return Number.isFinite(ticks) ? ticks : null
}

/**
 * Ticks a set of processes used from the first reading to the last, interval by interval: a
 * process that appears counts from 0 (a new process starts with none), one that is gone loses
 * only its last interval.
 * @param {Array<Map<number, number>>} readings pid → ticks so far
 */
export const ticksUsed = (readings) => {
  let total = 0
  for (let i = 1; i < readings.length; i += 1) {
    for (const [pid, ticks] of readings[i])
      total += Math.max(0, ticks - (readings[i - 1].get(pid) ?? 0))
  }
  return total
}

/**
 * The server's and the load tool's share of one core between the first and the last sample, or
 * null with fewer than two samples or none of them apart.
 * @param {CpuSample[]} samples
 * @param {number} ticksPerSecond the clock ticks /proc counts in (`getconf CLK_TCK`, usually 100)
 * @returns {CpuShares | null}
 */
export const cpuShares = (samples, ticksPerSecond) => {
  if (samples.length < 2) return null
  const seconds = (samples[samples.length - 1].at - samples[0].at) / 1000
  if (!(seconds > 0)) return null
  /** @param {'server' | 'loadTool'} key */
  const share = (key) => ticksUsed(samples.map((sample) => sample[key])) / ticksPerSecond / seconds
  return { server: share('server'), loadTool: share('loadTool'), seconds }
}

/** @param {number} share e.g. 0.981 → "98%" */
export const percent = (share) => `${Math.round(share * 100)}%`

/**
 * Whether the server, not the load tool, was the limit: the server used at least 90% of a core
 * while the load tool used less than one. Otherwise the figure is called load-tool-bound, with
 * the condition that failed.
 * @param {CpuShares} shares
 * @param {string} [tool] the load tool's name
 * @returns {{ serverBound: boolean, text: string }}
 */
export const limitVerdict = (shares, tool = 'wrk') => {
  const used = `server ${percent(shares.server)} of a core, ${tool} ${percent(shares.loadTool)}`
  const busyServer = shares.server >= SERVER_BOUND_SHARE
  const idleTool = shares.loadTool < 1
  if (busyServer && idleTool)
    return { serverBound: true, text: `${used}: the server was the limit` }
  const why = [
    ...(busyServer
      ? []
      : [
          `the server used less than ${percent(SERVER_BOUND_SHARE)} of a core: too few connections, or other processes took the CPU`,
        ]),
    ...(idleTool ? [] : [`${tool} used a core or more`]),
  ]
  return { serverBound: false, text: `${used}: load-tool-bound (${why.join('; ')})` }
}

/**
 * The second check: the same server with more connections. If throughput rose by more than 5%,
 * the fewer connections had not kept the server busy.
 * @param {{ connections: number, requestsPerSecond: number }} fewer
 * @param {{ connections: number, requestsPerSecond: number }} more
 * @returns {{ rose: boolean | null, change: number, text: string }}
 */
export const connectionCheck = (fewer, more) => {
  const change = more.requestsPerSecond / fewer.requestsPerSecond - 1
  const rate = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 })
  const figures = `${rate.format(more.requestsPerSecond)} req/s with ${more.connections} connections against ${rate.format(fewer.requestsPerSecond)} with ${fewer.connections}`
  if (!Number.isFinite(change)) return { rose: null, change, text: `${figures}: not comparable` }
  const signed = `${change >= 0 ? '+' : '−'}${percent(Math.abs(change))}`
  return change > ROSE_BY
    ? {
        rose: true,
        change,
        text: `${figures} (${signed}): throughput rose, so ${fewer.connections} connections did not keep the server busy`,
      }
    : {
        rose: false,
        change,
        text: `${figures} (${signed}): throughput did not rise, so ${fewer.connections} connections were enough`,
      }
}

/** Clock ticks per second of /proc's CPU times. */
export const clockTicksPerSecond = () => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100
  } catch {
    return 100
  }
}

/** @param {number} pid */
const readTicks = (pid) => {
  try {
    return statTicks(readFileSync(`/proc/${pid}/stat`, 'utf8'))
  } catch {
    return null
  }
}

/** @param {number} pid */
const alive = (pid) => {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z'
  } catch {
    return false
  }
}

/**
 * Samples the CPU time of a server's process tree and of the load tool every `intervalMs` from
 * now until the load tool ends; `stop()` gives both as shares of one core over the samples taken
 * while the load tool lived (null where /proc is not available).
 * @param {{ server: number, loadTool: number, intervalMs?: number }} pids
 */
export const sampleCpu = ({ server, loadTool, intervalMs = 500 }) => {
  if (process.platform !== 'linux') return { stop: () => null }
  const ticksPerSecond = clockTicksPerSecond()
  /** @type {CpuSample[]} */
  const samples = []
  const sample = () => {
    const at = performance.now()
    const tool = readTicks(loadTool)
    // A reading after the load tool ended would count the server's time but not the tool's.
    if (tool === null || !alive(loadTool)) return
    /** @type {Map<number, number>} */
    const tree = new Map()
    for (const { pid } of descendants(processTable(), server)) {
      const ticks = readTicks(pid)
      if (ticks !== null) tree.set(pid, ticks)
    }
    samples.push({ at, server: tree, loadTool: new Map([[loadTool, tool]]) })
  }
  sample()
  const timer = setInterval(sample, intervalMs)
  return {
    /** @returns {CpuShares | null} */
    stop: () => {
      clearInterval(timer)
      return cpuShares(samples, ticksPerSecond)
    },
  }
}
