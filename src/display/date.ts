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
