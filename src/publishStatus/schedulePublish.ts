import { schedulePublishHandler } from '@payloadcms/ui/utilities/schedulePublishHandler'
import { canAccessAdmin, type PayloadRequest } from 'payload'

import { SITE_TIME_ZONE } from '@/display/timeZone'

import { pastScheduleProblem } from './pastSchedule'
import { documentId, isStatusCollection, settlePublishStatus } from './settle'

/** The article or page a queued scheduled-publish job is for. */
const scheduledDocument = async (req: PayloadRequest, jobId: number | string) => {
  const job = await req.payload.db.findOne<{ id: number | string; input?: unknown }>({
    collection: 'payload-jobs',
    req,
    where: { and: [{ id: { equals: jobId } }, { taskSlug: { equals: 'schedulePublish' } }] },
  })
  return (job?.input as { doc?: { relationTo: 'articles'; value: string } } | undefined)?.doc
}

/**
 * The admin's "schedule-publish" server function (the schedule drawer), registered in
 * src/app/(payload)/layout.tsx in place of Payload's own. Payload queues and runs jobs straight
 * in the database, without the jobs collection's hooks (`jobs.runHooks` would add them, but in
 * 3.90 it makes a failed job's log update invalid), so this is where a schedule is made or
 * cancelled: it refuses a time in the past, lets Payload queue the job, and updates the
 * document's stored status.
 */
export const schedulePublishServerFunction: typeof schedulePublishHandler = async (args) => {
  const { date, deleteID, req } = args
  let doc = args.doc
  if (deleteID && !date) {
    // Cancelling. Payload's handler would also queue an empty job after the delete.
    await canAccessAdmin({ req })
    doc = await scheduledDocument(req, deleteID)
    await req.payload.delete({
      collection: 'payload-jobs',
      req,
      where: { and: [{ id: { equals: deleteID } }, { taskSlug: { equals: 'schedulePublish' } }] },
    })
  } else {
    const problem = pastScheduleProblem(date, SITE_TIME_ZONE)
    if (problem) return { error: problem }
    const result = await schedulePublishHandler(args)
    if ((result as { error?: string } | undefined)?.error) return result
  }
  if (doc && isStatusCollection(doc.relationTo)) {
    await settlePublishStatus(req, doc.relationTo, documentId(doc.value))
  }
  return { message: req.i18n.t('general:success') }
}
