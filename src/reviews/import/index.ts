import { type Payload, type PayloadRequest, ValidationError, type Where } from 'payload'

import type { ReviewSource } from '@/reviews/rules'

import { parseReviewCsv } from './csv'
import { decodeText } from './decode'
import { parseFacebookJson } from './facebook'
import {
  duplicateKeys,
  normalizeReview,
  type OfficeRef,
  type ReviewInput,
  utcDay,
} from './normalize'
import { rowLabel } from './report'
import {
  type FieldError,
  type ID,
  type ImportReport,
  type ImportRowReport,
  type ParsedFile,
  type ReviewFileFormat,
  ReviewFileError,
} from './types'

export { summarizeReport, formatReport, exitCodeFor } from './report'
export { MAX_IMPORT_BYTES, ReviewFileError } from './types'
export type { ImportReport, ImportRowReport, ReviewFileFormat } from './types'

export type ImportReviewsOptions = {
  /** The file's bytes (decoded here) or text. */
  content: string | Uint8Array
  /** Used to tell CSV from JSON, and in the report. */
  filename?: string
  /** Skips detection; `json` means Facebook's export. */
  format?: 'csv' | 'json' | 'facebook'
  /** Who imports: their access applies. Without a user (the CLI) access is not checked. */
  user?: PayloadRequest['user']
}

const EXTENSIONS: Record<string, ReviewFileFormat | null> = {
  '.csv': 'csv',
  '.tsv': 'csv',
  '.json': 'facebook',
  '.txt': null,
}

