import { formatScheduleTime } from './status'

/**
 * Why a scheduled publish or unpublish time cannot be used, or null when it can: the queue would
 * run a past one at once, which is not what the editor asked for.
 */
export const pastScheduleProblem = (
  value: Date | string | null | undefined,
  timeZone: string,
  now = Date.now(),
): string | null => {
  const when = value ? new Date(value) : null
  if (!when || Number.isNaN(when.getTime())) return 'Choose a date and time to schedule for.'
  if (when.getTime() <= now)
    return `${formatScheduleTime(when.toISOString(), timeZone)} has already passed. Choose a time in the future.`
  return null
}
