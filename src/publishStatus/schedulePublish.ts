import { schedulePublishHandler } from '@payloadcms/ui/utilities/schedulePublishHandler'

import { SITE_TIME_ZONE } from '@/format/timeZone'

import { pastScheduleProblem } from './pastSchedule'
import { documentId, isStatusCollection, settlePublishStatus } from './settle'

/**
 * The admin's "schedule-publish" server function (the schedule drawer), registered in
 * src/app/(payload)/layout.tsx in place of Payload's own: it refuses a time in the past, then lets
 * Payload queue the job, then updates the document's stored status. Payload queues jobs straight
 * into the database (no collection hooks), so this is where a new schedule is seen.
 */
export const schedulePublishServerFunction: typeof schedulePublishHandler = async (args) => {
  const { date, deleteID, doc, req } = args
  if (!deleteID || date) {
    const problem = pastScheduleProblem(date, SITE_TIME_ZONE)
    if (problem) return { error: problem }
  }
  const result = await schedulePublishHandler(args)
  if (doc && isStatusCollection(doc.relationTo) && !(result as { error?: string })?.error) {
    await settlePublishStatus(req, doc.relationTo, documentId(doc.value))
  }
  return result
}
