import { cache } from 'react'

import type { CallsToAction, HomePage } from '@/payload-types'

import { getPayloadClient } from './client'

// Links and featured articles populate one level deep; unpublished targets come back as bare
// ids for visitors and are dropped when rendered.
export const getCallsToAction = cache(async (): Promise<CallsToAction> => {
  const payload = await getPayloadClient()
  return payload.findGlobal({ slug: 'calls-to-action', depth: 1, overrideAccess: false })
})

export const getHomePage = cache(async (): Promise<HomePage> => {
  const payload = await getPayloadClient()
  return payload.findGlobal({ slug: 'home-page', depth: 1, overrideAccess: false })
})
