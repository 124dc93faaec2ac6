// Cached pages answered before Next's request pipeline. A hit from Next's cache still costs
// routing, the render pipeline and its async context on every request: on this 2-core machine
// `next start` tops out near 0.055 of a plain Node server sending the same bytes, even for an
// empty page (BENCHMARKS.md, "What a cached hit costs"). Here, once Next has answered an address
// from its cache (x-nextjs-cache: HIT), the response it sent is kept, and later requests for the
// same address get those bytes and headers directly.
//
// It never serves what Next would not:
// - it keeps only what Next itself served as a HIT: a 200 page of the same build, with no
//   per-request nonce and no cookie, from a GET that was not a draft-mode or router request;
// - any change to Next's cache (a stored entry, an expired tag) forgets everything, and a
//   response whose request began before that change is not kept (src/cache/nextCacheHandler.mjs);
// - a page Next would revalidate by time is not kept at all;
// - it answers conditional requests and compression as Next does (`fresh`, and gzip over 1 KiB
//   with `Vary: Accept-Encoding`, as Next's `compression`), and anything else goes to Next.
//
// One process only: with REDIS_URL another instance can expire a page here, so src/instrumentation.ts
// does not register it then. Plain JavaScript: Next's router (patch 006) calls it as it is.
import { createRequire } from 'node:module'
import { gzipSync } from 'node:zlib'

import Negotiator from 'negotiator'

const require = createRequire(import.meta.url)
// Next's own copy, so a 304 is given exactly when Next would give one.
const fresh = require('next/dist/compiled/fresh')

export const FRONT_CACHE = Symbol.for('clinic.frontCache')
const ADDRESS = Symbol('frontCache.address')
const GENERATION = Symbol('frontCache.generation')

/** Next's `compression` leaves smaller bodies as they are. */
const COMPRESSION_THRESHOLD = 1024
/** Next's `revalidate: false`: a year. Anything shorter is revalidated by time. */
const NEVER_REVALIDATED = 31_536_000
// Requests Next answers with something other than the page (flight data, server actions, data
// routes), or for which it runs the proxy's subrequest check.
const ROUTER_HEADERS = [
  'rsc',
  'next-router-state-tree',
  'next-router-prefetch',
  'next-router-segment-prefetch',
  'next-url',
  'next-action',
  'x-nextjs-data',
  'x-middleware-subrequest',
  'x-middleware-prefetch',
]
const DRAFT_COOKIE = '__prerender_bypass'
// Headers that describe the bytes, recomputed per variant.
const BODY_HEADERS = new Set(['content-length', 'content-encoding', 'transfer-encoding'])

/**
 * @typedef {[string, string][]} HeaderList
 * @typedef {{ headers: HeaderList, body: Buffer | null }} Variant
 * @typedef {{ etag: string, varied: HeaderList, identity: Variant, head: Variant, gzip: Variant | null, notModified: Variant, bytes: number }} Entry
 */

/**
 * The response's headers as Next set them (names as written), then `extra` in order, as Next
 * sets its ETag and then Content-Type; the body's own headers are left to each variant.
 * @param {import('node:http').ServerResponse} res
 * @param {[string, string][]} extra
 * @returns {HeaderList}
 */
const headersOf = (res, extra) => {
  const replaced = new Set(extra.map(([name]) => name.toLowerCase()))
  /** @type {HeaderList} */
  const list = []
  for (const name of res.getRawHeaderNames()) {
    const lower = name.toLowerCase()
    if (BODY_HEADERS.has(lower) || replaced.has(lower)) continue
    const value = res.getHeader(name)
    if (value === undefined) continue
    for (const one of Array.isArray(value) ? value : [value]) list.push([name, String(one)])
  }
  return [...list, ...extra]
}

/** As Next's `compression` (the `vary` package): Accept-Encoding added once, `*` left alone. */
const withVaryOnEncoding = (/** @type {HeaderList} */ headers) => {
  const vary = headers.find(([name]) => name.toLowerCase() === 'vary')
  if (!vary) return [...headers, ['Vary', 'Accept-Encoding']]
  const fields = vary[1].split(',').map((field) => field.trim().toLowerCase())
  if (fields.includes('*') || fields.includes('accept-encoding')) return headers
  return headers.map(([name, value]) =>
    name === vary[0] ? [name, `${value}, Accept-Encoding`] : [name, value],
  )
}

const flat = (/** @type {HeaderList} */ headers) => headers.flat()

const sMaxAgeOf = (/** @type {unknown} */ cacheControl) => {
  const match = /(?:^|,)\s*s-maxage=(\d+)/.exec(String(cacheControl ?? ''))
  return match ? Number(match[1]) : null
}

/**
 * Whether Next's `compression` would gzip a response to this Accept-Encoding (its choice among
 * gzip, deflate and identity, and gzip over deflate when both are acceptable); null when it
 * would pick something this cache does not keep (deflate alone), so Next answers.
 * @returns {'gzip' | 'identity' | null}
 */
const encodingFor = (/** @type {string | undefined} */ acceptEncoding) => {
  const negotiator = new Negotiator({ headers: { 'accept-encoding': acceptEncoding } })
  let chosen = negotiator.encoding(['gzip', 'deflate', 'identity'])
  if (chosen === 'deflate' && negotiator.encoding(['gzip']))
    chosen = negotiator.encoding(['gzip', 'identity'])
  return chosen === 'gzip' || chosen === 'identity' ? chosen : null
}

/**
 * @param {{ maxEntries?: number, maxBytes?: number }} [options]
 */
