import { cookies, draftMode } from 'next/headers'

import { DRAFT_PREFIX } from './draftAddress'

// Next's draft-mode cookie (next/dist/server/api-utils COOKIE_NAME_PRERENDER_BYPASS).
const DRAFT_COOKIE = '__prerender_bypass'
// As long as a staff session (collections/Users tokenExpiration); the preview route renews it.
const DRAFT_COOKIE_MAX_AGE = 8 * 60 * 60

/**
 * Next's own draft mode, but with its cookie sent only to draft addresses. Next sets the cookie
 * for the whole site (`Path=/`, kept until the browser closes), which left every public page in
 * the editor's browser showing drafts after one live preview.
 */
const scopeToDraftAddresses = async (maxAge?: number) => {
  const jar = await cookies()
  const cookie = jar.get(DRAFT_COOKIE)
  if (!cookie) throw new Error('Next did not set its draft-mode cookie.')
  jar.set({ ...cookie, path: DRAFT_PREFIX, ...(maxAge ? { maxAge } : {}) })
}

/** Turns draft mode on for the draft addresses only (in a route handler). */
export const enableDraftAddresses = async () => {
  ;(await draftMode()).enable()
  await scopeToDraftAddresses(DRAFT_COOKIE_MAX_AGE)
}

/** Turns it off again: expires the cookie at the path it was set for. */
export const disableDraftAddresses = async () => {
  ;(await draftMode()).disable()
  await scopeToDraftAddresses()
}
