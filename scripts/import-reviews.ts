import { readFile } from 'node:fs/promises'
import path from 'node:path'

import { runScript, ScriptError } from '@/cli/runScript'

/**
 * `npm run import:reviews -- <file.csv|file.json>`: imports reviews as Pending, like the admin's
 * "Import reviews…" panel. Exit status: 0 when every row was added or skipped as a duplicate,
 * 2 when some rows were invalid (the rest were added), 1 with a one-line reason on stderr when
 * the file was refused or missing or the import failed.
 */
await runScript('import:reviews', async ({ loadPayload }) => {
  const [file, ...extra] = process.argv.slice(2)
  if (!file || extra.length) {
    throw new ScriptError('Usage: npm run import:reviews -- <file.csv or file.json>')
  }
  // npm runs scripts from the project folder; a relative path is meant from where it was typed.
  const filePath = path.resolve(process.env.INIT_CWD ?? process.cwd(), file)
  const content = await readFile(filePath).catch((error: NodeJS.ErrnoException) => {
    throw new ScriptError(
      error.code === 'ENOENT'
        ? `There is no file ${filePath}.`
        : `${filePath} could not be read (${error.code ?? error.message}).`,
    )
  })

  const payload = await loadPayload()
  const { exitCodeFor, formatReport, importReviews } = await import('../src/reviews/import/index')
  try {
    const report = await importReviews(payload, { content, filename: path.basename(filePath) })
    console.log(formatReport(report))
    return exitCodeFor(report)
  } catch (error) {
    // A refused file says why in its message; anything else is reported with where it failed.
    if ((error as Error).name === 'ReviewFileError') throw new ScriptError((error as Error).message)
    throw error
  }
})
