
import type { CallsToAction, HomePage } from '@/payload-types'

import { cached } from '@/cache/cached'
import { getPayloadClient } from './client'
import { tags } from '@/cache/tags'

// Links and featured articles populate one level deep; unpublished targets come back as bare
// ids for visitors and are dropped when rendered.
export const getCallsToAction = cached(
  'getCallsToAction',
  async (): Promise<CallsToAction> => {
    const payload = await getPayloadClient()
    return payload.findGlobal({ slug: 'calls-to-action', depth: 1, overrideAccess: false })
  },
  () => [tags.global('calls-to-action'), tags.links],
)

export const getHomePage = cached(
  'getHomePage',
  async (): Promise<HomePage> => {
    const payload = await getPayloadClient()
    return payload.findGlobal({ slug: 'home-page', depth: 1, overrideAccess: false })
  },
  () => [tags.global('home-page'), tags.links],
)
