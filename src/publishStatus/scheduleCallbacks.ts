import type { SanitizedConfig, TaskConfig } from 'payload'

import { asScheduledPublish } from './scheduledRun'
import { documentId, isStatusCollection, settlePublishStatus } from './settle'

type TaskCallbackFn = NonNullable<TaskConfig['onFail']>

/**
 * A scheduled publish that fails (the draft no longer validates, the scheduling account is gone)
 * is no longer pending: the document's status must stop saying "scheduled". Payload records the
 * failure on the job only after this callback, so that job is left out explicitly.
 */
export const settleAfterFailedSchedule: TaskCallbackFn = async ({ input, job, req }) => {
  const target = (input as { doc?: { relationTo?: unknown; value?: unknown } } | undefined)?.doc
  if (!target || !isStatusCollection(target.relationTo)) return
  const id = documentId(target.value as number | string)
  try {
    await settlePublishStatus(req, target.relationTo, id, { ignoreJob: job.id })
  } catch (error) {
    req.payload.logger.error({ err: error, msg: `Could not update the status of ${id}` })
  }
}

/**
 * Payload adds its `schedulePublish` task while it builds the config, so its task options can only
 * be set on the result (payload.config.ts). Its handler runs marked as a scheduled publish, which
 * is how `recordSavedBy` tells that save from an editor's.
 */
export const withScheduleCallbacks = async (
  config: Promise<SanitizedConfig>,
): Promise<SanitizedConfig> => {
  const built = await config
  const task = built.jobs.tasks?.find((each) => each.slug === 'schedulePublish')
  if (task) {
    task.onFail = settleAfterFailedSchedule
    const { handler } = task
    // Payload's handler is a function; a path (never used here) is left alone.
    if (typeof handler === 'function') {
      task.handler = ((args: Parameters<typeof handler>[0]) =>
        asScheduledPublish(() => handler(args))) as typeof handler
    }
  }
  return built
}
