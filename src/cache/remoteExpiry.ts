import { createHmac, timingSafeEqual } from 'node:crypto'

import type { Endpoint, Payload } from 'payload'

import { revalidateTags } from './revalidate'

/**
 * A command that writes through its own Payload (`npm run import:wordpress`) expires cached
 * pages in its own process, where nothing is cached. It tells the running server instead:
 * `POST /api/cache/expire` with the tags, signed with the secret both processes share, so nobody
 * else can make the site re-render at will.
 */

export const EXPIRE_PATH = '/cache/expire'
const SIGNATURE_HEADER = 'x-cache-expiry-signature'
/** A signed request older (or newer) than this is refused: it cannot be replayed later. */
const MAX_SKEW_MS = 5 * 60 * 1000
const MAX_TAGS = 10_000
const MAX_TAG_LENGTH = 256

type ExpiryBody = { tags: string[]; at: number }

const sign = (secret: string, body: string) =>
  createHmac('sha256', secret).update(body).digest('hex')

const sameSignature = (a: string, b: string) =>
  a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b))

const refuse = (status: number, message: string) =>
  Response.json({ errors: [{ message }] }, { status })

const readBody = (text: string): ExpiryBody | null => {
  try {
    const body = JSON.parse(text) as Partial<ExpiryBody>
    if (
      !Array.isArray(body.tags) ||
      body.tags.length > MAX_TAGS ||
      !body.tags.every((tag) => typeof tag === 'string' && tag && tag.length <= MAX_TAG_LENGTH) ||
      typeof body.at !== 'number'
    )
      return null
    return { tags: body.tags, at: body.at }
  } catch {
    return null
  }
}

/** `POST /api/cache/expire`: expires the tags a signed request names, in this server's cache. */
export const expireCacheEndpoint: Endpoint = {
  path: EXPIRE_PATH,
  method: 'post',
  handler: async (req) => {
    const text = (await req.text?.()) ?? ''
    const signature = req.headers.get(SIGNATURE_HEADER) ?? ''
    if (!signature || !sameSignature(signature, sign(req.payload.secret, text)))
      return refuse(401, 'The request is not signed with this site’s secret.')
    const body = readBody(text)
    if (!body)
      return refuse(400, `Send { "tags": [up to ${MAX_TAGS} tag names], "at": <time in ms> }.`)
    if (Math.abs(Date.now() - body.at) > MAX_SKEW_MS)
      return refuse(401, 'The signed request is too old (or from a clock that is far off).')
    await revalidateTags(body.tags)
    return Response.json({ expired: body.tags.length })
  },
}

export type RemoteExpiry = { told: true; expired: number } | { told: false; reason: string }

/**
 * Asks the server at `origin` to expire `tags`. Never throws: a server that is not running has
 * nothing cached to expire, and the caller says so.
 */
export const expireOnServer = async (
  payload: Payload,
  origin: string,
  tags: Iterable<string>,
): Promise<RemoteExpiry> => {
  const list = [...new Set(tags)]
  if (!origin) return { told: false, reason: 'NEXT_PUBLIC_SERVER_URL is not set' }
  const body = JSON.stringify({ tags: list, at: Date.now() } satisfies ExpiryBody)
  try {
    const response = await fetch(new URL(`/api${EXPIRE_PATH}`, origin), {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        [SIGNATURE_HEADER]: sign(payload.secret, body),
      },
      body,
      signal: AbortSignal.timeout(10_000),
    })
    if (!response.ok) return { told: false, reason: `${origin} answered ${response.status}` }
    const { expired } = (await response.json()) as { expired: number }
    return { told: true, expired }
  } catch {
    return { told: false, reason: `${origin} did not answer` }
  }
}
