/** @jest-environment node */
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals'

import { FOLLOW_UP_EXPIRY_MS, revalidateTags } from '@/cache/revalidate'

type Cache = { revalidateTag: (tags: string[]) => Promise<void> }
const holder = globalThis as { __incrementalCache?: Cache }

describe('revalidateTags outside a request', () => {
  let expired: string[][]

  beforeEach(() => {
    jest.useFakeTimers()
    expired = []
    holder.__incrementalCache = {
      revalidateTag: async (tags) => {
        expired.push(tags)
      },
    }
  })

  afterEach(() => {
    jest.useRealTimers()
    delete holder.__incrementalCache
  })

  it('expires the tags at once, and again after renders in flight have finished', async () => {
    await revalidateTags(['articles:knee', 'home', 'home'])
    expect(expired).toEqual([['articles:knee', 'home']])

    jest.advanceTimersByTime(FOLLOW_UP_EXPIRY_MS - 1)
    expect(expired).toHaveLength(1)
    jest.advanceTimersByTime(1)
    expect(expired).toEqual([
      ['articles:knee', 'home'],
      ['articles:knee', 'home'],
    ])
  })

  it('does nothing for an edit that affects no tag', async () => {
    await revalidateTags([])
    jest.advanceTimersByTime(FOLLOW_UP_EXPIRY_MS)
    expect(expired).toEqual([])
  })

  it('schedules nothing in a process without a Next server (payload run, tests)', async () => {
    delete holder.__incrementalCache
    await revalidateTags(['home'])
    expect(jest.getTimerCount()).toBe(0)
  })

  it('never throws, even when the cache refuses', async () => {
    holder.__incrementalCache = { revalidateTag: () => Promise.reject(new Error('disk full')) }
    await expect(revalidateTags(['home'])).resolves.toBeUndefined()
    jest.advanceTimersByTime(FOLLOW_UP_EXPIRY_MS)
  })
})
