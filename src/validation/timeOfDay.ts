/**
 * Times of day as staff type them ("1pm", "1:30 PM", "1.30pm", "13:00", "noon", "9") read into
 * the one form the site stores and schema.org's openingHours expects: "HH:MM" on a 24-hour clock.
 * A number without am/pm is read on the 24-hour clock, so "9" is 09:00 and "17" is 17:00.
 */
export type ParsedTime = { time: string } | { error: string }

// Short enough to be read whole under a quarter-width field.
export const TIME_MESSAGES = {
  unreadable: 'Enter a time such as 8:30, 1pm or 17:00.',
  hour24: 'Hours go from 0 to 23, e.g. 17:00 or 5pm.',
  hour12: 'With am or pm the hour is 1 to 12, e.g. 1pm.',
  minutes: 'Minutes go from 00 to 59, e.g. 8:30.',
} as const

const WORDS: Record<string, string> = { noon: '12:00', midday: '12:00', midnight: '00:00' }

// hour, then optional minutes after ":" "." or "h", then optional am/pm (a.m., a, p.m., p).
const CLOCK = /^(\d{1,2})(?:\s*[:.h]\s*(\d{2}))?\s*(?:([ap])\.?\s*(?:m\.?)?)?$/
// "0830", "1730": hours and minutes without a separator, 24-hour only.
const COMPACT = /^(\d{1,2})(\d{2})$/

const pad = (value: number) => String(value).padStart(2, '0')

export const parseTimeOfDay = (input: string): ParsedTime => {
  const text = input.trim().toLowerCase().replace(/\s+/g, ' ')
  const word = WORDS[text.replace(/^12 ?(?=noon|midnight)/, '')]
  if (word) return { time: word }
  const match = CLOCK.exec(text) ?? (/^\d{3,4}$/.test(text) ? COMPACT.exec(text) : null)
  if (!match) return { error: TIME_MESSAGES.unreadable }
  const [, hourText, minuteText = '00', meridiem] = match
  let hour = Number(hourText)
  const minute = Number(minuteText)
  if (minute > 59) return { error: TIME_MESSAGES.minutes }
  if (meridiem) {
    if (hour < 1 || hour > 12) return { error: TIME_MESSAGES.hour12 }
    hour = (hour % 12) + (meridiem === 'p' ? 12 : 0)
  } else if (hour > 23) {
    return { error: TIME_MESSAGES.hour24 }
  }
  return { time: `${pad(hour)}:${pad(minute)}` }
}

/** The canonical "HH:MM" for anything parseable; anything else unchanged, for validation to name. */
export const normalizeTimeOfDay = (value: unknown): unknown => {
  if (typeof value !== 'string' || value.trim() === '') return value
  const parsed = parseTimeOfDay(value)
  return 'time' in parsed ? parsed.time : value
}
