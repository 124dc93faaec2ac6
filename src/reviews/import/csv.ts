import { CsvError, parse } from 'csv-parse/sync'

import {
  CSV_EXAMPLE_HEADER,
  type ParsedFile,
  type ParsedRow,
  type RawReview,
  ReviewFileError,
} from './types'

type Column = keyof RawReview

/** Header names for each field; matched ignoring case, spaces, underscores and dashes. */
export const CSV_COLUMNS: Record<Column, { label: string; names: string[]; required?: boolean }> = {
  reviewerName: {
    label: "the reviewer's name",
    names: ['name', 'reviewer', 'reviewer_name', 'author', 'reviewerName'],
    required: true,
  },
  rating: { label: 'the star rating', names: ['rating', 'stars', 'score'] },
  recommends: {
    label: 'the recommendation',
    names: ['recommends', 'recommendation_type', 'recommendation', 'recommended'],
  },
  body: {
    label: 'the review text',
    names: ['text', 'review', 'review_text', 'comment', 'body'],
    required: true,
  },
  reviewedAt: {
    label: 'the date',
    names: ['date', 'created_time', 'created', 'review_date', 'reviewedAt'],
    required: true,
  },
  source: { label: 'the source', names: ['source'] },
  sourceUrl: {
    label: 'the link',
    names: ['url', 'link', 'permalink', 'permalink_url', 'sourceUrl'],
  },
  office: { label: 'the office', names: ['office'] },
}

const headerKey = (name: string) =>
  name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s_-]+/g, '')

const COLUMN_BY_KEY = new Map<string, Column>(
  (Object.keys(CSV_COLUMNS) as Column[]).flatMap((column) =>
    CSV_COLUMNS[column].names.map((name) => [headerKey(name), column] as const),
  ),
)

const orList = (names: string[]) =>
  names.length > 1 ? `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}` : names[0]

// Excel writes semicolons where the comma is the decimal separator, and "Unicode text" uses tabs.
const sniffDelimiter = (text: string): string => {
  const firstLine = text.slice(0, text.search(/\r?\n|$/)).replace(/"[^"]*"/g, '')
  const count = (char: string) => firstLine.split(char).length - 1
  if (count(',') > 0) return ','
  return count('\t') > count(';') ? '\t' : count(';') > 0 ? ';' : ','
}

// The parser says where it stopped (the end of the file, for a quote left open); an editor needs
// the line where the broken row starts.
const csvFailure = (error: CsvError, startLine: number): ReviewFileError =>
  new ReviewFileError(
    error.code === 'CSV_QUOTE_NOT_CLOSED'
      ? `The CSV could not be read: the quoted value that starts on line ${startLine} is never closed. Check that line for a missing double quote (").`
      : `The CSV could not be read at line ${(error as CsvError & { lines?: number }).lines ?? startLine}: ${error.message}`,
  )

/** Reads a CSV export with a header row into rows; the file-level errors are ReviewFileErrors. */
export const parseReviewCsv = (text: string): ParsedFile => {
  // Where each record ends, to tell an editor where a row starts in a text editor.
  const ends: number[] = []
  let records: string[][]
  try {
    records = parse(text, {
      bom: true,
      delimiter: sniffDelimiter(text),
      relax_column_count: true,
      relax_quotes: true,
      on_record: (record: string[], { lines }: { lines: number }) => {
        ends.push(lines)
        return record
      },
    }) as string[][]
  } catch (error) {
    if (error instanceof CsvError) throw csvFailure(error, (ends[ends.length - 1] ?? 0) + 1)
    throw error
  }

  const [header, ...data] = records
  const columns: Array<Column | undefined> = []
  const ignoredColumns: string[] = []
  const seen = new Map<Column, string>()
  for (const name of header ?? []) {
    const column = COLUMN_BY_KEY.get(headerKey(name))
    columns.push(column)
    if (!column) {
      if (name.trim()) ignoredColumns.push(name.trim())
      continue
    }
    const earlier = seen.get(column)
    if (earlier) {
      throw new ReviewFileError(
        `The columns "${earlier}" and "${name.trim()}" both hold ${CSV_COLUMNS[column].label}. Keep one of them.`,
      )
    }
    seen.set(column, name.trim())
  }
  if (!seen.size) {
    throw new ReviewFileError(
      `The first line must be a header row naming the columns, e.g. ${CSV_EXAMPLE_HEADER}. None of ${orList(
        (header ?? []).slice(0, 5).map((name) => `"${name.slice(0, 40)}"`),
      )} is a column name we know.`,
    )
  }
  const missing = (Object.keys(CSV_COLUMNS) as Column[]).filter(
    (column) => CSV_COLUMNS[column].required && !seen.has(column),
  )
  if (missing.length) {
    throw new ReviewFileError(
      missing
        .map(
          (column) =>
            `The CSV has no column for ${CSV_COLUMNS[column].label}: name it ${orList(CSV_COLUMNS[column].names)}.`,
        )
        .join(' '),
    )
  }

  const rows: ParsedRow[] = []
  data.forEach((cells, index) => {
    // Blank lines and rows of empty cells (spreadsheets leave them at the end) are not reviews.
    if (cells.every((cell) => !cell.trim())) return
    const row = index + 2
    const line = ends[index] + 1
    const raw: RawReview = {}
    columns.forEach((column, position) => {
      if (column && position < cells.length) raw[column] = cells[position]
    })
    rows.push({
      row,
      ...(line === row ? {} : { line }),
      raw,
      errors:
        cells.length === header.length
          ? []
          : [
              {
                message: `This row has ${cells.length} values but the header has ${header.length} columns. A value that contains a comma must be in double quotes.`,
              },
            ],
    })
  })
  if (!rows.length) throw new ReviewFileError('The file has a header row but no reviews below it.')

  const notes = ignoredColumns.length
    ? [
        `Ignored ${ignoredColumns.length === 1 ? 'the column' : 'the columns'} ${ignoredColumns.map((name) => `"${name}"`).join(', ')}: not review fields.`,
      ]
    : []
  if (ignoredColumns.some((name) => headerKey(name) === 'status')) {
    notes.push('Imported reviews always start as Pending until an editor approves them.')
  }
  return { format: 'csv', rows, ignoredColumns, notes }
}
