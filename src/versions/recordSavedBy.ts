import type { CollectionBeforeChangeHook } from 'payload'

import { isScheduledPublish } from '@/publishStatus/scheduledRun'
import { savedByLabel } from '@/versions/savedBy'

/**
 * Stamps who made this save on every create and update (autosaves too), so the version it
 * creates records it. Field access already dropped whatever a client sent, so this is the one
 * writer; a save by code (the Local API with overrideAccess) is overwritten too.
 */
export const recordSavedBy: CollectionBeforeChangeHook = ({ data, req }) => ({
  ...data,
  savedBy: savedByLabel(req.user, { scheduled: isScheduledPublish() }),
})
