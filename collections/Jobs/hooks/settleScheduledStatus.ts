import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { settlePublishStatus } from '@/publishStatus/settle'

import { scheduledDocument } from './scheduledDocument'

const settle = async (
  job: Parameters<typeof scheduledDocument>[0],
  req: Parameters<CollectionAfterDeleteHook>[0]['req'],
) => {
  const target = scheduledDocument(job)
  if (!target) return
  try {
    await settlePublishStatus(req, target.collection, target.id)
  } catch (error) {
    req.payload.logger.error({
      err: error,
      msg: `Could not update the status of ${target.collection} ${target.id}`,
    })
  }
}

/** Scheduling, running, failing or cancelling a publish changes the document's status. */
export const settleStatusAfterJobChange: CollectionAfterChangeHook = async ({ doc, req }) => {
  await settle(doc, req)
  return doc
}

export const settleStatusAfterJobDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
  await settle(doc, req)
  return doc
}
