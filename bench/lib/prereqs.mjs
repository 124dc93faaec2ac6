// @ts-check
import { accessSync, constants, statSync } from 'node:fs'
import { access, readFile, readlink, stat, statfs } from 'node:fs/promises'
import { createServer } from 'node:net'
import path from 'node:path'

import { BenchError } from './errors.mjs'
import { processTable } from './processes.mjs'
import { DEFAULT_CHROMIUM } from './chromium.mjs'

/** @typedef {() => Promise<string | null>} Check resolves to null when met, or to why not */

/**
 * Runs the checks in order and throws the first failure as a BenchError.
 * @param {Check[]} checks
 */
export const requireAll = async (checks) => {
  for (const check of checks) {
    const failure = await check()
    if (failure) throw new BenchError(failure)
  }
}

/**
 * The browser Lighthouse drives: CHROMIUM_PATH, as for the end-to-end tests, or Debian's.
 * @param {Record<string, string | undefined>} [env]
 */
export const chromiumPath = (env = process.env) => env.CHROMIUM_PATH || DEFAULT_CHROMIUM

/**
 * @param {string} file
 * @param {string} what
 * @param {string} [hint] appended to the reason
 * @returns {Check}
 */
export const checkExecutable =
  (file, what, hint = '') =>
  async () => {
    try {
      const info = await stat(file)
      if (!info.isFile()) return `${what} at ${file} is not a file.${hint}`
      await access(file, constants.X_OK)
      return null
    } catch (error) {
      const code = /** @type {NodeJS.ErrnoException} */ (error).code
      if (code === 'ENOENT') return `${what} not found at ${file}.${hint}`
      if (code === 'EACCES') return `${what} at ${file} is not executable.${hint}`
      return `${what} at ${file} cannot be used (${code ?? /** @type {Error} */ (error).message}).${hint}`
    }
  }

/** @param {string} file */
export const checkChromium = (file) =>
  checkExecutable(
    file,
    'Chromium',
    ' Install it (sudo apt-get install -y chromium) or set CHROMIUM_PATH.',
  )

/** Where Debian's package puts wrk, the cached page's load tool. */
export const DEFAULT_WRK = '/usr/bin/wrk'

/**
 * The first executable file called `name` in PATH's folders, or null.
 * @param {string} name
 * @param {Record<string, string | undefined>} [env]
 */
export const findOnPath = (name, env = process.env) => {
  for (const dir of (env.PATH ?? '').split(path.delimiter).filter(Boolean)) {
    const file = path.join(dir, name)
    try {
      if (!statSync(file).isFile()) continue
      accessSync(file, constants.X_OK)
      return file
    } catch {
      // Not here.
    }
  }
  return null
}

/**
 * wrk: the first on PATH, or Debian's (where the check then says it is missing).
 * @param {Record<string, string | undefined>} [env]
 */
export const wrkPath = (env = process.env) => findOnPath('wrk', env) ?? DEFAULT_WRK

/** @param {string} file */
export const checkWrk = (file) =>
  checkExecutable(file, 'wrk', ' Install it (apt-get install -y wrk).')

/**
 * Nothing listens on host:port, so our server can (checked by binding it for a moment).
 * @param {number} port
 * @param {string} [host]
 * @param {string} [variable] the setting that chooses another port
 * @returns {Check}
 */
export const checkPortFree =
  (port, host = '127.0.0.1', variable = 'another port') =>
  () =>
    new Promise((resolve) => {
      const server = createServer()
      server.once('error', (/** @type {NodeJS.ErrnoException} */ error) => {
        if (error.code === 'EADDRINUSE')
          resolve(`Port ${port} is already in use; stop what runs there or set ${variable}.`)
        else if (error.code === 'EACCES')
          resolve(`Port ${port} may not be used by this user; set ${variable}.`)
        else resolve(`Port ${port} on ${host} cannot be opened (${error.code ?? error.message}).`)
      })
      server.listen({ port, host, exclusive: true }, () => server.close(() => resolve(null)))
    })

/** @param {number} bytes */
const gb = (bytes) => `${(bytes / 1e9).toFixed(1)} GB`

/**
 * At least `minBytes` free where the temporary database and logs go.
 * @param {string} dir
 * @param {number} minBytes
 * @returns {Check}
 */
export const checkDiskSpace = (dir, minBytes) => async () => {
  try {
    const info = await statfs(dir)
    const free = info.bavail * info.bsize
    return free >= minBytes
      ? null
      : `Only ${gb(free)} free in ${dir}; the run needs ${gb(minBytes)}.`
  } catch (error) {
    return `Cannot read the free space of ${dir} (${/** @type {NodeJS.ErrnoException} */ (error).code}).`
  }
}

/**
 * The project's dependencies are installed (next and payload can be started).
 * @param {string} projectDir
 * @returns {Check}
 */
export const checkInstalled = (projectDir) => async () => {
  for (const file of ['node_modules/next/dist/bin/next', 'node_modules/payload/bin.js']) {
    try {
      await access(path.join(projectDir, file))
    } catch {
      return `${file} is missing; run npm install first.`
    }
  }
  return null
}

/**
 * What a process's command line says it is: `next build`, `next start` or `next dev` (which
 * rename themselves "next-build", "next-server" once running), or none of them.
 * @param {string[]} cmdline
 * @returns {'build' | 'start' | 'dev' | null}
 */
export const nextCommandOf = (cmdline) => {
  if (/^next-server\b/.test(cmdline[0] ?? '')) return 'start'
  if (/^next-build\b/.test(cmdline[0] ?? '')) return 'build'
  const index = cmdline.findIndex((arg) => /(^|\/)next(\/dist\/bin\/next)?$/.test(arg))
  const command = index >= 0 ? cmdline[index + 1] : undefined
  return command === 'build' || command === 'start' || command === 'dev' ? command : null
}

/**
 * No `next build`, `next start` or `next dev` is working in this project folder: the benchmark
 * deletes and rebuilds the `.next` folder under it (Linux only; elsewhere this check passes).
 * @param {string} projectDir
 * @returns {Check}
 */
export const checkNoNextRunning = (projectDir) => async () => {
  if (process.platform !== 'linux') return null
  const project = path.resolve(projectDir)
  for (const { pid } of processTable()) {
    if (pid === process.pid) continue
    try {
      const command = nextCommandOf((await readFile(`/proc/${pid}/cmdline`, 'utf8')).split('\0'))
      if (!command) continue
      if (path.resolve(await readlink(`/proc/${pid}/cwd`)) !== project) continue
      return `A "next ${command}" (pid ${pid}) is already running in ${project}; wait for it or stop it first.`
    } catch {
      // Not ours to read, or already gone.
    }
  }
  return null
}
