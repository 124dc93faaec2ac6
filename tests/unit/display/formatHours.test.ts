import { formatDays, formatTime12h, groupHours } from '@/display/hours'

describe('formatTime12h', () => {
  it.each([
    ['08:00', '8:00 AM'],
    ['8:30', '8:30 AM'],
    ['12:00', '12:00 PM'],
    ['12:45', '12:45 PM'],
    ['17:00', '5:00 PM'],
    ['00:00', '12:00 AM'],
    ['23:59', '11:59 PM'],
  ])('%s → %s', (input, expected) => {
    expect(formatTime12h(input)).toBe(expected)
  })

  it('leaves text it cannot read as it is', () => {
    expect(formatTime12h('noon')).toBe('noon')
    expect(formatTime12h('25:00')).toBe('25:00')
  })
})

describe('formatDays', () => {
  it('names one day, two days, a run and a mix', () => {
    expect(formatDays(['Friday'])).toBe('Friday')
    expect(formatDays(['Sunday', 'Saturday'])).toBe('Saturday and Sunday')
    expect(formatDays(['Thursday', 'Monday', 'Tuesday', 'Wednesday'])).toBe('Monday–Thursday')
    expect(formatDays(['Monday', 'Wednesday', 'Friday'])).toBe('Monday, Wednesday and Friday')
    expect(formatDays(['Monday', 'Tuesday', 'Wednesday', 'Friday'])).toBe(
      'Monday–Wednesday and Friday',
    )
  })
})

describe('groupHours', () => {
  it('gives nothing for an office without hours', () => {
    expect(groupHours(undefined)).toEqual([])
    expect(groupHours(null)).toEqual([])
    expect(groupHours([])).toEqual([])
  })

  it('groups days with the same hours in week order and shows the rest as closed', () => {
    expect(
      groupHours([
        { days: ['Friday'], opens: '08:00', closes: '12:00' },
        { days: ['Monday', 'Tuesday', 'Wednesday', 'Thursday'], opens: '08:00', closes: '17:00' },
      ]),
    ).toEqual([
      { days: 'Monday–Thursday', times: '8:00 AM – 5:00 PM', closed: false },
      { days: 'Friday', times: '8:00 AM – 12:00 PM', closed: false },
      { days: 'Saturday and Sunday', times: 'Closed', closed: true },
    ])
  })

  it('merges separate rows with equal hours and lists split days with both periods', () => {
    expect(
      groupHours([
        { days: ['Monday'], opens: '09:00', closes: '17:00' },
        { days: ['Tuesday'], opens: '09:00', closes: '17:00' },
        { days: ['Wednesday'], opens: '13:00', closes: '18:00' },
        { days: ['Wednesday'], opens: '08:00', closes: '12:00' },
        { days: ['Thursday', 'Friday', 'Saturday', 'Sunday'], opens: '09:00', closes: '17:00' },
      ]),
    ).toEqual([
      { days: 'Monday, Tuesday and Thursday–Sunday', times: '9:00 AM – 5:00 PM', closed: false },
      { days: 'Wednesday', times: '8:00 AM – 12:00 PM, 1:00 PM – 6:00 PM', closed: false },
    ])
  })
})
