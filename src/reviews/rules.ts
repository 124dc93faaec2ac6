import { checkRating, type Check } from '@/validation'

// One set of rules for reviews typed in the admin, sent through the API and imported from files.

export const REVIEW_SOURCES = ['facebook', 'google', 'website', 'other'] as const
export type ReviewSource = (typeof REVIEW_SOURCES)[number]

export const REVIEW_STATUSES = ['pending', 'approved', 'rejected'] as const
export type ReviewStatus = (typeof REVIEW_STATUSES)[number]

export const REVIEWER_NAME_MAX = 120
export const REVIEW_BODY_MAX = 5000

const isBlank = (value: unknown): boolean =>
  value === undefined || value === null || (typeof value === 'string' && value.trim() === '')

export const checkReviewerName = (value: unknown): Check => {
  if (isBlank(value)) return "Enter the reviewer's name as they signed the review."
  if (typeof value !== 'string') return "Enter the reviewer's name as text."
  if (value.trim().length > REVIEWER_NAME_MAX) {
    return `The reviewer's name is ${value.trim().length} characters long; the limit is ${REVIEWER_NAME_MAX}.`
  }
  return true
}

export const checkReviewBody = (value: unknown): Check => {
  if (isBlank(value)) return 'The review has no text. Enter what the reviewer wrote.'
  if (typeof value !== 'string') return 'Enter the review text as text.'
  if (value.trim().length > REVIEW_BODY_MAX) {
    return `The review is ${value.trim().length.toLocaleString('en-US')} characters long; the limit is ${REVIEW_BODY_MAX.toLocaleString('en-US')}.`
  }
  return true
}

/** A review needs stars (a whole number 1–5), a recommendation (yes or no), or both. */
export const checkRatingOrRecommendation = (rating: unknown, recommends: unknown): Check => {
  const checked = checkRating(rating)
  if (checked !== true) return checked
  if (isBlank(rating) && (recommends === null || recommends === undefined)) {
    return 'Give a star rating from 1 to 5 or say whether the reviewer recommends the clinic.'
  }
  return true
}

export const checkReviewDate = (value: unknown): Check => {
  if (isBlank(value)) return 'Enter the date of the review.'
  const date = value instanceof Date ? value : new Date(String(value))
  if (Number.isNaN(date.getTime())) return 'Enter the date of the review as YYYY-MM-DD.'
  // A day of slack for time zones: a review written "today" elsewhere may be tomorrow in UTC.
  if (date.getTime() > Date.now() + 24 * 60 * 60 * 1000) return 'The review date is in the future.'
  if (date.getUTCFullYear() < 1990) return 'The review date is before 1990; check the year.'
  return true
}
