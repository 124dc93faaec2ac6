import type { Where } from 'payload'

import type { Review } from '@/payload-types'
import { summarizeReviews, type ReviewSummary } from '@/reviews/summary'

import { cached } from '@/cache/cached'
import { getPayloadClient } from './client'
import { tags } from '@/cache/tags'

type ID = number | string

// Access control (approvedOrStaff, with overrideAccess false) keeps pending and rejected reviews
// out of every read here.
const REVIEW_FIELDS = {
  reviewerName: true,
  rating: true,
  recommends: true,
  body: true,
  reviewedAt: true,
  source: true,
  sourceUrl: true,
  featured: true,
} as const

const SORT = ['-featured', '-reviewedAt']

const reviewFilter = (minRating: number, office: ID | null): Where | undefined => {
  const and: Where[] = []
  if (office !== null) and.push({ office: { equals: office } })
  if (minRating > 1) {
    and.push({
      or: [
        { rating: { greater_than_equal: minRating } },
        { and: [{ rating: { exists: false } }, { recommends: { equals: true } }] },
      ],
    })
  }
  return and.length ? { and } : undefined
}

/** Average and counts of approved reviews (of one office), from one aggregate query. */
export const getReviewSummary = cached(
  'getReviewSummary',
  async (office: ID | null = null): Promise<ReviewSummary> => {
  const payload = await getPayloadClient()
  return summarizeReviews(payload, { office })
},
  () => [tags.reviews],
)

/** The reviews a widget shows: featured first, then the newest. */
export const getTopReviews = cached(
  'getTopReviews',
  
  async (limit: number, minRating = 0, office: ID | null = null): Promise<Review[]> => {
    if (limit < 1) return []
    const payload = await getPayloadClient()
    const { docs } = await payload.find({
      collection: 'reviews',
      where: reviewFilter(minRating, office),
      sort: SORT,
      depth: 0,
      limit,
      pagination: false,
      overrideAccess: false,
      select: REVIEW_FIELDS,
    })
    return docs as Review[]
  },
  () => [tags.reviews],
)

export type ReviewsPage = { reviews: Review[]; page: number; totalPages: number; totalDocs: number }

/** One page of approved reviews (of one office), featured first, then the newest. */
export const getReviewsPage = cached(
  'getReviewsPage',
  
  async (page: number, limit: number, office: ID | null = null): Promise<ReviewsPage> => {
    const payload = await getPayloadClient()
    const result = await payload.find({
      collection: 'reviews',
      where: reviewFilter(0, office),
      sort: SORT,
      depth: 0,
      page,
      limit,
      overrideAccess: false,
      select: REVIEW_FIELDS,
    })
    return {
      reviews: result.docs as Review[],
      page,
      totalPages: result.totalPages,
      totalDocs: result.totalDocs,
    }
  },
  () => [tags.reviews],
)
