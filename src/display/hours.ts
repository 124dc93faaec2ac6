import type { Office } from '@/payload-types'

export const WEEKDAYS = [
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
] as const

export type Weekday = (typeof WEEKDAYS)[number]

type HoursRow = Pick<NonNullable<Office['hours']>[number], 'days' | 'opens' | 'closes'>

/** One line of an opening-hours list: "Monday–Thursday" and "8:00 AM – 5:00 PM", or closed. */
export type HoursLine = { days: string; times: string; closed: boolean }

/** "08:00" → "8:00 AM", "12:30" → "12:30 PM", "00:00" → "12:00 AM"; anything else unchanged. */
export const formatTime12h = (value: string): string => {
  const match = /^([01]?\d|2[0-3]):([0-5]\d)$/.exec(value.trim())
  if (!match) return value.trim()
  const hours = Number(match[1])
  const suffix = hours < 12 ? 'AM' : 'PM'
  return `${hours % 12 || 12}:${match[2]} ${suffix}`
}

/** "Monday", "Saturday and Sunday", "Monday–Thursday", "Monday, Wednesday and Friday". */
export const formatDays = (days: readonly Weekday[]): string => {
  const indexes = [...new Set(days.map((day) => WEEKDAYS.indexOf(day)))]
    .filter((index) => index >= 0)
    .sort((a, b) => a - b)
  // Runs of consecutive days: [[0,1,2,3], [5]]
  const runs: number[][] = []
  for (const index of indexes) {
    const last = runs[runs.length - 1]
    if (last && last[last.length - 1] === index - 1) last.push(index)
    else runs.push([index])
  }
  const parts = runs.flatMap((run) =>
    run.length >= 3
      ? [`${WEEKDAYS[run[0]]}–${WEEKDAYS[run[run.length - 1]]}`]
      : run.map((index) => WEEKDAYS[index]),
  )
  if (parts.length <= 1) return parts.join('')
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`
}

/**
 * Opening hours as a visitor reads them: days with the same hours grouped into one line, in
 * week order, times on a 12-hour clock, and the days not listed shown as closed. An office
 * without hours gives an empty list (the page then says "Call for hours").
 */
export const groupHours = (rows: readonly HoursRow[] | null | undefined): HoursLine[] => {
  const valid = (rows ?? []).filter((row) => row.days?.length && row.opens && row.closes)
  if (!valid.length) return []
  // Each day's opening periods, e.g. Monday → ["08:00-12:00", "13:00-17:00"].
  const perDay = new Map<Weekday, Set<string>>()
  for (const row of valid) {
    for (const day of row.days) {
      if (!WEEKDAYS.includes(day)) continue
      const periods = perDay.get(day) ?? new Set<string>()
      periods.add(`${row.opens.trim()}-${row.closes.trim()}`)
      perDay.set(day, periods)
    }
  }
  // Days with identical periods share one line; the line sits where its first day does.
  const groups = new Map<string, Weekday[]>()
  for (const day of WEEKDAYS) {
    const key = [...(perDay.get(day) ?? [])].sort().join(',')
    groups.set(key, [...(groups.get(key) ?? []), day])
  }
  return [...groups.entries()].map(([key, days]) => ({
    days: formatDays(days),
    closed: key === '',
    times:
      key === ''
        ? 'Closed'
        : key
            .split(',')
            .map((period) => period.split('-').map(formatTime12h).join(' – '))
            .join(', '),
  }))
}
