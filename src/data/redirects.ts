
import { pathFor } from '@/urls'
import type { Redirect } from '@/payload-types'
import {
  checkFromKey,
  isSafeTarget,
  lookupKeys,
  normalizeFrom,
  targetKey,
} from '@/redirects/normalize'

import { cached } from '@/cache/cached'
import { getPayloadClient } from './client'
import { tags } from '@/cache/tags'

type Reference = NonNullable<NonNullable<Redirect['to']>['reference']>

/** A referenced document's public path, only while a visitor may see it (published). */
const publishedPath = async (ref: Reference | null | undefined): Promise<string | null> => {
  if (!ref) return null
  const payload = await getPayloadClient()
  const doc = (await payload.findByID({
    collection: ref.relationTo,
    id: typeof ref.value === 'object' ? ref.value.id : ref.value,
    depth: 0,
    draft: false,
    disableErrors: true,
    overrideAccess: false,
    select: { slug: true },
  })) as { slug?: string | null } | null
  return pathFor(ref.relationTo, doc?.slug) ?? null
}

/**
 * Where a visitor asking for `requested` (a path with its query, as the browser sent it) should
 * be sent permanently, or null. Called only when nothing else answers the address, so the
 * lookup costs nothing on pages that exist. Never the admin, the API, or back to the same page.
 */
export const getRedirectTarget = cached(
  'getRedirectTarget',
  async (requested: string): Promise<string | null> => {
  const key = normalizeFrom(requested)
  if (!key.ok || checkFromKey(key.value) !== true) return null
  const keys = lookupKeys(key.value)
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'redirects',
    where: { from: { in: keys } },
    depth: 0,
    limit: keys.length,
    pagination: false,
    // The one read here that overrides access: redirects are for staff only (see
    // collections/Redirects), and only this request's own redirect is used, resolved below as a
    // visitor would see its page.
    overrideAccess: true,
    select: { from: true, to: true },
  })
  const redirect = keys.map((k) => docs.find((doc) => doc.from === k)).find(Boolean)
  if (!redirect) return null
  const target =
    redirect.to?.type === 'custom'
      ? (redirect.to.url ?? null)
      : await publishedPath(redirect.to?.reference)
  if (!target || !isSafeTarget(target)) return null
  // Saving refuses loops; this also covers a referenced page whose slug became the old address.
  const next = targetKey(target)
  if (next && lookupKeys(next).some((k) => k === redirect.from || k === key.value)) return null
  return target
},
  () => [tags.redirects, tags.links],
)
