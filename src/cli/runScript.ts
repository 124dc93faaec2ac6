import { writeSync } from 'node:fs'
import { register } from 'node:module'
import path from 'node:path'

import type { Payload } from 'payload'

/**
 * The one way a `payload run` script (`npm run seed`, `npm run import:reviews`, …) runs its work,
 * so that every run either does it or exits non-zero with a one-line reason on stderr, never
 * 0 having done nothing:
 *
 *   await runScript('seed', async ({ loadPayload }) => {
 *     const payload = await loadPayload()
 *     const { seed } = await import('./index')
 *     …print what was done…
 *   })
 *
 * `main` returns the exit status (default 0). A `ScriptError` is a refusal whose message is the
 * whole story (a missing file, a bad argument); anything else thrown is unexpected and reported
 * with where it was thrown. Either way: one line, exit status 1.
 *
 * A script imports only this module and Node's built-ins statically, everything else (the config,
 * src/seed, …) inside `main`: static imports load before any of the script runs, so neither the
 * guard below nor the Lexical fix (lexicalBuilds.mjs) would be in place yet.
 */

/** A failure the user can act on from its message alone; printed as is. */
export class ScriptError extends Error {
  override name = 'ScriptError'
}

export type ScriptContext = {
  /** Boots Payload with the project's config (once); destroyed again when `main` ends. */
  loadPayload: () => Promise<Payload>
}

export type ScriptMain = (context: ScriptContext) => Promise<number | void>

type Phase = 'starting' | 'loading Payload' | 'working' | 'finished'

/** Whitespace and line breaks collapsed: the reason must stay on one line. */
const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim()

/** The first stack frame in the project's own code, else the first one, as `file:line:col`. */
const thrownAt = (error: unknown): string | undefined => {
  const frames = (error instanceof Error && error.stack ? error.stack.split('\n') : [])
    .map((line) => /\(?((?:file:\/\/)?\/[^():]+):(\d+):(\d+)\)?$/.exec(line.trim()))
    .filter((match) => match !== null)
    .map(([, file, line, column]) => ({
      file: file.replace(/^file:\/\//, '').replace(/\?.*$/, ''),
      line,
      column,
    }))
  const frame = frames.find(({ file }) => !file.includes('/node_modules/')) ?? frames[0]
  if (!frame) return undefined
  return `${path.relative(process.cwd(), frame.file)}:${frame.line}:${frame.column}`
}

/** The one line printed for an error thrown by a script. */
const failureLine = (name: string, error: unknown): string => {
  if (error instanceof ScriptError) return `${name}: ${oneLine(error.message)}`
  const message =
    error instanceof Error
      ? `${error.name}: ${error.message}`
      : typeof error === 'string'
        ? error
        : (JSON.stringify(error) ?? String(error))
  const at = thrownAt(error)
  return `${name}: failed: ${oneLine(message)}${at ? ` (at ${at})` : ''}`
}

/** What the guard says when the event loop runs dry before `main` has finished. */
const unfinishedLine = (name: string, phase: Phase): string =>
  phase === 'working'
    ? `${name}: stopped before its work finished (a promise never settled); the work may be incomplete.`
    : `${name}: stopped while ${phase} (an import or promise never settled); nothing was done.`

/** …and when something called process.exit() before `main` had finished. */
const exitedEarlyLine = (name: string, phase: Phase, code: number): string =>
  `${name}: the process exited (status ${code}) while ${phase === 'working' ? 'the work was under way' : phase}, before the script finished.`

let running = false

export const runScript = async (name: string, main: ScriptMain): Promise<never> => {
  if (running) throw new Error('runScript runs once per process')
  running = true
  let phase: Phase = 'starting'
  let payload: Payload | undefined

  // Written synchronously: these may run while the process is exiting.
  const say = (line: string) => writeSync(2, `${line}\n`)
  const finish = async (code: number, line?: string): Promise<never> => {
    if (phase !== 'finished') {
      phase = 'finished'
      // Also the status if closing the database connections were the thing never to settle.
      process.exitCode = code
      if (line) say(line)
      await payload?.destroy().catch(() => undefined)
    }
    process.exit(code)
  }

  // The guard. `payload run` imports the script from a promise nobody waits on, so when an
  // import or promise never settles the event loop simply runs dry and Node exits 0 with no
  // output (seen with Lexical's modules on Node 20; see lexicalBuilds.mjs). Here that becomes
  // status 1 and a reason.
  process.on('beforeExit', () => {
    if (phase !== 'finished') void finish(1, unfinishedLine(name, phase))
  })
  process.on('exit', (code) => {
    if (phase === 'finished') return
    // Someone called process.exit() before main was done (Payload's bin exits 0 once the
    // script's module has been evaluated).
    say(exitedEarlyLine(name, phase, code))
    if (code === 0) process.exitCode = 1
  })
  // Node's own report of these is a multi-line stack; one line says as much.
  process.on('uncaughtException', (error) => void finish(1, failureLine(name, error)))
  process.on('unhandledRejection', (error) => void finish(1, failureLine(name, error)))

  // A script does its own work, nothing else: no start-up seeding, no job runner.
  process.env.SEED = 'false'
  process.env.JOBS_AUTORUN = 'false'
  register('./lexicalBuilds.mjs', {
    parentURL: import.meta.url,
    data: { build: process.env.NODE_ENV === 'production' ? 'production' : 'development' },
  })

  const loadPayload = async (): Promise<Payload> => {
    if (payload) return payload
    phase = 'loading Payload'
    const [{ default: config }, { getPayload }] = await Promise.all([
      import('@payload-config'),
      import('payload'),
    ])
    const sanitized = await config
    // Outside production Payload would rewrite src/payload-types.ts from a background process
    // on every start; a script has no business touching the source tree.
    sanitized.typescript.autoGenerate = false
    payload = await getPayload({ config: sanitized })
    phase = 'working'
    return payload
  }

  let code: number
  try {
    code = (await main({ loadPayload })) ?? 0
  } catch (error) {
    return finish(1, failureLine(name, error))
  }
  return finish(code)
}