export const createFrontCache = ({ maxEntries = 256, maxBytes = 64 * 1024 * 1024 } = {}) => {
  /** @type {Map<string, Entry>} */
  const entries = new Map()
  /** @type {Map<string, 'gzip' | 'identity' | null>} */
  const encodings = new Map()
  let bytes = 0
  let generation = 0

  const forget = (/** @type {string} */ address) => {
    const entry = entries.get(address)
    if (!entry) return
    entries.delete(address)
    bytes -= entry.bytes
  }

  const makeRoom = (/** @type {number} */ size) => {
    while (entries.size >= maxEntries || (entries.size && bytes + size > maxBytes))
      forget(/** @type {string} */ (entries.keys().next().value))
  }

  /** The gzip variant, as Next's `compression` would send it (but with its length). */
  const gzipOf = (/** @type {Entry} */ entry) => {
    if (entry.gzip) return entry.gzip
    const body = /** @type {Buffer} */ (entry.identity.body)
    const zipped = gzipSync(body)
    entry.gzip = {
      headers: [
        ...entry.varied,
        ['Content-Encoding', 'gzip'],
        ['Content-Length', String(zipped.length)],
      ],
      body: zipped,
    }
    entry.bytes += zipped.length
    bytes += zipped.length
    return entry.gzip
  }

  const encodingOf = (/** @type {string | undefined} */ header) => {
    const key = header ?? ''
    let encoding = encodings.get(key)
    if (encoding === undefined) {
      encoding = encodingFor(header)
      if (encodings.size >= 64) encodings.delete(encodings.keys().next().value)
      encodings.set(key, encoding)
    }
    return encoding
  }

  return {
    /**
     * Answers the request from a kept page and reports whether it did; otherwise notes the
     * address and the cache's state for `keep`.
     * @param {import('node:http').IncomingMessage} req
     * @param {import('node:http').ServerResponse} res
     */
    serve(req, res) {
      const { method, url, headers } = req
      if ((method !== 'GET' && method !== 'HEAD') || !url || url.startsWith('/_next/')) return false
      for (const name of ROUTER_HEADERS) if (headers[name] !== undefined) return false
      if (headers.cookie?.includes(DRAFT_COOKIE) || url.includes('_rsc=')) return false
      Object.assign(req, { [ADDRESS]: url, [GENERATION]: generation })
      const entry = entries.get(url)
      if (!entry) return false
      const encoding = encodingOf(headers['accept-encoding'])
      if (encoding === null) return false
      /** @type {Variant} */
      let variant
      if (headers['if-none-match'] !== undefined && fresh(headers, { etag: entry.etag }))
        variant = entry.notModified
      else if (method === 'HEAD') variant = entry.head
      else variant = encoding === 'gzip' ? gzipOf(entry) : entry.identity
      res.writeHead(variant === entry.notModified ? 304 : 200, flat(variant.headers))
      res.end(variant.body)
      return true
    },

    /**
     * Keeps the page Next is about to send from its cache, as Next sends it. Called by Next's
     * `sendRenderResult` (patch 006) once it knows the ETag and before it sets Content-Type and
     * Content-Length, so `res`'s headers are then exactly those of its 304.
     * @param {import('node:http').IncomingMessage} req
     * @param {import('node:http').ServerResponse} res
     * @param {{ html: string, etag: string, contentType: string | null | undefined }} page
     */
    keep(req, res, { html, etag, contentType }) {
      const { [ADDRESS]: address, [GENERATION]: seen } = /** @type {any} */ (req)
      if (address === undefined || seen !== generation) return
      if (req.method !== 'GET' || res.statusCode !== 200) return
      if (res.getHeader('x-nextjs-cache') !== 'HIT' || res.getHeader('set-cookie') !== undefined)
        return
      const policy = String(res.getHeader('content-security-policy') ?? '')
      if (policy.includes("'nonce-")) return
      const sMaxAge = sMaxAgeOf(res.getHeader('cache-control'))
      if (sMaxAge === null || sMaxAge < NEVER_REVALIDATED) return
      const type = res.getHeader('content-type') ?? contentType
      if (!type || !String(type).startsWith('text/html')) return

      // Next's 304 is sent before it sets Content-Type; `compression` varies only a typed response.
      const before = headersOf(res, [['ETag', etag]])
      const notModified = res.getHeader('content-type') ? withVaryOnEncoding(before) : before
      const sent = headersOf(res, [
        ['ETag', etag],
        ['Content-Type', String(type)],
      ])
      const body = Buffer.from(html)
      const varied = withVaryOnEncoding(sent)
      const identity = [...varied, ['Content-Length', String(body.length)]]
      if (body.length > maxBytes) return
      forget(address)
      makeRoom(body.length)
      entries.set(address, {
        etag,
        varied,
        identity: { headers: identity, body },
        head: { headers: identity, body: null },
        // Made on the first request that asks for it, so keeping a page costs no compression.
        gzip: body.length >= COMPRESSION_THRESHOLD ? null : { headers: identity, body },
        notModified: { headers: notModified, body: null },
        bytes: body.length,
      })
      bytes += body.length
    },

    /** Forgets every kept page: Next's cache has changed. */
    clear() {
      generation += 1
      entries.clear()
      bytes = 0
    },

    get size() {
      return entries.size
    },
  }
}

/** @typedef {ReturnType<typeof createFrontCache>} FrontCache */

/** Makes `cache` the one Next's router asks first (patch 006). */
export const registerFrontCache = (/** @type {FrontCache} */ cache = createFrontCache()) => {
  ;/** @type {any} */ (globalThis)[FRONT_CACHE] = cache
  return cache
}

/** Called on every change to Next's cache; nothing happens where no front cache is registered. */
export const clearFrontCache = () => {
  ;/** @type {any} */ (globalThis)[FRONT_CACHE]?.clear()
}
