import type { FlattenedField, SanitizedConfig } from 'payload'
import { validOperatorSet } from 'payload/shared'
import * as qs from 'qs-esm'

// Payload hands `limit`, `page` and `where` from the query string to the database nearly as sent:
// an operator object as `limit`, a 20-digit page, an operator inside an operator, `where` as
// text, a date that is not a date or thousands of `or` branches end in a database error (500).
// The API routes are wrapped (withQueryGuard) so such queries get a 400 that names the problem.

/** The most conditions one query may combine: far above any screen of the site or the admin. */
export const MAX_CONDITIONS = 100
const MAX_PAGE = 1_000_000
const MAX_LIMIT = 10_000
const MAX_DEPTH = 10

// Map-position operators: no collection of this site has a point field.
const GEO_OPERATORS = new Set(['near', 'within', 'intersects'])
const DATE_FIELD_NAMES = new Set(['createdAt', 'updatedAt'])
const FIELD_PATH = /^\w+(?:\.\w+)*$/

type Value = unknown
type FieldTypeAt = (path: string) => string | undefined

const isPlainObject = (value: Value): value is Record<string, Value> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const wholeNumber = (name: string, value: Value, min: number, max: number): string | undefined => {
  const text = typeof value === 'number' ? String(value) : value
  if (typeof text !== 'string' || !/^\d{1,7}$/.test(text) || +text < min || +text > max)
    return `\`${name}\` must be a whole number from ${min} to ${max.toLocaleString('en-US')}.`
}

const isScalar = (value: Value) =>
  value === null || ['string', 'number', 'boolean'].includes(typeof value)

/** A plain value, or a document of a field that can point at several collections. */
const isOperand = (value: Value) =>
  isScalar(value) ||
  (isPlainObject(value) &&
    Object.keys(value).every((key) => key === 'relationTo' || key === 'value') &&
    Object.values(value).every(isScalar))

/** Operators whose text operand Payload splits on commas. */
const LIST_OPERATORS = new Set(['in', 'not_in', 'all'])

/** `and`/`or` arrive as arrays, or as objects with numeric keys past qs's array limit. */
const branches = (value: Value): Value[] | undefined => {
  if (Array.isArray(value)) return value
  if (isPlainObject(value) && Object.keys(value).every((key) => /^\d+$/.test(key)))
    return Object.values(value)
}

const checkCondition = (
  path: string,
  condition: Value,
  fieldTypeAt: FieldTypeAt,
): string | undefined => {
  if (!FIELD_PATH.test(path)) return `\`${path}\` is not a field name.`
  if (!isPlainObject(condition))
    return `Write a condition as where[${path}][operator]=value, e.g. where[${path}][equals]=…`
  for (const [operator, operand] of Object.entries(condition)) {
    if (!validOperatorSet.has(operator as never) || GEO_OPERATORS.has(operator))
      return `\`${operator}\` is not an operator this site understands (on \`${path}\`).`
    const values =
      LIST_OPERATORS.has(operator) && typeof operand === 'string'
        ? operand.split(',')
        : Array.isArray(operand)
          ? operand
          : [operand]
    if (!values.every(isOperand))
      return `The value of where[${path}][${operator}] must be plain text or a number.`
    const last = path.split('.').pop()!
    const isDate = fieldTypeAt(path) === 'date' || DATE_FIELD_NAMES.has(last)
    if (isDate && operator !== 'exists') {
      const invalid = values
        .filter(isScalar)
        .find((value) => value !== null && value !== '' && Number.isNaN(Date.parse(String(value))))
      if (invalid !== undefined)
        return `\`${String(invalid).slice(0, 40)}\` is not a date (where[${path}]); use e.g. 2026-01-31.`
    }
  }
}

const checkWhere = (where: Value, fieldTypeAt: FieldTypeAt): string | undefined => {
  let conditions = 0
  const walk = (node: Value): string | undefined => {
    if (!isPlainObject(node)) return 'Write `where` as where[field][operator]=value.'
    for (const [key, value] of Object.entries(node)) {
      if (key === 'and' || key === 'or') {
        const list = branches(value)
        if (!list) return `\`where[${key}]\` must be a list of conditions.`
        for (const branch of list) {
          const problem = walk(branch)
          if (problem) return problem
        }
        continue
      }
      conditions += 1
      if (conditions > MAX_CONDITIONS)
        return `A query may combine at most ${MAX_CONDITIONS} conditions.`
      const problem = checkCondition(key, value, fieldTypeAt)
      if (problem) return problem
    }
  }
  return walk(where)
}

/**
 * What is wrong with the query string of an API request, or undefined. `fieldTypeAt` gives the
 * type of a field path of the collection asked for (to check dates).
 */
export const checkQuery = (
  search: string,
  fieldTypeAt: FieldTypeAt = () => undefined,
): string | undefined => {
  if (!search || search === '?') return
  const query = qs.parse(search, {
    allowEmptyArrays: true,
    arrayLimit: 1000,
    depth: 10,
    ignoreQueryPrefix: true,
  }) as Record<string, Value>
  if ('limit' in query) {
    const problem = wholeNumber('limit', query.limit, 0, MAX_LIMIT)
    if (problem) return problem
  }
  if ('page' in query) {
    const problem = wholeNumber('page', query.page, 1, MAX_PAGE)
    if (problem) return problem
  }
  if ('depth' in query) {
    const problem = wholeNumber('depth', query.depth, 0, MAX_DEPTH)
    if (problem) return problem
  }
  if ('where' in query) {
    let where = query.where
    if (typeof where === 'string') {
      // Payload also takes `where` as JSON text.
      try {
        where = JSON.parse(where)
      } catch {
        return 'Write `where` as where[field][operator]=value, or as a JSON object.'
      }
    }
    return checkWhere(where, fieldTypeAt)
  }
}

const fieldType = (fields: FlattenedField[], path: string[]): string | undefined => {
  const [name, ...rest] = path
  const field = fields.find((candidate) => candidate.name === name)
  if (!field || !rest.length) return field?.type
  if ('flattenedFields' in field) return fieldType(field.flattenedFields, rest)
}

/**
 * A POST that Payload answers as a GET with the query in its body (the admin's relationship
 * fields send long queries this way; see payload's handleEndpoints).
 */
const isQueryInBody = ({ method, headers }: Request): boolean =>
  method === 'POST' &&
  (headers.get('x-payload-http-method-override') === 'GET' ||
    headers.get('x-http-method-override') === 'GET') &&
  headers.get('content-type') === 'application/x-www-form-urlencoded'

type RouteHandler<C> = (request: Request, context: C) => Promise<Response> | Response

/** Answers 400, naming the problem, before Payload reads a query it would fail on. */
export const withQueryGuard =
  <C>(config: Promise<SanitizedConfig>, handler: RouteHandler<C>): RouteHandler<C> =>
  async (request, context) => {
    const url = new URL(request.url)
    const search = isQueryInBody(request) ? `?${await request.clone().text()}` : url.search
    if (search) {
      const [slug] = url.pathname.replace(/^\/api\//, '').split('/')
      const collection = (await config).collections.find((candidate) => candidate.slug === slug)
      const problem = checkQuery(search, (path) =>
        collection ? fieldType(collection.flattenedFields, path.split('.')) : undefined,
      )
      if (problem) return Response.json({ errors: [{ message: problem }] }, { status: 400 })
    }
    return handler(request, context)
  }
