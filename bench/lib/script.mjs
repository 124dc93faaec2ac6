// @ts-check
// What every measuring script in scripts/ starts with: the project folder, a clean-up that also
// runs on Ctrl-C, and a log prefixed with the script's npm name.
import { fileURLToPath } from 'node:url'

import { BenchError, oneLine } from './errors.mjs'
import { Cleanup } from './processes.mjs'

export const PROJECT_DIR = fileURLToPath(new URL('../..', import.meta.url))

/** @param {string} name e.g. 'bench:cluster' */
export const startScript = (name) => {
  const cleanup = new Cleanup()
  cleanup.onSignals()
  /** @param {string} line */
  const log = (line) => console.log(`[${name}] ${line}`)
  /**
   * Runs the script's work, then the clean-up, and exits: 0, or 1 with one line saying why (and
   * the stack for anything that is not a BenchError, i.e. a bug).
   * @param {() => Promise<void>} main
   */
  const run = async (main) => {
    let exitCode = 0
    try {
      await main()
    } catch (error) {
      console.error(`${name}: ${oneLine(error)}`)
      if (!(error instanceof BenchError)) console.error(error)
      exitCode = 1
    } finally {
      await cleanup.runAll()
    }
    process.exit(exitCode)
  }
  return { projectDir: PROJECT_DIR, cleanup, log, run }
}
