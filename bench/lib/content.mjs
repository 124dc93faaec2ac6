// @ts-check
import { existsSync } from 'node:fs'
import { readFile, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'

import { BenchError } from './errors.mjs'
import { spawnGroup } from './processes.mjs'
import { logTail } from './server.mjs'

/** @typedef {import('./processes.mjs').Cleanup} Cleanup */

/**
 * Runs the content generator (scripts/bench-content.ts, TypeScript with Payload's config, under
 * `payload run`) in its own process and returns its result. The generator either writes its
 * result and exits 0 or exits non-zero with a one-line reason (src/cli/runScript.ts).
 * @param {{ projectDir: string, dir: string, name: string, spec: object,
 *   previous: string | null, env: NodeJS.ProcessEnv, cleanup: Cleanup,
 *   log: (line: string) => void }} options
 * @returns {Promise<{ file: string, result: any }>}
 */
export const generateContent = async ({
  projectDir,
  dir,
  name,
  spec,
  previous,
  env,
  cleanup,
  log,
}) => {
  const specFile = path.join(dir, `${name}-spec.json`)
  const resultFile = path.join(dir, `${name}.json`)
  const logFile = path.join(dir, `${name}.log`)
  await writeFile(specFile, JSON.stringify(spec))
  await rm(resultFile, { force: true })
  const child = spawnGroup(
    process.execPath,
    [
      path.join(projectDir, 'node_modules/payload/bin.js'),
      'run',
      'scripts/bench-content.ts',
      specFile,
      previous ?? '-',
      resultFile,
    ],
    {
      cwd: projectDir,
      env,
      logFile,
      onLine: (line) => {
        if (line.startsWith('[content]')) log(line.slice('[content] '.length))
      },
    },
  )
  const undo = cleanup.add('stop the content generator', () => child.stop())
  const code = await child.exited
  await child.stop()
  undo()
  if (code === 0 && existsSync(resultFile)) {
    return { file: resultFile, result: JSON.parse(await readFile(resultFile, 'utf8')) }
  }
  console.error(logTail(logFile))
  throw new BenchError(
    `The content generator failed (exit status ${code}); its last lines are above.`,
  )
}
