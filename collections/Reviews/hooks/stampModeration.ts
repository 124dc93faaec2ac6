import type { CollectionBeforeChangeHook } from 'payload'

import type { Review } from '@/payload-types'

/** Records who approved or rejected a review, and when, whenever its status changes. */
export const stampModeration: CollectionBeforeChangeHook<Review> = ({
  data,
  originalDoc,
  operation,
  req,
}) => {
  const changed =
    operation === 'create'
      ? data.status && data.status !== 'pending'
      : data.status !== undefined && data.status !== originalDoc?.status
  if (changed && req.user && req.user.collection === 'users') {
    data.moderatedBy = req.user.id
    data.moderatedAt = new Date().toISOString()
  }
  return data
}
