/** @jest-environment node */
import {
  createServer,
  type IncomingMessage,
  request,
  type Server,
  type ServerResponse,
} from 'node:http'
import type { AddressInfo } from 'node:net'
import { gunzipSync } from 'node:zlib'

import { createFrontCache, type FrontCache } from '@/cache/frontCache.mjs'

// A stand-in for Next behind the front cache, sending a stored page the way Next's
// sendRenderResult does: headers from the router and the cache entry, then the ETag (and a 304
// when it matches), then Content-Type and Content-Length.
type Sent = {
  cache?: string
  status?: number
  cacheControl?: string
  policy?: string
  cookie?: string
  contentType?: string
}

const PAGE = `<!DOCTYPE html><html lang="en"><body><main>${'<p>Knee pain, explained.</p>'.repeat(80)}</main></body></html>`
const ETAG = '"page-etag-1"'
const POLICY = "default-src 'self'; script-src 'self' 'sha256-abc='"

let front: FrontCache
let server: Server
let port: number
let nextCalls: string[]
let sent: Sent
// Lets a test act while "Next" is reading its cache, before it keeps the page.
let whileRendering: (() => void) | undefined

const next = (req: IncomingMessage, res: ServerResponse) => {
  nextCalls.push(`${req.method} ${req.url}`)
  res.setHeader('X-Content-Type-Options', 'nosniff')
  res.setHeader('Vary', 'rsc, next-router-state-tree, next-router-prefetch')
  res.setHeader('x-nextjs-cache', sent.cache ?? 'HIT')
  res.setHeader('Cache-Control', sent.cacheControl ?? 's-maxage=31536000')
  res.setHeader('content-security-policy', sent.policy ?? POLICY)
  if (sent.cookie) res.setHeader('Set-Cookie', sent.cookie)
  res.statusCode = sent.status ?? 200
  whileRendering?.()
  front.keep(req, res, {
    html: PAGE,
    etag: ETAG,
    contentType: sent.contentType ?? 'text/html; charset=utf-8',
  })
  res.setHeader('ETag', ETAG)
  if (req.headers['if-none-match'] === ETAG) {
    res.statusCode = 304
    res.end()
    return
  }
  res.setHeader('Content-Type', sent.contentType ?? 'text/html; charset=utf-8')
  res.setHeader('Content-Length', Buffer.byteLength(PAGE))
  res.end(req.method === 'HEAD' ? undefined : PAGE)
}

type Reply = {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: Buffer
}

const get = (path: string, headers: Record<string, string> = {}, method = 'GET') =>
  new Promise<Reply>((resolve, reject) => {
    const req = request({ port, path, method, headers, agent: false }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (chunk: Buffer) => chunks.push(chunk))
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      )
    })
    req.on('error', reject)
    req.end()
  })

const withoutDate = ({ date: _date, ...headers }: Reply['headers']) => headers