const chooseFormat = (
  text: string,
  filename: string | undefined,
  format: ImportReviewsOptions['format'],
): ReviewFileFormat => {
  if (format) return format === 'csv' ? 'csv' : 'facebook'
  const extension = /\.[^./\\]+$/.exec(filename ?? '')?.[0].toLowerCase()
  const known = extension ? EXTENSIONS[extension] : null
  if (known) return known
  return /^\s*[[{]/.test(text) ? 'facebook' : 'csv'
}

// Checked before the bytes are read, so an image or a workbook gets a message about its type.
const refuseWrongType = (filename: string | undefined) => {
  const extension = /\.[^./\\]+$/.exec(filename ?? '')?.[0].toLowerCase()
  if (!extension || Object.hasOwn(EXTENSIONS, extension)) return
  throw new ReviewFileError(
    /^\.xls[xmb]?$|^\.ods$|^\.numbers$/.test(extension)
      ? `"${filename}" is a spreadsheet workbook, which cannot be read here. Save it as CSV first (in Excel: File → Save As → CSV UTF-8).`
      : `"${filename}" is not a CSV or JSON file. Choose a .csv file or Facebook's .json export.`,
  )
}

/** Reads and parses a file without touching the database; file-level problems throw. */
export const readReviewFile = ({
  content,
  filename,
  format,
}: Pick<ImportReviewsOptions, 'content' | 'filename' | 'format'>): ParsedFile => {
  if (!format) refuseWrongType(filename)
  const { text, notes } = decodeText(content)
  const chosen = chooseFormat(text, filename, format)
  const parsed = chosen === 'csv' ? parseReviewCsv(text) : parseFacebookJson(text)
  return { ...parsed, notes: [...notes, ...parsed.notes] }
}

const loadOffices = async (payload: Payload): Promise<OfficeRef[]> =>
  (
    await payload.find({
      collection: 'offices',
      pagination: false,
      sort: 'name',
      depth: 0,
      select: { name: true, slug: true },
      overrideAccess: true,
    })
  ).docs

const chunks = <T>(items: T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, index) =>
    items.slice(index * size, (index + 1) * size),
  )

const nextDay = (day: string) =>
  new Date(Date.parse(`${day}T00:00:00.000Z`) + 24 * 60 * 60 * 1000).toISOString()

type Twin = { id?: ID; row?: number; by: 'url' | 'nameDay' }

/** Saved reviews that share a link, or a reviewer and day, with any of these. */
const findSaved = async (payload: Payload, inputs: ReviewInput[]) => {
  const byUrl = new Map<string, ID>()
  const byNameDay = new Map<string, ID>()
  const remember = (docs: Array<{ id: ID } & Parameters<typeof duplicateKeys>[0]>) => {
    for (const doc of docs) {
      const keys = duplicateKeys(doc)
      if (keys.url && !byUrl.has(keys.url)) byUrl.set(keys.url, doc.id)
      if (!byNameDay.has(keys.nameDay)) byNameDay.set(keys.nameDay, doc.id)
    }
  }
  const find = async (where: Where) =>
    (
      await payload.find({
        collection: 'reviews',
        where,
        pagination: false,
        depth: 0,
        select: { reviewerName: true, reviewedAt: true, source: true, sourceUrl: true },
        overrideAccess: true,
      })
    ).docs as Array<{ id: ID } & Parameters<typeof duplicateKeys>[0]>

  const urls = [...new Set(inputs.flatMap((input) => (input.sourceUrl ? [input.sourceUrl] : [])))]
  for (const some of chunks(urls, 100)) remember(await find({ sourceUrl: { in: some } }))

  // Names are compared here, not in the query: the same name may differ in case or spacing.
  const sources = [...new Set(inputs.map((input) => input.source))]
  const days = [...new Set(inputs.map((input) => utcDay(input.reviewedAt)))]
  for (const some of chunks(days, 50)) {
    remember(
      await find({
        and: [
          { source: { in: sources } },
          {
            or: some.map((day) => ({
              and: [
                { reviewedAt: { greater_than_equal: `${day}T00:00:00.000Z` } },
                { reviewedAt: { less_than: nextDay(day) } },
              ],
            })),
          },
        ],
      }),
    )
  }
  return { byUrl, byNameDay }
}

const SOURCE_NAMES: Record<ReviewSource, string> = {
  facebook: 'Facebook',
  google: 'Google',
  website: 'website',
  other: 'other',
}

const twinReason = (twin: Twin, format: ReviewFileFormat, input: ReviewInput): string => {
  const same =
    twin.by === 'url'
      ? `the same ${SOURCE_NAMES[input.source]} link`
      : `the same reviewer, source (${SOURCE_NAMES[input.source]}) and day (${utcDay(input.reviewedAt)})`
  return twin.id !== undefined
    ? `Already saved as review ${twin.id}: ${same}.`
    : `Same review as ${rowLabel(format, { row: twin.row!, outcome: 'added' }).toLowerCase()}: ${same}.`
}

const removeCreated = async (payload: Payload, ids: ID[]): Promise<ID[]> => {
  const left: ID[] = []
  for (const id of [...ids].reverse()) {
    try {
      await payload.delete({ collection: 'reviews', id, overrideAccess: true })
    } catch {
      left.push(id)
    }
  }
  return left
}

const fieldMessages = (error: unknown): FieldError[] =>
  error instanceof ValidationError
    ? (error.data?.errors ?? []).map(({ path, message }) => ({ field: path, message }))
    : []

/**
 * Imports a CSV export or Facebook's recommendations as Pending reviews. Every row is checked
 * with the collection's own rules before anything is written; invalid rows and duplicates (same
 * source and link, or same source, reviewer and UTC day, in the database or earlier in the file)
 * are reported, the rest are saved one by one. SQLite runs without transactions here, so if a
 * save fails the reviews this import already added are deleted again and nothing is imported.
 */
export const importReviews = async (
  payload: Payload,
  { content, filename, format, user }: ImportReviewsOptions,
): Promise<ImportReport> => {
  const file = readReviewFile({ content, filename, format })
  const defaultSource: ReviewSource = file.format === 'facebook' ? 'facebook' : 'other'
  const offices = file.rows.some((row) => row.raw.office !== undefined && row.raw.office !== '')
    ? await loadOffices(payload)
    : []

  const checked = file.rows.map((row) => {
    // A row with values in the wrong columns would only add confusing field messages.
    if (row.errors.length) return { row, errors: row.errors, data: undefined }
    const { data, errors } = normalizeReview(row.raw, { offices, defaultSource })
    return { row, errors, data }
  })

  const saved = await findSaved(
    payload,
    checked.flatMap(({ data }) => (data ? [data] : [])),
  )
  const inFileUrl = new Map<string, number>()
  const inFileNameDay = new Map<string, number>()
  const reports: ImportRowReport[] = []
  const toAdd: Array<{ data: ReviewInput; report: ImportRowReport }> = []

  for (const { row, errors, data } of checked) {
    const name = typeof row.raw.reviewerName === 'string' ? row.raw.reviewerName.trim() : undefined
    const base = { row: row.row, ...(row.line ? { line: row.line } : {}) }
    if (!data) {
      reports.push({
        ...base,
        outcome: 'invalid',
        ...(name ? { reviewerName: name.slice(0, 120) } : {}),
        reason: errors.map((error) => error.message).join(' '),
        errors,
      })
      continue
    }
    const keys = duplicateKeys(data)
    const twin: Twin | undefined =
      keys.url && saved.byUrl.has(keys.url)
        ? { id: saved.byUrl.get(keys.url), by: 'url' }
        : saved.byNameDay.has(keys.nameDay)
          ? { id: saved.byNameDay.get(keys.nameDay), by: 'nameDay' }
          : keys.url && inFileUrl.has(keys.url)
            ? { row: inFileUrl.get(keys.url), by: 'url' }
            : inFileNameDay.has(keys.nameDay)
              ? { row: inFileNameDay.get(keys.nameDay), by: 'nameDay' }
              : undefined
    if (twin) {
      reports.push({
        ...base,
        outcome: 'skipped',
        reviewerName: data.reviewerName,
        reason: twinReason(twin, file.format, data),
        duplicateOf: twin.id !== undefined ? { id: twin.id } : { row: twin.row },
      })
      continue
    }
    if (keys.url) inFileUrl.set(keys.url, row.row)
    inFileNameDay.set(keys.nameDay, row.row)
    const report: ImportRowReport = { ...base, outcome: 'added', reviewerName: data.reviewerName }
    reports.push(report)
    toAdd.push({ data, report })
  }

  const created: ID[] = []
  for (const { data, report } of toAdd) {
    try {
      const doc = await payload.create({
        collection: 'reviews',
        data: { ...data, status: 'pending' } as never,
        depth: 0,
        overrideAccess: !user,
        ...(user ? { user } : {}),
      })
      created.push(doc.id)
      report.id = doc.id
    } catch (error) {
      const left = await removeCreated(payload, created)
      const label = rowLabel(file.format, report)
      const fields = fieldMessages(error)
      if (!fields.length)
        payload.logger.error({ err: error, msg: `Review import: ${label} failed` })
      const undone = created.length
        ? left.length
          ? ` The reviews this import had already added could not all be removed: delete reviews ${left.join(', ')} by hand.`
          : ` The ${created.length === 1 ? 'review' : `${created.length} reviews`} it had already added ${created.length === 1 ? 'was' : 'were'} removed again, so nothing was imported.`
        : ' Nothing was imported.'
      throw new ReviewFileError(
        fields.length
          ? `${label} was refused: ${fields.map((field) => field.message).join(' ')}${undone}`
          : `${label} could not be saved, so the import stopped.${undone} Please try again.`,
        fields.length ? 400 : (error as { status?: number }).status === 403 ? 403 : 500,
      )
    }
  }

  const totals = {
    rows: reports.length,
    added: reports.filter((report) => report.outcome === 'added').length,
    skipped: reports.filter((report) => report.outcome === 'skipped').length,
    invalid: reports.filter((report) => report.outcome === 'invalid').length,
  }
  return {
    format: file.format,
    ...(filename ? { filename } : {}),
    totals,
    ignoredColumns: file.ignoredColumns,
    notes: file.notes,
    rows: reports,
  }
}
