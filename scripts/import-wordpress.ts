import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { runScript, ScriptError } from '@/cli/runScript'

const USAGE =
  'Usage: npm run import:wordpress -- <export.xml> [--uploads <wp-content/uploads folder or https://old-site>] [--dry-run] [--no-tags] [--report <file.json>]'

/** One line on stderr, redrawn in place on a terminal: "Importing 12/40 How stem cells…". */
const progressLine = (done: number, total: number, title: string) => {
  if (!process.stderr.isTTY) return
  const width = 24
  const filled = total ? Math.round((done / total) * width) : width
  const bar = `${'█'.repeat(filled)}${'░'.repeat(width - filled)}`
  const label = title ? ` ${title.slice(0, 40)}` : ''
  process.stderr.write(`\r\x1b[2K${bar} ${done}/${total}${label}`)
  if (done === total && !title) process.stderr.write('\n')
}

/**
 * `npm run import:wordpress -- <export.xml> …`: imports a WordPress export (WXR 1.0–1.2). Prints
 * the report and writes it as JSON. Exit status 0 when everything was imported (or was already
 * there), 1 with a one-line reason when the file was refused, or after the report when any item
 * failed.
 */
// `payload run` passes a script only its positional arguments, so the npm script ends with `--`
// and the options arrive here as they were typed.
await runScript('import:wordpress', async ({ loadPayload }) => {
  let parsed
  try {
    parsed = parseArgs({
      args: process.argv.slice(2),
      allowPositionals: true,
      options: {
        uploads: { type: 'string' },
        'dry-run': { type: 'boolean' },
        'no-tags': { type: 'boolean' },
        report: { type: 'string' },
      },
    })
  } catch (error) {
    throw new ScriptError(`${(error as Error).message.split('\n')[0]} ${USAGE}`)
  }
  const { positionals, values } = parsed
  if (positionals.length !== 1) throw new ScriptError(USAGE)
  // npm runs scripts from the project folder; relative paths are meant from where it was typed.
  const cwd = process.env.INIT_CWD ?? process.cwd()

  const payload = await loadPayload()
  const { exitCodeFor, formatReport, importWordPress } = await import('../src/wordpress/import')
  // What the import expires here is cached in the running server, which is told at the end.
  const { revalidationListeners } = await import('@/cache/revalidate')
  const { expireOnServer } = await import('@/cache/remoteExpiry')
  const { serverUrl } = await import('@/urls')
  const expired = new Set<string>()
  revalidationListeners.add((tags) => tags.forEach((tag) => expired.add(tag)))
  const report = await importWordPress(payload, {
    file: positionals[0],
    uploads: values.uploads,
    cwd,
    dryRun: values['dry-run'],
    tags: !values['no-tags'],
    onProgress: progressLine,
  })
  if (report.refused) throw new ScriptError(`Nothing was imported: ${report.refused}`)
  const reportFile = path.resolve(cwd, values.report ?? 'wordpress-import-report.json')
  await writeFile(reportFile, `${JSON.stringify(report, null, 2)}\n`)
  console.log(formatReport(report))
  console.log(`The report is also in ${reportFile}.`)
  if (expired.size) {
    const told = await expireOnServer(payload, serverUrl(), expired)
    console.log(
      told.told
        ? `The site at ${serverUrl()} shows the import now (${told.expired} cached parts expired).`
        : `No running site was told (${told.reason}); a site started from now on shows the import.`,
    )
  }
  return exitCodeFor(report)
})
