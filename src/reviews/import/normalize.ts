import {
  checkRatingOrRecommendation,
  checkReviewBody,
  checkReviewDate,
  checkReviewerName,
  REVIEW_SOURCES,
  type ReviewSource,
} from '@/reviews/rules'
import { checkHttpUrl, checkRating, toSlug } from '@/validation'

import type { FieldError, ID, RawReview } from './types'

/** A row that passed every check: exactly what is saved (with status `pending`). */
export type ReviewInput = {
  reviewerName: string
  rating?: number
  recommends?: boolean
  body: string
  reviewedAt: string
  source: ReviewSource
  sourceUrl?: string
  office?: ID
}

export type OfficeRef = { id: ID; name?: string | null; slug?: string | null }

// The collection's sourceUrl field allows 2,000 characters.
const SOURCE_URL_MAX = 2000

const isBlank = (value: unknown): boolean =>
  value === undefined || value === null || (typeof value === 'string' && value.trim() === '')

const RECOMMENDS: Record<string, boolean> = {
  positive: true,
  yes: true,
  y: true,
  true: true,
  '1': true,
  negative: false,
  no: false,
  n: false,
  false: false,
  '0': false,
}

/** positive/negative (Facebook), yes/no, true/false, 1/0; undefined when blank. */
export const parseRecommends = (value: unknown): { value?: boolean; error?: string } => {
  if (isBlank(value)) return {}
  if (typeof value === 'boolean') return { value }
  const key = String(value).trim().toLowerCase()
  if (Object.hasOwn(RECOMMENDS, key)) return { value: RECOMMENDS[key] }
  return {
    error: `"${String(value).trim().slice(0, 40)}" is not a recommendation: write positive or negative (or yes/no).`,
  }
}

/** Numbers stay numbers, numeric text becomes one; anything else is left for checkRating to refuse. */
export const parseRating = (value: unknown): unknown => {
  if (isBlank(value)) return undefined
  if (typeof value === 'string' && /^[+-]?\d+(\.\d+)?$/.test(value.trim())) return Number(value)
  return value
}

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/
const TIMESTAMP =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}(?::?\d{2})?)?$/i

const DATE_EXAMPLE = 'Write the date as YYYY-MM-DD, e.g. 2024-05-02, or as a full ISO timestamp.'

const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate()

// +0000 and +00 become +00:00, which every JavaScript engine reads; no zone means UTC.
const isoZone = (zone: string | undefined): string => {
  if (!zone || zone.toUpperCase() === 'Z') return 'Z'
  if (zone.length === 3) return `${zone}:00`
  if (zone.length === 5) return `${zone.slice(0, 3)}:${zone.slice(3)}`
  return zone
}

/**
 * An ISO date (2024-05-02) or timestamp (Facebook writes 2019-05-02T14:03:11+0000) as an ISO
 * string in UTC. Slash dates are refused: 05/02/2024 is May in one country and February in
 * another. A number is a Unix time in seconds, as in Facebook's "Download your information" files.
 */
export const parseReviewDate = (value: unknown): { value?: string; error?: string } => {
  if (isBlank(value)) return {}
  if (typeof value === 'number') {
    const date = new Date(value > 1e11 ? value : value * 1000)
    return Number.isNaN(date.getTime())
      ? { error: `${value} is not a date we can read. ${DATE_EXAMPLE}` }
      : { value: date.toISOString() }
  }
  const text = String(value).trim()
  const dateOnly = DATE_ONLY.exec(text)
  const match = dateOnly ?? TIMESTAMP.exec(text)
  if (!match) return { error: `"${text.slice(0, 40)}" is not a date we can read. ${DATE_EXAMPLE}` }
  const [, year, month, day] = match.map(Number)
  // JavaScript would roll 2024-02-30 over to March 1st.
  const real = month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)
  const zone = match[7]
  // A day alone is stored at noon UTC, as the admin's day picker stores it, so it shows as the
  // same day wherever the editor is.
  const date = new Date(
    dateOnly
      ? `${text}T12:00:00Z`
      : text.slice(0, text.length - (zone?.length ?? 0)).replace(' ', 'T') + isoZone(zone),
  )
  if (!real || Number.isNaN(date.getTime())) {
    return { error: `${text} is not a real date. ${DATE_EXAMPLE}` }
  }
  return { value: date.toISOString() }
}

const SOURCE_NAMES: Record<string, ReviewSource> = {
  ...Object.fromEntries(REVIEW_SOURCES.map((source) => [source, source])),
  'our website': 'website',
}

