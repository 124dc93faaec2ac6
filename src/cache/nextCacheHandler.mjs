// Next's own file-system cache, unchanged, except that every stored page (APP_PAGE) is stored as
// a visitor's browser should get it (src/hydration/runtime.mjs: no runtime where nothing
// hydrates) and carries a Content-Security-Policy with the sha256 of each of its inline scripts. Static and ISR pages
// cannot use a per-request nonce without becoming dynamic; their HTML is fixed, so hashes allow
// exactly its scripts and nothing a visitor's input could add. Loaded by `cacheHandler` in
// next.config.mjs. The header is stored with the entry, so Next sends it on the miss that
// renders the page and on every hit after it.
import { createRequire } from 'node:module'

import { clearFrontCache } from './frontCache.mjs'
import { htmlForVisitors } from '../hydration/runtime.mjs'

import { hashPolicy } from '../security/csp.mjs'
import { hashPolicyForHtml } from '../security/scriptHashes.mjs'

// The same module instance the server uses (its memory cache and tags manifest), not a copy.
const require = createRequire(import.meta.url)
const FileSystemCache =
  require('next/dist/server/lib/incremental-cache/file-system-cache.js').default

const CSP = 'content-security-policy'

/** Prepares a stored page that has no policy yet (sent as is, then the policy); reports whether it did. */
const prepare = (value) => {
  if (value?.kind !== 'APP_PAGE' || typeof value.html !== 'string' || !value.html) return false
  if (value.headers?.[CSP]) return false
  // Before hashing: the policy allows exactly the inline scripts the visitor gets.
  value.html = htmlForVisitors(value.html)
  let policy
  try {
    policy = hashPolicyForHtml(value.html)
  } catch (error) {
    // Fail closed: the page still shows, but none of its inline scripts may run.
    console.error('CSP cache handler: could not read the inline scripts of a page', error)
    policy = hashPolicy([])
  }
  value.headers = { ...value.headers, [CSP]: policy }
  return true
}

const withCsp = (Base) =>
  class CspCacheHandler extends Base {
    async get(...args) {
      const entry = await super.get(...args)
      // Pages prerendered by `next build` were stored without it: add it once. The memory cache
      // keeps this same object, so later hits find the header and do not hash again.
      prepare(entry?.value)
      return entry
    }

    async set(key, data, ctx) {
      // The same object is what the cache-miss response sends its headers from.
      prepare(data)
      await super.set(key, data, ctx)
      // Pages kept in front of Next (src/cache/frontCache.mjs) may be older than this entry.
      clearFrontCache()
    }

    async revalidateTag(...args) {
      // Before, and again once the tags are expired: a page read in between is not kept.
      clearFrontCache()
      await super.revalidateTag(...args)
      clearFrontCache()
    }
  }

// With REDIS_URL, one cache for every instance; without, Next's own file-system cache.
const Base = process.env.REDIS_URL?.trim()
  ? (await import('./redisCacheHandler.mjs')).default
  : FileSystemCache

export default withCsp(Base)