beforeEach(async () => {
  front = createFrontCache()
  nextCalls = []
  sent = {}
  whileRendering = undefined
  server = createServer((req, res) => {
    if (!front.serve(req, res)) next(req, res)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  port = (server.address() as AddressInfo).port
})

afterEach(async () => {
  await new Promise((resolve) => server.close(resolve))
})

describe('a page Next served from its cache', () => {
  it('is answered before Next the next time, with the same bytes and headers', async () => {
    const first = await get('/articles/knee-pain')
    const second = await get('/articles/knee-pain')
    expect(nextCalls).toEqual(['GET /articles/knee-pain'])
    expect(second.status).toBe(200)
    expect(second.body.toString()).toBe(PAGE)
    expect(first.body.toString()).toBe(PAGE)
    expect(withoutDate(second.headers)).toEqual({
      ...withoutDate(first.headers),
      // Next's compression varies every typed response on the encoding.
      vary: 'rsc, next-router-state-tree, next-router-prefetch, Accept-Encoding',
    })
    expect(second.headers['content-security-policy']).toBe(POLICY)
    expect(second.headers['x-nextjs-cache']).toBe('HIT')
    expect(second.headers['content-length']).toBe(String(Buffer.byteLength(PAGE)))
  })

  it('is sent gzipped to a browser that accepts it, as Next compresses it', async () => {
    await get('/articles/knee-pain')
    const zipped = await get('/articles/knee-pain', { 'accept-encoding': 'gzip, deflate, br' })
    expect(nextCalls).toHaveLength(1)
    expect(zipped.headers['content-encoding']).toBe('gzip')
    expect(zipped.headers['content-length']).toBe(String(zipped.body.length))
    expect(gunzipSync(zipped.body).toString()).toBe(PAGE)
    // Deflate alone is Next's to answer; identity is kept.
    await get('/articles/knee-pain', { 'accept-encoding': 'deflate' })
    expect(nextCalls).toHaveLength(2)
    const plain = await get('/articles/knee-pain', { 'accept-encoding': 'gzip;q=0, identity' })
    expect(plain.headers['content-encoding']).toBeUndefined()
    expect(plain.body.toString()).toBe(PAGE)
    expect(nextCalls).toHaveLength(2)
  })

  it('answers a matching If-None-Match with 304 and HEAD with the headers alone', async () => {
    await get('/offices/downtown')
    const notModified = await get('/offices/downtown', { 'if-none-match': ETAG })
    expect(notModified.status).toBe(304)
    expect(notModified.body.length).toBe(0)
    expect(notModified.headers.etag).toBe(ETAG)
    expect(notModified.headers['cache-control']).toBe('s-maxage=31536000')
    const changed = await get('/offices/downtown', { 'if-none-match': '"another"' })
    expect(changed.status).toBe(200)
    expect(changed.body.toString()).toBe(PAGE)
    const head = await get('/offices/downtown', {}, 'HEAD')
    expect(head.status).toBe(200)
    expect(head.body.length).toBe(0)
    expect(head.headers['content-length']).toBe(String(Buffer.byteLength(PAGE)))
    expect(nextCalls).toEqual(['GET /offices/downtown'])
  })

  it('keeps each address apart, query string included', async () => {
    await get('/topics/knees')
    await get('/topics/knees?utm_source=mail')
    await get('/topics/knees?utm_source=mail')
    expect(nextCalls).toEqual(['GET /topics/knees', 'GET /topics/knees?utm_source=mail'])
  })
})

describe('what goes to Next every time', () => {
  it('draft mode, flight data, other methods and Next’s own files', async () => {
    await get('/articles/knee-pain')
    await get('/articles/knee-pain', { cookie: 'a=1; __prerender_bypass=abc' })
    await get('/articles/knee-pain', { rsc: '1' })
    await get('/articles/knee-pain?_rsc=xyz')
    await get('/articles/knee-pain', { 'next-router-prefetch': '1' })
    await get('/articles/knee-pain', {}, 'DELETE')
    await get('/_next/static/chunks/app.js')
    await get('/_next/static/chunks/app.js')
    expect(nextCalls).toHaveLength(8)
  })

  it.each<[string, Sent]>([
    ['a page Next had to render', { cache: 'MISS' }],
    ['a stale page', { cache: 'STALE' }],
    ['a page with a per-request nonce', { policy: "script-src 'nonce-abc'" }],
    [
      'a page revalidated by time',
      { cacheControl: 's-maxage=60, stale-while-revalidate=31535940' },
    ],
    ['a page that sets a cookie', { cookie: 'session=1' }],
    ['a 404', { status: 404 }],
    ['something other than HTML', { contentType: 'application/json' }],
  ])('%s is never kept', async (_what, response) => {
    sent = response
    await get('/x')
    await get('/x')
    expect(nextCalls).toEqual(['GET /x', 'GET /x'])
  })
})

describe('when Next’s cache changes', () => {
  it('forgets every kept page', async () => {
    await get('/a')
    await get('/b')
    front.clear()
    await get('/a')
    await get('/b')
    expect(nextCalls).toEqual(['GET /a', 'GET /b', 'GET /a', 'GET /b'])
  })

  it('does not keep a page read before the change and sent after it', async () => {
    whileRendering = () => front.clear()
    await get('/a')
    whileRendering = undefined
    await get('/a')
    await get('/a')
    expect(nextCalls).toEqual(['GET /a', 'GET /a'])
  })
})

describe('its size', () => {
  it('keeps at most maxEntries pages, the oldest out first', async () => {
    front = createFrontCache({ maxEntries: 2 })
    for (const path of ['/a', '/b', '/c', '/a', '/c']) await get(path)
    expect(nextCalls).toEqual(['GET /a', 'GET /b', 'GET /c', 'GET /a'])
    expect(front.size).toBe(2)
  })

  it('keeps at most maxBytes of pages', async () => {
    front = createFrontCache({ maxBytes: Buffer.byteLength(PAGE) * 1.5 })
    await get('/a')
    await get('/b')
    expect(front.size).toBe(1)
    await get('/b')
    expect(nextCalls).toEqual(['GET /a', 'GET /b'])
  })
})
