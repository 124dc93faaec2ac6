// Shared by the server (parsers, endpoint, CLI) and the admin panel, so nothing here may import
// Node or Payload code.

export type ID = number | string

/** What a file holds: a spreadsheet export, or Facebook's recommendations (Graph API JSON). */
export type ReviewFileFormat = 'csv' | 'facebook'

/** The largest file accepted, by the endpoint and the CLI alike. */
export const MAX_IMPORT_BYTES = 2 * 1024 * 1024

/** A CSV header row with every column the import reads, for help texts. */
export const CSV_EXAMPLE_HEADER = 'name,rating,recommends,text,date,source,url,office'

/** One problem with one row, named by the review's API field when it is about a field. */
export type FieldError = { field?: string; message: string }

/** A row's values as read from the file, before they are checked. */
export type RawReview = {
  reviewerName?: unknown
  rating?: unknown
  recommends?: unknown
  body?: unknown
  reviewedAt?: unknown
  source?: unknown
  sourceUrl?: unknown
  office?: unknown
}

export type ParsedRow = {
  /** CSV: the spreadsheet row (the header is row 1). JSON: the item's number, from 1. */
  row: number
  /** CSV only: the file line the row starts on, when a quoted value spans lines. */
  line?: number
  raw: RawReview
  /** Problems found while reading the row itself (e.g. a wrong number of values). */
  errors: FieldError[]
}

export type ParsedFile = {
  format: ReviewFileFormat
  rows: ParsedRow[]
  /** Header names that match no review field (CSV). */
  ignoredColumns: string[]
  /** Things the editor should know that are not errors. */
  notes: string[]
}

export type RowOutcome = 'added' | 'skipped' | 'invalid'

export type ImportRowReport = {
  row: number
  line?: number
  outcome: RowOutcome
  reviewerName?: string
  /** Why the row was skipped or refused, in sentences. */
  reason?: string
  errors?: FieldError[]
  /** A skipped row's twin: a saved review, or an earlier row of the same file. */
  duplicateOf?: { id?: ID; row?: number }
  /** The new review's id, for added rows. */
  id?: ID
}

export type ImportReport = {
  format: ReviewFileFormat
  filename?: string
  totals: { rows: number; added: number; skipped: number; invalid: number }
  ignoredColumns: string[]
  notes: string[]
  /** Every row of the file, in order. */
  rows: ImportRowReport[]
}

/** The whole file is refused and nothing was imported; `status` is the HTTP status to answer. */
export class ReviewFileError extends Error {
  status: number

  constructor(message: string, status = 400) {
    super(message)
    this.name = 'ReviewFileError'
    this.status = status
  }
}
