import { randomBytes } from 'node:crypto'

import { and, count, eq, getTableColumns, max } from '@payloadcms/db-sqlite/drizzle'
import type { Payload } from 'payload'

import { BenchError } from '../lib/errors.mjs'

/**
 * Bulk writes straight into Payload's SQLite tables, for the tens of thousands of rows the
 * Local API would take minutes to create. Every row starts as a copy of a row the Local API
 * itself wrote for a document of the same shape (the "template"), and only the values that
 * differ are replaced, so hooks' defaults, computed columns and columns added later by other
 * fields stay exactly as Payload stores them.
 */

export type Row = Record<string, unknown>
// Drizzle's table and query types depend on the generated schema; these helpers only need
// the shape of a row, so they stay loose.
type Table = any
type Drizzle = any

export type SqliteDb = { drizzle: Drizzle; tables: Record<string, Table> }

export const sqliteDb = (payload: Payload): SqliteDb => {
  const db = payload.db as unknown as Partial<SqliteDb> & { name?: string }
  if (!db.drizzle || !db.tables)
    throw new BenchError(
      `The benchmark writes its bulk content through the SQLite adapter; this database is ${db.name ?? 'not SQLite'}.`,
    )
  return db as SqliteDb
}

const table = (db: SqliteDb, name: string): Table => {
  const found = db.tables[name]
  if (!found) throw new BenchError(`Payload has no table "${name}"; the schema changed.`)
  return found
}

export const columnsOf = (db: SqliteDb, name: string): string[] =>
  Object.keys(getTableColumns(table(db, name)))

/** Rows in every table Payload knows, to see which tables one Local API call writes to. */
export const tableCounts = async (db: SqliteDb): Promise<Record<string, number>> => {
  const counts: Record<string, number> = {}
  for (const name of Object.keys(db.tables)) {
    const [row] = await db.drizzle.select({ n: count() }).from(db.tables[name])
    counts[name] = Number(row.n)
  }
  return counts
}

export const grownTables = (before: Record<string, number>, after: Record<string, number>) =>
  Object.keys(after).filter((name) => after[name] > (before[name] ?? 0))

export const nextId = async (db: SqliteDb, name: string): Promise<number> => {
  const target = table(db, name)
  const [row] = await db.drizzle.select({ top: max(target.id) }).from(target)
  return Number(row.top ?? 0) + 1
}

export const selectRows = async (
  db: SqliteDb,
  name: string,
  where: Record<string, unknown>,
): Promise<Row[]> => {
  const target = table(db, name)
  const conditions = Object.entries(where).map(([key, value]) => eq(target[key], value))
  return db.drizzle
    .select()
    .from(target)
    .where(conditions.length === 1 ? conditions[0] : and(...conditions))
}

export const selectOne = async (db: SqliteDb, name: string, where: Record<string, unknown>) => {
  const rows = await selectRows(db, name, where)
  if (rows.length !== 1)
    throw new BenchError(
      `Expected one ${name} row for ${JSON.stringify(where)}, found ${rows.length}.`,
    )
  return rows[0]
}

// SQLite allows 32,766 bound values per statement; stay well below.
const MAX_VALUES = 30_000

/** INSERTs rows in as few statements as SQLite's bound-value limit allows. */
export const insertRows = async (tx: Drizzle, db: SqliteDb, name: string, rows: Row[]) => {
  if (!rows.length) return
  const target = table(db, name)
  const perRow = Object.keys(rows[0]).length || 1
  const size = Math.max(1, Math.floor(MAX_VALUES / perRow))
  for (let start = 0; start < rows.length; start += size) {
    await tx.insert(target).values(rows.slice(start, start + size))
  }
}

/** The template with `values` put in; a key the template lacks means the schema moved on. */
export const fromTemplate = (template: Row, values: Row, what: string): Row => {
  for (const key of Object.keys(values)) {
    if (!(key in template))
      throw new BenchError(`${what} has no column "${key}"; bench/content/bulk.ts is out of date.`)
  }
  return { ...template, ...values }
}

/** Payload names array rows with a 24-digit hex id (a Mongo ObjectId, even on SQLite). */
export const arrayRowId = (): string => randomBytes(12).toString('hex')

/** A `_rels` row: every column empty but the ones that say which document points where. */
export const relRow = (columns: string[], values: Row): Row => {
  const row: Row = Object.fromEntries(
    columns.filter((key) => key !== 'id').map((key) => [key, null]),
  )
  for (const key of Object.keys(values)) {
    if (!(key in row)) throw new BenchError(`The _rels table has no column "${key}".`)
  }
  return { ...row, ...values }
}

/** The version row of a published document, mirroring its main row (version_<column>). */
export const versionRow = (template: Row, main: Row, values: Row): Row => {
  const mirrored: Row = {}
  for (const [key, value] of Object.entries(main)) {
    if (key === 'id') continue
    mirrored[`version_${key}`] = value
  }
  return fromTemplate(template, { ...mirrored, ...values }, 'The versions table')
}

/** Runs `work` in one transaction, so a failed batch leaves nothing half-written. */
export const inTransaction = <T>(db: SqliteDb, work: (tx: Drizzle) => Promise<T>): Promise<T> =>
  db.drizzle.transaction(work)
