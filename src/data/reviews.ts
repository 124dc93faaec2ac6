import { cache } from 'react'

import type { Review } from '@/payload-types'

import { getPayloadClient } from './client'

// Access control (approvedOrStaff) keeps pending and rejected reviews out; no where needed.
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

/** Approved reviews for teasers: featured first, then the newest. */
export const getFeaturedReviews = cache(async (limit: number): Promise<Review[]> => {
  if (limit < 1) return []
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'reviews',
    sort: ['-featured', '-reviewedAt'],
    depth: 0,
    limit,
    pagination: false,
    overrideAccess: false,
    select: REVIEW_FIELDS,
  })
  return docs as Review[]
})

/** How many approved reviews there are. */
export const getReviewCount = cache(async (): Promise<number> => {
  const payload = await getPayloadClient()
  const { totalDocs } = await payload.count({ collection: 'reviews', overrideAccess: false })
  return totalDocs
})

export type ReviewsPage = { reviews: Review[]; page: number; totalPages: number; totalDocs: number }

/** One page of approved reviews, featured first, then the newest. */
export const getReviewsPage = cache(async (page: number, limit: number): Promise<ReviewsPage> => {
  const payload = await getPayloadClient()
  const result = await payload.find({
    collection: 'reviews',
    sort: ['-featured', '-reviewedAt'],
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
})
