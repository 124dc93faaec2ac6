import type { Payload, TaskConfig } from 'payload'

export const RETENTION_TASK = 'deleteOldFormSubmissions'

const DAY_MS = 24 * 60 * 60 * 1000

/** FORM_SUBMISSION_RETENTION_DAYS as a whole number of days; undefined (keep forever) if unset. */
export const retentionDays = (env: NodeJS.ProcessEnv = process.env): number | undefined => {
  const raw = env.FORM_SUBMISSION_RETENTION_DAYS?.trim()
  if (!raw) return undefined
  const days = Number(raw)
  if (!Number.isInteger(days) || days < 1)
    throw new Error(`FORM_SUBMISSION_RETENTION_DAYS must be a whole number of days, not "${raw}".`)
  return days
}

/** Deletes submissions created more than `days` days before `now`; returns how many. */
export const deleteOldSubmissions = async (
  payload: Payload,
  days: number,
  now: Date = new Date(),
): Promise<number> => {
  const cutoff = new Date(now.getTime() - days * DAY_MS).toISOString()
  const { docs, errors } = await payload.delete({
    collection: 'form-submissions',
    where: { createdAt: { less_than: cutoff } },
    overrideAccess: true,
    depth: 0,
  })
  if (errors.length) throw new Error(`Could not delete ${errors.length} old form submissions.`)
  return docs.length
}

// Tomorrow at 03:00 server time: quiet hours, and one run a day whatever the restarts.
const nextRun = (now: Date): Date => {
  const next = new Date(now)
  next.setDate(next.getDate() + 1)
  next.setHours(3, 0, 0, 0)
  return next
}

/**
 * Keeps exactly one retention job waiting in the queue while a retention period is set. Called
 * when the job runner starts (the first run happens at once) and by the job itself for the next
 * day. A task `schedule` would do this too, but needs Payload's job-stats global: a new table.
 */
export const queueRetention = async (
  payload: Payload,
  { waitUntil, except }: { waitUntil?: Date; except?: number | string } = {},
): Promise<void> => {
  if (retentionDays() === undefined) return
  const { totalDocs } = await payload.count({
    collection: 'payload-jobs',
    where: {
      taskSlug: { equals: RETENTION_TASK },
      completedAt: { exists: false },
      hasError: { not_equals: true },
      ...(except !== undefined ? { id: { not_equals: except } } : {}),
    },
    overrideAccess: true,
  })
  if (totalDocs > 0) return
  await payload.jobs.queue({
    task: RETENTION_TASK as never,
    input: {} as never,
    queue: 'default',
    ...(waitUntil ? { waitUntil } : {}),
  })
}

export const retentionTask: TaskConfig<{ input: object; output: { deleted: number } }> = {
  slug: RETENTION_TASK,
  label: 'Delete old form submissions',
  retries: 2,
  handler: async ({ job, req }) => {
    const days = retentionDays()
    const deleted = days === undefined ? 0 : await deleteOldSubmissions(req.payload, days)
    if (deleted)
      req.payload.logger.info({
        msg: `Deleted ${deleted} form submissions older than ${days} days`,
      })
    await queueRetention(req.payload, { waitUntil: nextRun(new Date()), except: job.id })
    return { output: { deleted } }
  },
}
