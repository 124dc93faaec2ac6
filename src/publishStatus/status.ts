import { formatDateTime } from '@/display/date'

/**
 * Where an article or page stands, as editors read it. Pure: shared by the hooks that store it
 * (for list filters) and the admin components that show it.
 */
export const PUBLISH_STATUSES = ['draft', 'scheduled', 'published', 'changed'] as const

export type PublishStatus = (typeof PUBLISH_STATUSES)[number]

export const PUBLISH_STATUS_LABELS: Record<PublishStatus, string> = {
  draft: 'Draft',
  scheduled: 'Scheduled',
  published: 'Published',
  changed: 'Published, with unpublished changes',
}

export type PublishFacts = {
  /** Visitors see a version of it. */
  published: boolean
  /** The newest version is a draft saved after the published one. */
  unpublishedChanges: boolean
  /** When the next scheduled publish runs (ISO), if one is pending. */
  scheduledPublish: string | null | undefined
}

/** A pending publish wins over everything but "published and nothing newer" (it would change nothing). */
export const publishStatusOf = ({
  published,
  unpublishedChanges,
  scheduledPublish,
}: PublishFacts): PublishStatus => {
  if (scheduledPublish && (!published || unpublishedChanges)) return 'scheduled'
  if (published) return unpublishedChanges ? 'changed' : 'published'
  return 'draft'
}

/** "Dec 6, 2026, 3:05 PM CST": a schedule is to the minute. */
export const formatScheduleTime = (iso: string, timeZone: string): string =>
  formatDateTime(iso, timeZone)

/** The words shown for a status: "Scheduled for Dec 6, 2026, 3:05 PM CST", "Draft", … */
export const publishStatusText = (
  status: PublishStatus,
  scheduledFor: string | null | undefined,
  timeZone: string,
): string =>
  status === 'scheduled' && scheduledFor
    ? `Scheduled for ${formatScheduleTime(scheduledFor, timeZone)}`
    : PUBLISH_STATUS_LABELS[status]

export const isPublishStatus = (value: unknown): value is PublishStatus =>
  typeof value === 'string' && (PUBLISH_STATUSES as readonly string[]).includes(value)
