import { isStatusCollection, type StatusCollection } from '@/publishStatus/settle'
import { documentId } from '@/publishStatus/settle'

type Job = { taskSlug?: unknown; input?: unknown }

/** The article or page a scheduled-publish job is for, if any. */
export const scheduledDocument = (
  job: Job | null | undefined,
): { collection: StatusCollection; id: number | string } | null => {
  if (job?.taskSlug !== 'schedulePublish') return null
  const doc = (job.input as { doc?: { relationTo?: unknown; value?: unknown } } | undefined)?.doc
  if (!doc || !isStatusCollection(doc.relationTo)) return null
  return typeof doc.value === 'number' || (typeof doc.value === 'string' && doc.value)
    ? { collection: doc.relationTo, id: documentId(doc.value) }
    : null
}
