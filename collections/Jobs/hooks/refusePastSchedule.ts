import { type CollectionBeforeChangeHook, ValidationError } from 'payload'

import { SITE_TIME_ZONE } from '@/format/timeZone'
import { pastScheduleProblem } from '@/publishStatus/pastSchedule'

/** A scheduled publish created through the collection must be for a time still to come. */
export const refusePastSchedule: CollectionBeforeChangeHook = ({ collection, data, operation }) => {
  if (operation !== 'create' || data?.taskSlug !== 'schedulePublish') return data
  const problem = pastScheduleProblem(data.waitUntil, SITE_TIME_ZONE)
  if (problem) {
    throw new ValidationError({
      collection: collection.slug,
      errors: [{ path: 'waitUntil', message: problem }],
    })
  }
  return data
}
