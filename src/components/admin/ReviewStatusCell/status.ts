import { REVIEW_STATUSES, type ReviewStatus } from '@/reviews/rules'

export const STATUS_LABELS: Record<ReviewStatus, string> = {
  pending: 'Pending',
  approved: 'Approved',
  rejected: 'Rejected',
}

/** The words for what a moderation button does, keyed by the status it sets. */
export const ACTIONS = {
  approved: { verb: 'Approve', past: 'Approved', done: 'approved', busy: 'Approving…' },
  rejected: { verb: 'Reject', past: 'Rejected', done: 'rejected', busy: 'Rejecting…' },
} as const

export type ModerationStatus = keyof typeof ACTIONS

export const isReviewStatus = (value: unknown): value is ReviewStatus =>
  REVIEW_STATUSES.includes(value as ReviewStatus)

/** Payload answers errors as `{ errors: [{ message }] }`; an empty answer still needs words. */
export const errorMessages = (body: unknown, httpStatus: number): string => {
  const errors = (body as { errors?: { message?: unknown }[] } | null)?.errors
  const messages = Array.isArray(errors)
    ? errors.map((error) => error?.message).filter((text) => typeof text === 'string' && text)
    : []
  return messages.length
    ? messages.join(' ')
    : `The server refused the change (HTTP ${httpStatus}).`
}

export const OFFLINE_MESSAGE =
  'The server could not be reached. Check the connection and try again.'
