/** @jest-environment node */
import type { Where } from 'payload'

import {
  currentTab,
  whereForTab,
  whereFromSearchParams,
  whereSearchParams,
} from '@/components/admin/ReviewModeration/where'

describe('review status tabs: reading and writing the list filter', () => {
  it('reads the tab from the filter, in the shape Payload’s filter panel writes', () => {
    expect(currentTab(undefined)).toBe('all')
    expect(currentTab({})).toBe('all')
    expect(currentTab({ status: { equals: 'pending' } })).toBe('pending')
    expect(currentTab({ or: [{ and: [{ status: { equals: 'rejected' } }] }] })).toBe('rejected')
    expect(
      currentTab({
        or: [{ and: [{ source: { equals: 'facebook' } }, { status: { equals: 'approved' } }] }],
      }),
    ).toBe('approved')
  })

  it('is no tab when the filter mixes statuses or uses another operator', () => {
    expect(
      currentTab({
        or: [
          { and: [{ status: { equals: 'pending' } }] },
          { and: [{ status: { equals: 'approved' } }] },
        ],
      }),
    ).toBeNull()
    expect(currentTab({ status: { not_equals: 'pending' } })).toBeNull()
    expect(currentTab({ status: { equals: 'published' } })).toBeNull()
  })

  it('replaces only the status condition and keeps the editor’s other conditions', () => {
    const where: Where = {
      or: [{ and: [{ source: { equals: 'facebook' } }, { status: { equals: 'approved' } }] }],
    }
    expect(whereForTab(where, 'pending')).toEqual({
      or: [{ and: [{ source: { equals: 'facebook' } }, { status: { equals: 'pending' } }] }],
    })
    expect(whereForTab(where, 'all')).toEqual({
      or: [{ and: [{ source: { equals: 'facebook' } }] }],
    })
    expect(whereForTab(undefined, 'rejected')).toEqual({
      or: [{ and: [{ status: { equals: 'rejected' } }] }],
    })
    expect(whereForTab({ status: { equals: 'pending' } }, 'all')).toEqual({})
  })

  it('writes the filter as the admin URL spells it and reads it back', () => {
    const where = whereForTab(undefined, 'pending')
    const params = whereSearchParams(where)
    expect(params).toEqual([['where[or][0][and][0][status][equals]', 'pending']])
    expect(whereFromSearchParams(Object.fromEntries(params))).toEqual(where)
  })

  it('ignores other search parameters and keys that could pollute prototypes', () => {
    expect(whereFromSearchParams({ page: '2', limit: '10' })).toBeUndefined()
    const parsed = whereFromSearchParams({
      'where[__proto__][polluted]': 'yes',
      'where[constructor][prototype][polluted]': 'yes',
      'where[status][equals]': 'approved',
    })
    expect(parsed).toEqual({ status: { equals: 'approved' } })
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })
})
