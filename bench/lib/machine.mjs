// @ts-check
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import os from 'node:os'

import { descendants, processTable, sleep } from './processes.mjs'

/** @param {string} file @param {string} cwd */
const run = (file, args = /** @type {string[]} */ ([]), cwd = process.cwd()) => {
  try {
    return execFileSync(file, args, {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim()
  } catch {
    return null
  }
}

const osName = () => {
  try {
    const release = readFileSync('/etc/os-release', 'utf8')
    return /^PRETTY_NAME="?([^"\n]+)"?/m.exec(release)?.[1] ?? os.type()
  } catch {
    return `${os.type()} ${os.release()}`
  }
}

/**
 * What the figures were measured on, for the report.
 * @param {string} projectDir
 */
export const describeMachine = (projectDir) => {
  const cpus = os.cpus()
  const commit = run('git', ['rev-parse', '--short', 'HEAD'], projectDir)
  const dirty = run('git', ['status', '--porcelain', '--untracked-files=no'], projectDir)
  return {
    cpu: cpus[0]?.model.replace(/\s+/g, ' ').trim() ?? 'unknown',
    cores: os.availableParallelism?.() ?? cpus.length,
    memoryBytes: os.totalmem(),
    os: `${osName()}, kernel ${os.release()} (${os.arch()})`,
    node: process.version,
    commit: commit ? `${commit}${dirty ? ' with uncommitted changes' : ''}` : null,
  }
}

/** @param {number} pid */
const cpuTicks = (pid) => {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    return Number(fields[11]) + Number(fields[12])
  } catch {
    return null
  }
}

/** @param {number} pid */
const commandOf = (pid) => {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8')
      .split('\0')
      .filter(Boolean)
      .join(' ')
      .slice(0, 80)
  } catch {
    return '?'
  }
}

/**
 * Other processes that kept a CPU busy for more than `threshold` of a short sample, so the
 * report can say whether the machine was quiet (Linux only; elsewhere nothing is reported).
 * @param {{ sampleMs?: number, threshold?: number }} [options]
 */
export const busyProcesses = async ({ sampleMs = 2000, threshold = 0.2 } = {}) => {
  if (process.platform !== 'linux') return []
  const ours = new Set(descendants(processTable(), process.pid).map((entry) => entry.pid))
  const before = new Map(processTable().map(({ pid }) => [pid, cpuTicks(pid)]))
  await sleep(sampleMs)
  const hz = Number(run('getconf', ['CLK_TCK']) ?? 100) || 100
  const busy = []
  for (const [pid, start] of before) {
    if (ours.has(pid) || start === null) continue
    const end = cpuTicks(pid)
    if (end === null) continue
    const share = (end - start) / hz / (sampleMs / 1000)
    if (share >= threshold) busy.push({ pid, command: commandOf(pid), cpu: share })
  }
  return busy.sort((a, b) => b.cpu - a.cpu).slice(0, 6)
}

export const loadAverage = () => os.loadavg()[0]

/**
 * CPU time so far, in clock ticks: the whole machine's busy time, and ours (this process and
 * the children it has reaped, which carry their own children's time).
 */
export const cpuTimes = () => {
  if (process.platform !== 'linux') return null
  const fields = readFileSync('/proc/stat', 'utf8')
    .split('\n')[0]
    .trim()
    .split(/\s+/)
    .slice(1)
    .map(Number)
  const [user, nice, system, idle, iowait = 0, irq = 0, softirq = 0, steal = 0] = fields
  const self = readFileSync('/proc/self/stat', 'utf8')
  const own = self
    .slice(self.lastIndexOf(')') + 2)
    .split(' ')
    .map(Number)
  return {
    busy: user + nice + system + irq + softirq + steal,
    total: user + nice + system + idle + iowait + irq + softirq + steal,
    ours: own[11] + own[12] + own[13] + own[14],
  }
}

/**
 * The share of the machine's CPU time that other processes used between two `cpuTimes()`
 * readings (0–1), or null where it cannot be known.
 * @param {ReturnType<typeof cpuTimes>} start
 * @param {ReturnType<typeof cpuTimes>} end
 */
export const othersShare = (start, end) => {
  if (!start || !end || end.total <= start.total) return null
  const others = end.busy - start.busy - (end.ours - start.ours)
  return Math.min(1, Math.max(0, others / (end.total - start.total)))
}
