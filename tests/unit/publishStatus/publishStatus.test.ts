import { pastScheduleProblem } from '@/publishStatus/pastSchedule'
import {
  formatScheduleTime,
  publishStatusOf,
  publishStatusText,
  PUBLISH_STATUSES,
} from '@/publishStatus/status'

describe('publishStatusOf', () => {
  const at = '2026-12-07T16:00:00.000Z'
  it.each([
    [{ published: false, unpublishedChanges: false, scheduledPublish: null }, 'draft'],
    [{ published: false, unpublishedChanges: false, scheduledPublish: at }, 'scheduled'],
    [{ published: true, unpublishedChanges: false, scheduledPublish: null }, 'published'],
    [{ published: true, unpublishedChanges: true, scheduledPublish: null }, 'changed'],
    // Newer changes waiting to go live on schedule.
    [{ published: true, unpublishedChanges: true, scheduledPublish: at }, 'scheduled'],
    // Publishing what is already live changes nothing: it is simply published.
    [{ published: true, unpublishedChanges: false, scheduledPublish: at }, 'published'],
  ] as const)('%o → %s', (facts, status) => {
    expect(publishStatusOf(facts)).toBe(status)
  })
})

describe('the words shown', () => {
  it('give date, time and zone in the site zone, across a daylight-saving change', () => {
    expect(formatScheduleTime('2026-12-07T16:05:00.000Z', 'America/Chicago')).toBe(
      'Dec 7, 2026, 10:05 AM CST',
    )
    expect(formatScheduleTime('2026-07-07T16:05:00.000Z', 'America/Chicago')).toBe(
      'Jul 7, 2026, 11:05 AM CDT',
    )
  })

  it('name each status, and when a scheduled one goes live', () => {
    const texts = PUBLISH_STATUSES.map((status) =>
      publishStatusText(status, '2026-12-07T16:05:00.000Z', 'America/Chicago'),
    )
    expect(texts).toEqual([
      'Draft',
      'Scheduled for Dec 7, 2026, 10:05 AM CST',
      'Published',
      'Published, with unpublished changes',
    ])
    expect(publishStatusText('scheduled', null, 'UTC')).toBe('Scheduled')
  })
})

describe('pastScheduleProblem', () => {
  const now = Date.parse('2026-12-07T16:00:00.000Z')
  it('accepts a time still to come', () => {
    expect(pastScheduleProblem(new Date(now + 60_000), 'America/Chicago', now)).toBeNull()
    expect(pastScheduleProblem('2026-12-07T16:00:01.000Z', 'America/Chicago', now)).toBeNull()
  })

  it('refuses now and the past, naming the time in the site zone', () => {
    expect(pastScheduleProblem(new Date(now), 'America/Chicago', now)).toBe(
      'Dec 7, 2026, 10:00 AM CST has already passed. Choose a time in the future.',
    )
    expect(pastScheduleProblem('2026-12-01T09:30:00.000Z', 'America/Chicago', now)).toMatch(
      /^Dec 1, 2026, 3:30 AM CST has already passed/,
    )
  })

  it('asks for a time when there is none or it is not a date', () => {
    expect(pastScheduleProblem(undefined, 'UTC', now)).toBe(
      'Choose a date and time to schedule for.',
    )
    expect(pastScheduleProblem('next Tuesday', 'UTC', now)).toBe(
      'Choose a date and time to schedule for.',
    )
  })
})
