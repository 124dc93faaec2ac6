// @ts-check
import { randomBytes } from 'node:crypto'
import { existsSync, readFileSync, statSync } from 'node:fs'
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { BenchError } from './errors.mjs'
import { checkNoNextRunning, requireAll } from './prereqs.mjs'
import { sampleTreeMemory, sleep, spawnGroup } from './processes.mjs'

/** @typedef {import('./processes.mjs').Cleanup} Cleanup */

/** @param {string} projectDir */
export const nextBin = (projectDir) => path.join(projectDir, 'node_modules/next/dist/bin/next')

/**
 * The last lines of a log, to show why a build or server failed (the log itself is a temporary
 * file and is removed with everything else).
 * @param {string} file
 * @param {number} [lines]
 */
export const logTail = (file, lines = 20) => {
  try {
    return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n')
  } catch {
    return ''
  }
}

/** What a production build's output depends on, besides node_modules. */
const BUILD_INPUTS = [
  'src',
  'collections',
  'public',
  'payload.config.ts',
  'next.config.mjs',
  'package-lock.json',
  'tsconfig.json',
  'tsconfig.build.json',
]

/**
 * The newest modification time among the files under `paths` (ms since the epoch, 0 if none).
 * @param {string} projectDir
 * @param {string[]} [paths]
 */
export const newestInput = async (projectDir, paths = BUILD_INPUTS) => {
  let newest = 0
  /** @param {string} target */
  const visit = async (target) => {
    let info
    try {
      info = await stat(target)
    } catch {
      return
    }
    if (info.isDirectory()) {
      for (const entry of await readdir(target)) {
        if (entry !== 'node_modules') await visit(path.join(target, entry))
      }
    } else newest = Math.max(newest, info.mtimeMs)
  }
  for (const entry of paths) await visit(path.join(projectDir, entry))
  return newest
}

/**
 * Whether `.next` holds a production build made after the last change to the sources; the reason
 * when it does not.
 * @param {string} projectDir
 * @returns {Promise<{ fresh: true } | { fresh: false, reason: string }>}
 */
export const buildFreshness = async (projectDir) => {
  const buildId = path.join(projectDir, '.next/BUILD_ID')
  if (!existsSync(buildId)) return { fresh: false, reason: 'there is no production build in .next' }
  const built = statSync(buildId).mtimeMs
  const changed = await newestInput(projectDir)
  if (changed > built) return { fresh: false, reason: 'the sources changed after the last build' }
  return { fresh: true }
}

/**
 * With `skip` (`BENCH_SKIP_BUILD`, `LOAD_SKIP_BUILD`), .next must already hold a build of the
 * current sources: the check that says so, naming `setting`.
 * @param {string} projectDir
 * @param {boolean} skip
 * @param {string} setting
 * @returns {import('./prereqs.mjs').Check}
 */
export const checkSkipBuild = (projectDir, skip, setting) => async () => {
  if (!skip) return null
  const build = await buildFreshness(projectDir)
  return build.fresh ? null : `${setting} is set but ${build.reason}; run without it.`
}

/**
 * `next build` in the project, timed, with the peak resident memory of its whole process tree.
 * With `cold`, `.next` is deleted first, Next's build cache included, so the time does not depend
 * on what was built before (as in CI or a Docker build).
 * @param {{ projectDir: string, env: NodeJS.ProcessEnv, logFile: string, cleanup: Cleanup,
 *   cold?: boolean }} options
 */
export const buildNext = async ({ projectDir, env, logFile, cleanup, cold = false }) => {
  if (cold) await rm(path.join(projectDir, '.next'), { recursive: true, force: true })
  const started = performance.now()
  const child = spawnGroup(process.execPath, [nextBin(projectDir), 'build'], {
    cwd: projectDir,
    env,
    logFile,
  })
  const undo = cleanup.add('stop next build', () => child.stop())
  const memory = sampleTreeMemory(child.pid)
  const code = await child.exited
  const peakBytes = memory.stop()
  const ms = performance.now() - started
  await child.stop()
  undo()
  if (code !== 0) {
    console.error(logTail(logFile))
    throw new BenchError(`next build failed (exit status ${code}); its last lines are above.`)
  }
  return { ms, peakBytes }
}

