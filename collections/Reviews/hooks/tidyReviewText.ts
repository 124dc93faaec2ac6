import type { CollectionBeforeValidateHook } from 'payload'

import type { Review } from '@/payload-types'

// Stray spaces around a pasted name or review would count against the length limits and make the
// same reviewer look like two.
export const tidyReviewText: CollectionBeforeValidateHook<Review> = ({ data }) => {
  if (!data) return data
  if (typeof data.reviewerName === 'string') {
    data.reviewerName = data.reviewerName.replace(/\s+/g, ' ').trim()
  }
  if (typeof data.body === 'string') data.body = data.body.trim()
  if (typeof data.sourceUrl === 'string') data.sourceUrl = data.sourceUrl.trim() || null
  return data
}
