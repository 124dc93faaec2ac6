import { type ParsedFile, type ParsedRow, ReviewFileError } from './types'

/**
 * Facebook's exports write UTF-8 text as if each byte were a Latin-1 character: "café" arrives
 * as "cafÃ©" (\u00c3\u00a9 in the JSON). Such a string holds only characters up to U+00FF;
 * reading them back as bytes gives valid UTF-8. Text that is not mojibake (plain Latin-1
 * accents, curly quotes, emoji) is left as it is.
 */
export const fixMojibake = (value: string): string => {
  if (!/[\u0080-\u00ff]/.test(value) || /[^\u0000-\u00ff]/.test(value)) return value
  const bytes = Uint8Array.from(value, (char) => char.charCodeAt(0))
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes)
  } catch {
    return value
  }
}

const describe = (value: unknown): string =>
  value === null
    ? 'null'
    : value === undefined
      ? 'nothing'
      : Array.isArray(value)
        ? 'a list'
        : typeof value === 'object'
          ? 'an object'
          : typeof value === 'boolean'
            ? String(value)
            : `a ${typeof value}`

const lineAndColumn = (text: string, position: number) => {
  const before = text.slice(0, position).split('\n')
  return `line ${before.length}, column ${before[before.length - 1].length + 1}`
}

const readJson = (text: string): unknown => {
  try {
    return JSON.parse(text)
  } catch (error) {
    const message = (error as Error).message
    const position = /position (\d+)/.exec(message)
    const where =
      position && !/line \d+/.test(message) ? ` (${lineAndColumn(text, Number(position[1]))})` : ''
    throw new ReviewFileError(`The file is not valid JSON: ${message}${where}.`)
  }
}

type FacebookItem = {
  reviewer?: unknown
  reviewer_name?: unknown
  name?: unknown
  recommendation_type?: unknown
  rating?: unknown
  review_text?: unknown
  created_time?: unknown
  url?: unknown
  permalink_url?: unknown
}

const repair = (value: unknown, repaired: { changed: boolean }): unknown => {
  if (typeof value !== 'string') return value
  const fixed = fixMojibake(value)
  if (fixed !== value) repaired.changed = true
  return fixed
}

/**
 * Facebook's recommendations: the Graph API's `{ "data": [ … ] }` or a plain list of items with
 * `reviewer.name` (or `reviewer_name`/`name`), `recommendation_type`, optional `rating`,
 * `review_text`, `created_time` and optional `url`/`permalink_url`. Nothing is fetched.
 */
export const parseFacebookJson = (text: string): ParsedFile => {
  const json = readJson(text)
  const items = Array.isArray(json)
    ? json
    : json && typeof json === 'object'
      ? (json as { data?: unknown }).data
      : json
  if (!Array.isArray(items)) {
    throw new ReviewFileError(
      `Expected Facebook's recommendations: a list [ … ] or an object with a "data" list, but the file holds ${
        json && typeof json === 'object' && !Array.isArray(json)
          ? `an object ${'data' in json ? `whose "data" is ${describe(items)}` : 'without "data"'}`
          : describe(json)
      }.`,
    )
  }
  if (!items.length) throw new ReviewFileError('The file contains no reviews.')
  const notObject = items.findIndex(
    (item) => !item || typeof item !== 'object' || Array.isArray(item),
  )
  if (notObject >= 0) {
    throw new ReviewFileError(
      `Item ${notObject + 1} is ${describe(items[notObject])}, not a review. Each item must be an object with reviewer, created_time and review_text.`,
    )
  }

  let repairedItems = 0
  const rows: ParsedRow[] = (items as FacebookItem[]).map((item, index) => {
    const reviewer = item.reviewer
    const repaired = { changed: false }
    const row: ParsedRow = {
      row: index + 1,
      raw: {
        reviewerName: repair(
          (reviewer && typeof reviewer === 'object'
            ? (reviewer as { name?: unknown }).name
            : reviewer) ??
            item.reviewer_name ??
            item.name,
          repaired,
        ),
        rating: item.rating,
        recommends: item.recommendation_type,
        body: repair(item.review_text, repaired),
        reviewedAt: item.created_time,
        source: 'facebook',
        sourceUrl: item.url ?? item.permalink_url,
      },
      errors: [],
    }
    if (repaired.changed) repairedItems += 1
    return row
  })

  return {
    format: 'facebook',
    rows,
    ignoredColumns: [],
    notes: repairedItems
      ? [
          `Repaired Facebook's garbled accents (such as "Ã©" for "é") in ${repairedItems} ${repairedItems === 1 ? 'item' : 'items'}.`,
        ]
      : [],
  }
}
