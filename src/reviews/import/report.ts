import type { ImportReport, ImportRowReport } from './types'

// Plain text for the endpoint's message, the admin panel and the CLI. No Node or Payload code.

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`

/** "Added 3 reviews, skipped 1 duplicate, 2 rows invalid." */
export const summarizeReport = ({ totals }: Pick<ImportReport, 'totals'>): string =>
  `Added ${count(totals.added, 'review', 'reviews')}, skipped ${count(totals.skipped, 'duplicate', 'duplicates')}, ${count(totals.invalid, 'row', 'rows')} invalid.`

/** "Row 4" for CSV (with the file line when it differs), "Item 4" for Facebook's JSON. */
export const rowLabel = (format: ImportReport['format'], row: ImportRowReport): string =>
  format === 'csv'
    ? `Row ${row.row}${row.line && row.line !== row.row ? ` (line ${row.line})` : ''}`
    : `Item ${row.row}`

/** Exit status of `npm run import:reviews`: 0 when every row was added or skipped, 2 otherwise. */
export const exitCodeFor = (report: Pick<ImportReport, 'totals'>): 0 | 2 =>
  report.totals.invalid > 0 ? 2 : 0

/** The CLI's report: one line per skipped or invalid row, then notes and totals. */
export const formatReport = (report: ImportReport): string => {
  const source = report.format === 'csv' ? 'CSV' : "Facebook's JSON"
  const unit = report.format === 'csv' ? 'row' : 'item'
  const lines = [
    `Read ${count(report.totals.rows, unit, `${unit}s`)} from ${
      report.filename ? `${report.filename} (${source})` : `the ${source} file`
    }.`,
  ]
  for (const row of report.rows) {
    if (row.outcome === 'added') continue
    const who = row.reviewerName ? ` [${row.reviewerName.slice(0, 40)}]` : ''
    lines.push(
      `  ${rowLabel(report.format, row)}${who} ${row.outcome}: ${row.reason ?? ''}`.trimEnd(),
    )
  }
  for (const note of report.notes) lines.push(`Note: ${note}`)
  lines.push(summarizeReport(report))
  if (report.totals.added) {
    lines.push('New reviews are Pending: approve them in the admin under Clinic → Reviews.')
  }
  return lines.join('\n')
}
