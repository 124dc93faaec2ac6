import type { CollectionAfterOperationHook } from 'payload'

import { isStaffUser } from '@/access/roles'

/**
 * A submission stays "new" until a staff member opens it (the admin's edit view reads it by id):
 * the first such read records when. Lists, counts and exports do not count as
 * opening it.
 */
export const markReadOnOpen: CollectionAfterOperationHook<'form-submissions'> = async ({
  collection,
  operation,
  req,
  result,
}) => {
  if (operation !== 'findByID' || !result || !isStaffUser(req.user)) return result
  const doc = result as { id: number | string; readAt?: string | null }
  if (doc.readAt) return result
  const readAt = new Date().toISOString()
  try {
    await req.payload.update({
      collection: collection.slug as 'form-submissions',
      id: doc.id,
      data: { readAt },
      depth: 0,
      overrideAccess: true,
      req,
    })
  } catch (error) {
    // Opening a message must never fail because its "new" mark could not be cleared.
    req.payload.logger.error({ err: error, msg: `Could not mark submission ${doc.id} as read` })
    return result
  }
  return { ...result, readAt } as typeof result
}