/**
 * @typedef {object} RunningServer
 * @property {string} url e.g. http://127.0.0.1:3100
 * @property {number} pid
 * @property {() => Promise<void>} stop
 */

/**
 * `next start` on 127.0.0.1:port, resolved once `readyPath` answers without a server error.
 * @param {{ projectDir: string, port: number, env: NodeJS.ProcessEnv, logFile: string,
 *   cleanup: Cleanup, readyPath?: string, timeoutMs?: number }} options
 * @returns {Promise<RunningServer>}
 */
export const startNext = async ({
  projectDir,
  port,
  env,
  logFile,
  cleanup,
  readyPath = '/',
  timeoutMs = 180_000,
}) => {
  const url = `http://127.0.0.1:${port}`
  const child = spawnGroup(
    process.execPath,
    [nextBin(projectDir), 'start', '--port', String(port), '--hostname', '127.0.0.1'],
    { cwd: projectDir, env: { ...env, PORT: String(port) }, logFile },
  )
  const undo = cleanup.add('stop the Next.js server', () => child.stop())
  const stop = async () => {
    await child.stop()
    undo()
  }
  /** @type {number | null | undefined} */
  let exitCode
  child.exited.then((code) => (exitCode = code)).catch(() => (exitCode = -1))
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (exitCode !== undefined) {
      console.error(logTail(logFile))
      await stop()
      throw new BenchError(`next start exited (status ${exitCode}) before it served ${readyPath}.`)
    }
    try {
      const response = await fetch(`${url}${readyPath}`, { signal: AbortSignal.timeout(30_000) })
      await response.arrayBuffer()
      if (response.status < 500) return { url, pid: child.pid, stop }
    } catch {
      // Not listening yet.
    }
    await sleep(250)
  }
  console.error(logTail(logFile))
  await stop()
  throw new BenchError(`next start did not serve ${readyPath} within ${timeoutMs / 1000} s.`)
}

/**
 * What a benchmark's production server runs with: this environment, production mode, a fresh
 * secret, the site's address, uploads under `dir`, and no job runner (nothing scheduled).
 * @param {{ baseUrl: string, dir: string }} options
 * @returns {NodeJS.ProcessEnv}
 */
export const productionEnv = ({ baseUrl, dir }) => ({
  ...process.env,
  NODE_ENV: 'production',
  NODE_OPTIONS: '--no-deprecation',
  NEXT_TELEMETRY_DISABLED: '1',
  PAYLOAD_SECRET: randomBytes(32).toString('hex'),
  NEXT_PUBLIC_SERVER_URL: baseUrl,
  MEDIA_DIR: path.join(dir, 'media'),
  JOBS_AUTORUN: 'false',
})

/**
 * The production server on a freshly seeded database in a temporary folder, built first unless
 * .next holds a build of the current sources: what `npm run lighthouse` and `npm run trace`
 * measure.
 * @param {{ projectDir: string, port: number, name: string, cleanup: Cleanup,
 *   log: (line: string) => void }} options `name` names the temporary folder
 */
export const startSeededSite = async ({ projectDir, port, name, cleanup, log }) => {
  const dir = await mkdtemp(path.join(os.tmpdir(), `clinic-${name}-`))
  cleanup.add('remove the temporary folder', () => rm(dir, { recursive: true, force: true }))
  const env = productionEnv({ baseUrl: `http://127.0.0.1:${port}`, dir })
  const build = await buildFreshness(projectDir)
  if (build.fresh) log('using the existing build in .next')
  else {
    await requireAll([checkNoNextRunning(projectDir)])
    log(`building, because ${build.reason}…`)
    await buildNext({
      projectDir,
      env: { ...env, DATABASE_URI: `file:${path.join(dir, 'build.db')}` },
      logFile: path.join(dir, 'build.log'),
      cleanup,
    })
  }
  log('starting the server on a freshly seeded database…')
  return startNext({
    projectDir,
    port,
    env: { ...env, DATABASE_URI: `file:${path.join(dir, 'site.db')}`, SEED: 'true' },
    logFile: path.join(dir, 'server.log'),
    cleanup,
  })
}