/** "Facebook" and "facebook" alike; blank means the file's default. */
export const parseSource = (
  value: unknown,
  fallback: ReviewSource,
): { value?: ReviewSource; error?: string } => {
  if (isBlank(value)) return { value: fallback }
  const key = String(value).trim().toLowerCase()
  if (Object.hasOwn(SOURCE_NAMES, key)) return { value: SOURCE_NAMES[key] }
  return {
    error: `Unknown source "${String(value).trim().slice(0, 40)}": use one of ${REVIEW_SOURCES.join(', ')}.`,
  }
}

const foldName = (value: string) =>
  value.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase()

/** An office by slug or name, in any case ("oak-park", "Oak Park Office"). */
export const findOffice = (value: unknown, offices: OfficeRef[]): OfficeRef | undefined => {
  const wanted = foldName(String(value))
  const slug = toSlug(String(value))
  return (
    offices.find((office) => office.slug && office.slug === wanted) ??
    offices.find((office) => office.name && foldName(office.name) === wanted) ??
    offices.find((office) => office.slug && office.slug === slug)
  )
}

// Whitespace is tidied the way the collection's tidyReviewText hook does it, so the checks and
// the duplicate keys see what will be saved.
const tidyName = (value: unknown) =>
  typeof value === 'string' ? value.replace(/\s+/g, ' ').trim() : value
const tidyText = (value: unknown) => (typeof value === 'string' ? value.trim() : value)

/**
 * Checks one row with the collection's own rules and turns it into review data. Every problem is
 * reported, not only the first, so an editor can fix a row in one go.
 */
export const normalizeReview = (
  raw: RawReview,
  { offices = [], defaultSource }: { offices?: OfficeRef[]; defaultSource: ReviewSource },
): { data?: ReviewInput; errors: FieldError[] } => {
  const errors: FieldError[] = []
  const fail = (field: string, check: true | string | undefined) => {
    if (typeof check === 'string') errors.push({ field, message: check })
  }

  const reviewerName = tidyName(raw.reviewerName)
  fail('reviewerName', checkReviewerName(reviewerName))

  const rating = parseRating(raw.rating)
  const recommends = parseRecommends(raw.recommends)
  if (recommends.error) {
    fail('rating', checkRating(rating))
    fail('recommends', recommends.error)
  } else {
    fail('rating', checkRatingOrRecommendation(rating, recommends.value))
  }

  const body = tidyText(raw.body)
  fail('body', checkReviewBody(body))

  const date = parseReviewDate(raw.reviewedAt)
  fail('reviewedAt', date.error ?? checkReviewDate(date.value))

  const source = parseSource(raw.source, defaultSource)
  fail('source', source.error)

  const sourceUrl = isBlank(raw.sourceUrl) ? undefined : tidyText(raw.sourceUrl)
  fail(
    'sourceUrl',
    typeof sourceUrl === 'string' && sourceUrl.length > SOURCE_URL_MAX
      ? `The link is ${sourceUrl.length.toLocaleString('en-US')} characters long; the limit is ${SOURCE_URL_MAX.toLocaleString('en-US')}.`
      : checkHttpUrl(sourceUrl),
  )

  let office: OfficeRef | undefined
  if (!isBlank(raw.office)) {
    office = findOffice(raw.office, offices)
    if (!office) {
      const known = offices.map((each) => each.slug || each.name).filter(Boolean)
      fail(
        'office',
        `There is no office "${String(raw.office).trim().slice(0, 60)}". ${
          known.length
            ? `Use the slug or name of one of: ${known.join(', ')}.`
            : 'No offices have been added yet.'
        }`,
      )
    }
  }

  if (errors.length) return { errors }
  return {
    errors,
    data: {
      reviewerName: reviewerName as string,
      ...(rating === undefined ? {} : { rating: rating as number }),
      ...(recommends.value === undefined ? {} : { recommends: recommends.value }),
      body: body as string,
      reviewedAt: date.value as string,
      source: source.value as ReviewSource,
      ...(sourceUrl ? { sourceUrl: sourceUrl as string } : {}),
      ...(office ? { office: office.id } : {}),
    },
  }
}

/** The keys two copies of one review share: its link, and its reviewer on one UTC day. */
export const duplicateKeys = (
  review: Pick<ReviewInput, 'source' | 'reviewerName' | 'reviewedAt'> & {
    sourceUrl?: string | null
  },
): { url?: string; nameDay: string } => ({
  url: review.sourceUrl ? `${review.source}\n${review.sourceUrl.trim()}` : undefined,
  nameDay: `${review.source}\n${foldName(review.reviewerName)}\n${utcDay(review.reviewedAt)}`,
})

export const utcDay = (iso: string): string => new Date(iso).toISOString().slice(0, 10)
