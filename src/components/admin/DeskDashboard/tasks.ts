import type { Where } from 'payload'

import { whereSearchParams } from '../ReviewModeration/where'

/**
 * What the dashboard counts, each with the list filter that shows exactly those documents.
 * Filters use the list's own "any of (all of …)" shape, so Payload's filter panel shows them.
 */

export type DeskTask = {
  key: string
  label: string
  /** What the count means, for screen readers and the tooltip. */
  description: string
  collection: 'reviews' | 'form-submissions' | 'articles' | 'pages'
  where: Where
}

export const DESK_TASKS: DeskTask[] = [
  {
    key: 'pendingReviews',
    label: 'Reviews to moderate',
    description: 'Reviews waiting for approval before they appear on the site.',
    collection: 'reviews',
    where: { status: { equals: 'pending' } },
  },
  {
    key: 'newSubmissions',
    label: 'New form submissions',
    description: 'Messages from visitors that nobody has opened yet.',
    collection: 'form-submissions',
    where: { readAt: { exists: false } },
  },
  {
    key: 'failedEmails',
    label: 'Emails that failed',
    description: 'Submissions whose email to staff could not be sent. Open one to send it again.',
    collection: 'form-submissions',
    where: { emailStatus: { equals: 'failed' } },
  },
  {
    key: 'draftArticles',
    label: 'Draft articles',
    description: 'Articles that have never been published or were unpublished.',
    collection: 'articles',
    where: { _status: { equals: 'draft' } },
  },
  {
    key: 'draftPages',
    label: 'Draft pages',
    description: 'Pages that have never been published or were unpublished.',
    collection: 'pages',
    where: { _status: { equals: 'draft' } },
  },
]

/** The list address for a filter, as Payload's list view reads it. */
export const listHref = (adminRoute: string, collection: string, where: Where | null): string => {
  const base = `${adminRoute.replace(/\/$/, '')}/collections/${collection}`
  if (!where) return base
  const query = new URLSearchParams(whereSearchParams({ or: [{ and: [where] }] }))
  return `${base}?${query.toString()}`
}

type JobInput = { type?: string; doc?: { relationTo?: string; value?: unknown } } | null

/** The distinct articles that pending "publish" jobs will publish. */
export const scheduledArticleIds = (jobs: Array<{ input?: unknown }>): string[] => [
  ...new Set(
    jobs
      .map(({ input }) => input as JobInput)
      .filter(
        (input) =>
          input?.doc?.relationTo === 'articles' &&
          (input.type === 'publish' || !input.type) &&
          input.doc.value !== undefined &&
          input.doc.value !== null,
      )
      .map((input) => String(input!.doc!.value)),
  ),
]
