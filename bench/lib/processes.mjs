// @ts-check
import { spawn } from 'node:child_process'
import { createWriteStream, readdirSync, readFileSync } from 'node:fs'
import { createInterface } from 'node:readline'

/** @typedef {() => Promise<void> | void} Undo */

/**
 * Everything a run starts (servers, builds, temp folders) registers how to undo itself here, so
 * success, failure and Ctrl-C all leave the machine as it was.
 */
export class Cleanup {
  /** @type {Array<{ label: string, run: Undo }>} */
  #tasks = []
  /** @type {Promise<void> | null} */
  #running = null

  /**
   * Adds an undo step; the returned function removes it again (when undone early by hand).
   * @param {string} label what the step does, for an error message ("stop the server")
   * @param {Undo} run
   */
  add(label, run) {
    const task = { label, run }
    this.#tasks.push(task)
    return () => {
      this.#tasks = this.#tasks.filter((other) => other !== task)
    }
  }

  /**
   * Runs every step, newest first; a failing step is reported and the others still run.
   * @param {(line: string) => void} [log]
   */
  runAll(log = console.error) {
    this.#running ??= (async () => {
      while (this.#tasks.length) {
        const task = /** @type {{ label: string, run: Undo }} */ (this.#tasks.pop())
        try {
          await task.run()
        } catch (error) {
          log(`cleanup: could not ${task.label}: ${/** @type {Error} */ (error).message}`)
        }
      }
    })()
    return this.#running
  }

  /**
   * On Ctrl-C, SIGTERM or a closed terminal: undo everything, then exit as a signalled process.
   * @param {(line: string) => void} [log]
   */
  onSignals(log = console.error) {
    for (const [signal, code] of /** @type {const} */ ([
      ['SIGINT', 130],
      ['SIGTERM', 143],
      ['SIGHUP', 129],
    ])) {
      process.once(signal, () => {
        log(`\n${signal}: stopping and cleaning up…`)
        void this.runAll(log).finally(() => process.exit(code))
      })
    }
  }
}

/** @param {number} ms */
export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))

/** @param {number} pid @param {NodeJS.Signals} signal */
const signalGroup = (pid, signal) => {
  try {
    process.kill(-pid, signal)
  } catch {
    // Already gone.
  }
}

/**
 * Every process on the machine from /proc (Linux), with its parent, group and state.
 * @returns {Array<{ pid: number, ppid: number, pgid: number, state: string }>}
 */
export const processTable = () => {
  const entries = []
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8')
      // The command name is in parentheses and may itself contain spaces or parentheses.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      entries.push({
        pid: Number(name),
        state: fields[0],
        ppid: Number(fields[1]),
        pgid: Number(fields[2]),
      })
    } catch {
      // The process ended while we were reading.
    }
  }
  return entries
}

/** @param {number} pgid */
const groupAlive = (pgid) => {
  if (process.platform === 'linux')
    return processTable().some((entry) => entry.pgid === pgid && entry.state !== 'Z')
  try {
    process.kill(-pgid, 0)
    return true
  } catch {
    return false
  }
}

/**
 * @typedef {object} Child
 * @property {number} pid
 * @property {import('node:child_process').ChildProcess} process
 * @property {Promise<number | null>} exited the exit code, null when ended by a signal
 * @property {(graceMs?: number) => Promise<void>} stop SIGTERM to the whole group, SIGKILL after graceMs
 */

/**
 * Starts a command in its own process group, so stopping it also stops whatever it started
 * (`next build`'s workers, `next start`'s server). Output goes to `logFile` when given, or to
 * our own output with `inherit`; `onLine` sees each line as well.
 * @param {string} command
 * @param {string[]} args
 * @param {{ cwd: string, env: NodeJS.ProcessEnv, logFile?: string, inherit?: boolean,
 *   onLine?: (line: string) => void }} options
 * @returns {Child}
 */
export const spawnGroup = (command, args, options) => {
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: options.env,
    detached: true,
    stdio: options.inherit ? ['ignore', 'inherit', 'inherit'] : ['ignore', 'pipe', 'pipe'],
  })
  if (options.logFile && !options.inherit) {
    const log = createWriteStream(options.logFile, { flags: 'a' })
    child.stdout?.pipe(log)
    child.stderr?.pipe(log)
  } else if (!options.inherit) {
    child.stdout?.resume()
    child.stderr?.resume()
  }
  if (options.onLine) {
    for (const stream of [child.stdout, child.stderr]) {
      if (stream) createInterface({ input: stream }).on('line', options.onLine)
    }
  }
  /** @type {Promise<number | null>} */
  const exited = new Promise((resolve, reject) => {
    child.once('error', reject)
    child.once('exit', (code) => resolve(code))
  })
  const pid = child.pid
  if (pid === undefined) throw new Error(`could not start ${command}`)
  const stop = async (graceMs = 5000) => {
    signalGroup(pid, 'SIGTERM')
    const deadline = Date.now() + graceMs
    // The group leader may exit before its children: wait for the whole group.
    while (Date.now() < deadline && groupAlive(pid)) await sleep(50)
    if (groupAlive(pid)) signalGroup(pid, 'SIGKILL')
    while (groupAlive(pid)) await sleep(50)
  }
  return { pid, process: child, exited, stop }
}

/**
 * A process and all its descendants.
 * @template {{ pid: number, ppid: number }} T
 * @param {T[]} entries
 * @param {number} root
 * @returns {T[]}
 */
export const descendants = (entries, root) => {
  /** @type {Map<number, T[]>} */
  const children = new Map()
  for (const entry of entries) {
    const list = children.get(entry.ppid) ?? []
    list.push(entry)
    children.set(entry.ppid, list)
  }
  const tree = []
  const queue = entries.filter((entry) => entry.pid === root)
  while (queue.length) {
    const entry = /** @type {T} */ (queue.shift())
    tree.push(entry)
    queue.push(...(children.get(entry.pid) ?? []))
  }
  return tree
}

/**
 * Resident memory of one process in bytes (0 once it has ended).
 * @param {number} pid
 */
const residentBytes = (pid) => {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8')
    const kib = /^VmRSS:\s+(\d+)\s+kB/m.exec(status)
    return kib ? Number(kib[1]) * 1024 : 0
  } catch {
    return 0
  }
}

/**
 * Samples the resident memory of a process tree until stopped; `stop()` gives the highest sum
 * seen, in bytes (null where /proc is not available).
 * @param {number} root
 * @param {number} [intervalMs]
 */
export const sampleTreeMemory = (root, intervalMs = 200) => {
  if (process.platform !== 'linux') return { stop: () => null }
  let peak = 0
  const sample = () => {
    const total = descendants(processTable(), root).reduce(
      (sum, entry) => sum + residentBytes(entry.pid),
      0,
    )
    peak = Math.max(peak, total)
  }
  sample()
  const timer = setInterval(sample, intervalMs)
  return {
    /** @returns {number | null} */
    stop: () => {
      clearInterval(timer)
      return peak
    },
  }
}
