import { SITE_TIME_ZONE as TIME_ZONE } from './timeZone'

const longDate = new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: TIME_ZONE })

/** "November 23, 2026", or undefined for a missing or invalid date. */
export const formatLongDate = (value: string | null | undefined): string | undefined => {
  if (!value) return undefined
  const date = new Date(value)
  return Number.isNaN(date.getTime()) ? undefined : longDate.format(date)
}

/** yyyy-mm-dd for <time dateTime>. */
export const isoDate = (value: string): string => new Date(value).toISOString().slice(0, 10)

/**
 * "Dec 6, 2026, 3:05 PM CST": date, time and zone, in `timeZone`; with `seconds`,
 * "Dec 6, 2026, 10:05:32 AM CST". An unreadable value is shown as it is.
 */
export const formatDateTime = (
  iso: string,
  timeZone: string,
  { seconds = false }: { seconds?: boolean } = {},
): string => {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  return new Intl.DateTimeFormat('en-US', {
    month: 'short',
    day: 'numeric',
    year: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    ...(seconds ? { second: '2-digit' } : {}),
    timeZone,
    timeZoneName: 'short',
  }).format(date)
}
