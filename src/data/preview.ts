import { draftMode, headers } from 'next/headers'
import { cache } from 'react'

import { isStaffUser } from '@/access/roles'
import type { User } from '@/payload-types'

import { getPayloadClient } from './client'

/**
 * The editor previewing drafts, or null for everyone else. Draft mode alone is not trusted:
 * the Payload session must belong to staff too, so a stale or copied draft-mode cookie shows
 * only published content.
 */
export const getPreviewUser = cache(async (): Promise<User | null> => {
  const { isEnabled } = await draftMode()
  if (!isEnabled) return null
  const payload = await getPayloadClient()
  const { user } = await payload.auth({ headers: await headers() })
  return user && isStaffUser(user) ? (user as User) : null
})

/** Whether the page is in draft mode at all (for the "exit preview" bar). */
export const isPreviewing = async (): Promise<boolean> => (await draftMode()).isEnabled
