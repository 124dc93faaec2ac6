import { APIError, type CollectionBeforeDeleteHook } from 'payload'

import { ACTIVE_STATUSES, type ImportStatus, WORDPRESS_IMPORTS } from '@/wordpress/import/status'

/** The running job reads the stored file and writes its progress to the document. */
export const refuseDeleteWhileActive: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const doc = await req.payload.findByID({
    collection: WORDPRESS_IMPORTS,
    id,
    depth: 0,
    overrideAccess: true,
    req,
  })
  if (ACTIVE_STATUSES.includes(doc.status as ImportStatus))
    throw new APIError('This import is running. Delete it once it has finished.', 409, null, true)
}
