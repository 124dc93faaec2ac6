import { revalidateTag } from 'next/cache'
import { createRequire } from 'node:module'
import path from 'node:path'

import { clearFrontCache } from '@/cache/frontCache.mjs'
import { expireInSharedCache } from '@/cache/sharedExpiry'

/** Called with every set of tags expired in this process (tests and diagnostics). */
export const revalidationListeners = new Set<(tags: string[]) => void>()

type TagCache = { revalidateTag: (tags: string[]) => Promise<void> }

type TagsManifest = Map<string, { stale?: number; expired?: number }>

/**
 * The tags manifest of the Next server running this process, loaded from the same file the
 * server loaded (not a bundled copy, which would be a different, unused Map).
 */
const serverTagsManifest = (): TagsManifest | null => {
  try {
    const load = createRequire(path.join(process.cwd(), 'package.json'))
    return load('next/dist/server/lib/incremental-cache/tags-manifest.external.js').tagsManifest
  } catch {
    return null
  }
}

/**
 * How long after an edit its tags are expired a second time. Next stamps a cache entry when it is
 * stored, not when its render began, so a render that read the old data just before the edit and
 * stored it just after would be served as fresh until the next edit: an unpublished article could
 * stay public. Renders take well under a second; this second expiry catches those in flight.
 */
export const FOLLOW_UP_EXPIRY_MS = 3_000

/** Expires tags from outside a request: the running server's cache, or its tags manifest. */
const expireOutsideRequest = async (list: string[]): Promise<void> => {
  const cache = (globalThis as { __incrementalCache?: TagCache }).__incrementalCache
  if (cache) {
    await cache.revalidateTag(list).catch(() => undefined)
    return
  }
  // No request served yet (start-up seeding): mark the tags expired in the manifest Next's
  // default cache consults, so pages prerendered by `next build` are rendered again.
  const now = Date.now()
  const manifest = serverTagsManifest()
  for (const tag of list) manifest?.set(tag, { ...manifest.get(tag), expired: now })
  clearFrontCache()
  // And in the cache several instances share, which that manifest does not reach (also from
  // commands such as `npm run seed`, which run without Next).
  await expireInSharedCache(list)
}

/**
 * Expires cached reads and pages under these tags, so the very next request reads fresh data
 * (`expire: 0`, not stale-while-revalidate), and again FOLLOW_UP_EXPIRY_MS later. Inside a
 * request (an admin or API save) this is Next's revalidateTag. Outside one (the
 * scheduled-publishing job, seeding at start-up) that throws, so the server's cache is told
 * directly; in a process without Next (`payload run`, tests) there is nothing cached and nothing
 * happens. Never throws: a save must not fail because of the cache.
 */
export const revalidateTags = async (tags: Iterable<string>): Promise<void> => {
  const list = [...new Set(tags)]
  if (!list.length) return
  for (const listener of revalidationListeners) listener(list)
  // Only where a Next server caches anything (not in `payload run` or tests).
  if (
    process.env.NEXT_RUNTIME ||
    (globalThis as { __incrementalCache?: TagCache }).__incrementalCache
  )
    setTimeout(() => void expireOutsideRequest(list), FOLLOW_UP_EXPIRY_MS).unref()
  try {
    for (const tag of list) revalidateTag(tag, { expire: 0 })
    return
  } catch {
    // Not in a request, or in a render: fall through.
  }
  await expireOutsideRequest(list)
}
