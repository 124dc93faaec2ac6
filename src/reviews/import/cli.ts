import { readFile } from 'node:fs/promises'
import path from 'node:path'

/**
 * `npm run import:reviews -- <file.csv|file.json>`: imports reviews as Pending, like the admin's
 * "Import reviews…" panel. Exit status: 0 when every row was added or skipped as a duplicate,
 * 2 when some rows were invalid (the rest were added), 1 when the file was refused or missing.
 */

// Importing is all this run does; don't also let start-up seeding run.
process.env.SEED = 'false'

const fail = (message: string): never => {
  console.error(`import:reviews: ${message}`)
  process.exit(1)
}

const [file, ...extra] = process.argv.slice(2)
if (!file || extra.length) fail('Usage: npm run import:reviews -- <file.csv or file.json>')
// npm runs scripts from the project folder; a relative path is meant from where it was typed.
const filePath = path.resolve(process.env.INIT_CWD ?? process.cwd(), file)
const content = await readFile(filePath).catch((error: NodeJS.ErrnoException) =>
  fail(
    error.code === 'ENOENT'
      ? `There is no file ${filePath}.`
      : `${filePath} could not be read (${error.code ?? error.message}).`,
  ),
)

// `payload run` loads TypeScript through tsx's loader hooks, which on a busy machine can stall
// while loading Payload; with nothing left to wait for, Node then exits with status 0 having
// imported nothing (payloadcms/payload#17757). Payload is loaded here instead of by static
// imports, so this timer keeps the process alive and turns a stall into a clear failure.
const LOAD_TIMEOUT_MS = Number(process.env.IMPORT_REVIEWS_LOAD_TIMEOUT_MS) || 120_000
const stalled = setTimeout(
  () =>
    fail(
      `Payload did not load within ${LOAD_TIMEOUT_MS / 1000} s (a known stall of "payload run"). Nothing was imported; run the command again.`,
    ),
  LOAD_TIMEOUT_MS,
)
const [{ default: config }, { getPayload }, { exitCodeFor, formatReport, importReviews }] =
  await Promise.all([import('@payload-config'), import('payload'), import('./index')])
clearTimeout(stalled)

// Outside production Payload rewrites src/payload-types.ts in a background process on every
// start; an import has no business touching the source tree.
const sanitized = await config
sanitized.typescript.autoGenerate = false
const payload = await getPayload({ config: sanitized })
let exitCode = 1
try {
  const report = await importReviews(payload, { content, filename: path.basename(filePath) })
  console.log(formatReport(report))
  exitCode = exitCodeFor(report)
} catch (error) {
  // A refused file is a ReviewFileError; anything else is unexpected and shown in full.
  if ((error as Error).name === 'ReviewFileError') {
    console.error(`import:reviews: ${(error as Error).message}`)
  } else console.error('import:reviews: the import failed:', error)
} finally {
  await payload.destroy()
}
process.exit(exitCode)
