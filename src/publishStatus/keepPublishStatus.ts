import type { CollectionAfterChangeHook } from 'payload'

import { isStatusCollection, settlePublishStatus } from '@/publishStatus/settle'

/**
 * After every save (draft, autosave, publish, unpublish, restore, scheduled run) the stored status
 * is brought up to date. A failure is logged and never fails the editor's save.
 */
export const keepPublishStatus: CollectionAfterChangeHook = async ({ collection, doc, req }) => {
  if (!isStatusCollection(collection.slug)) return doc
  try {
    const settled = await settlePublishStatus(req, collection.slug, doc.id)
    return settled ? { ...doc, ...settled } : doc
  } catch (error) {
    req.payload.logger.error({ err: error, msg: `Could not update the status of ${doc.id}` })
    return doc
  }
}
