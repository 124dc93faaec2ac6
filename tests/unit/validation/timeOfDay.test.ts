import { normalizeTimeOfDay, parseTimeOfDay, TIME_MESSAGES } from '@/validation/timeOfDay'

describe('parseTimeOfDay', () => {
  it.each([
    ['1pm', '13:00'],
    ['1 pm', '13:00'],
    ['1PM', '13:00'],
    ['1 p.m.', '13:00'],
    ['1p', '13:00'],
    ['13:00', '13:00'],
    ['1:00 PM', '13:00'],
    ['1.30pm', '13:30'],
    ['1:30 pm', '13:30'],
    ['8am', '08:00'],
    ['8:30 a.m.', '08:30'],
    ['12am', '00:00'],
    ['12:30 am', '00:30'],
    ['12pm', '12:00'],
    ['noon', '12:00'],
    ['12 noon', '12:00'],
    ['Midday', '12:00'],
    ['midnight', '00:00'],
    ['9', '09:00'],
    ['17', '17:00'],
    ['0', '00:00'],
    ['8:30', '08:30'],
    ['08:30', '08:30'],
    ['8.30', '08:30'],
    ['17h30', '17:30'],
    ['0830', '08:30'],
    ['1730', '17:30'],
    ['930', '09:30'],
    ['  5 PM  ', '17:00'],
    ['23:59', '23:59'],
  ])('reads %p as %s', (input, time) => expect(parseTimeOfDay(input)).toEqual({ time }))

  it.each([
    ['25:00', TIME_MESSAGES.hour24],
    ['24:00', TIME_MESSAGES.hour24],
    ['2400', TIME_MESSAGES.hour24],
    ['13pm', TIME_MESSAGES.hour12],
    ['0am', TIME_MESSAGES.hour12],
    ['00:30 am', TIME_MESSAGES.hour12],
    ['8:60', TIME_MESSAGES.minutes],
    ['1.75pm', TIME_MESSAGES.minutes],
    ['closing', TIME_MESSAGES.unreadable],
    ['', TIME_MESSAGES.unreadable],
    ['8:3', TIME_MESSAGES.unreadable],
    ['8 to 5', TIME_MESSAGES.unreadable],
    ['123:00', TIME_MESSAGES.unreadable],
    ['-1', TIME_MESSAGES.unreadable],
    ['1pmx', TIME_MESSAGES.unreadable],
    ['9'.repeat(100_000), TIME_MESSAGES.unreadable],
  ])('refuses %p with a message', (input, error) => {
    expect(parseTimeOfDay(input)).toEqual({ error })
  })

  it('keeps every message short enough to read whole under a narrow field', () => {
    for (const message of Object.values(TIME_MESSAGES)) expect(message.length).toBeLessThan(50)
  })
})

describe('normalizeTimeOfDay', () => {
  it('stores what it can read in the one 24-hour form', () => {
    expect(normalizeTimeOfDay('1:00 PM')).toBe('13:00')
  })
  it('leaves what it cannot read, and non-text, for validation to name', () => {
    expect(normalizeTimeOfDay('closing')).toBe('closing')
    expect(normalizeTimeOfDay('')).toBe('')
    expect(normalizeTimeOfDay(null)).toBe(null)
    expect(normalizeTimeOfDay(830)).toBe(830)
  })
})
