import { exportTooLarge, MAX_WORDPRESS_EXPORT_BYTES } from '@/wordpress/import/limits'

// Payload reads a whole JSON body into memory before anything checks it, answers an upload over
// its multipart limit or a broken multipart body with a 500, and overflows its stack on JSON
// nested thousands of levels deep. The API routes are wrapped (withBodyLimit) so such bodies get
// a 4xx that names the problem before Payload sees them.

const MB = 1024 * 1024

/** Largest image staff may upload (collections/Media.ts says the same to editors). */
export const MAX_IMAGE_BYTES = 10 * MB
/** A JSON body: far above the largest article (a few hundred KB of rich text). */
export const MAX_JSON_BYTES = 4 * MB
/** A multipart upload: the image plus its form fields. */
export const MAX_MULTIPART_BYTES = MAX_IMAGE_BYTES + MB

/** Deeper than any document of this site (rich text nests about two levels per list level). */
export const MAX_JSON_DEPTH = 200

export const megabytes = (bytes: number) => `${(bytes / MB).toFixed(bytes % MB ? 1 : 0)} MB`

/** A multipart upload of a WordPress export (the admin's "WordPress imports"), and its form fields. */
export const MAX_EXPORT_MULTIPART_BYTES = MAX_WORDPRESS_EXPORT_BYTES + MB

type Limit = { bytes: number; message: (size?: number) => string }

const JSON_LIMIT: Limit = {
  bytes: MAX_JSON_BYTES,
  message: (size) =>
    `The request body is ${size ? megabytes(size) : 'too large'}; the limit is ${megabytes(MAX_JSON_BYTES)}.`,
}

const IMAGE_LIMIT: Limit = {
  bytes: MAX_MULTIPART_BYTES,
  message: (size) =>
    `The upload is ${size ? megabytes(size) : 'too large'}; images may be at most ${megabytes(MAX_IMAGE_BYTES)}. Make the image smaller and try again.`,
}

// Exports are often far larger than images; only creating an import takes them.
const EXPORT_LIMIT: Limit = { bytes: MAX_EXPORT_MULTIPART_BYTES, message: exportTooLarge }

const limitFor = (request: Request, multipart: boolean): Limit => {
  if (!multipart) return JSON_LIMIT
  const { pathname } = new URL(request.url)
  return request.method === 'POST' && /\/api\/wordpress-imports\/?$/.test(pathname)
    ? EXPORT_LIMIT
    : IMAGE_LIMIT
}

const tooLarge = (limit: Limit, size?: number) =>
  Response.json(
    { errors: [{ message: limit.message(size) }] },
    { status: 413, headers: { Connection: 'close' } },
  )

const refuse = (status: number, message: string) =>
  Response.json({ errors: [{ message }] }, { status })

const tooDeep = () => refuse(400, `The JSON is nested more than ${MAX_JSON_DEPTH} levels deep.`)

const decoder = new TextDecoder()

/** How deeply arrays and objects nest in a JSON text, counted without parsing it. */
export const jsonDepth = (text: string): number => {
  let depth = 0
  let deepest = 0
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const char = text.charCodeAt(i)
    if (inString) {
      if (char === 92)
        i++ // backslash: skip the escaped character
      else if (char === 34) inString = false
    } else if (char === 34) inString = true
    else if (char === 123 || char === 91) deepest = Math.max(deepest, ++depth)
    else if (char === 125 || char === 93) depth--
  }
  return deepest
}

/** The multipart body must parse, and its `_payload` part (Payload's JSON) be a JSON object. */
const checkMultipart = async (
  request: Request,
  body: Uint8Array,
): Promise<Response | undefined> => {
  let form: FormData
  try {
    form = await new Request(request.url, {
      method: 'POST',
      headers: request.headers,
      body: body as BodyInit,
    }).formData()
  } catch {
    return refuse(
      400,
      'The upload is not valid multipart/form-data (check the boundary). Send the file as a form field named "file".',
    )
  }
  const payload = form.get('_payload')
  if (payload === null) return undefined
  // The admin sends every save this way, so the depth limit applies here as to a JSON body.
  if (jsonDepth(String(payload)) > MAX_JSON_DEPTH) return tooDeep()
  try {
    const data: unknown = JSON.parse(String(payload))
    if (data && typeof data === 'object' && !Array.isArray(data)) return undefined
  } catch {
    // falls through
  }
  return refuse(400, 'The "_payload" part of the upload must be a JSON object, e.g. {"alt": "…"}.')
}

type Handler<C> = (request: Request, context: C) => Promise<Response> | Response

/** Wraps a route handler: bodies over the limit answer 413 and are not read any further. */
export const withBodyLimit =
  <C>(handler: Handler<C>): ((request: Request, context: C) => Promise<Response>) =>
  async (request, context) => {
    if (!request.body || !['POST', 'PATCH', 'PUT'].includes(request.method))
      return handler(request, context)
    const multipart = (request.headers.get('content-type') ?? '')
      .toLowerCase()
      .startsWith('multipart/')
    const limit = limitFor(request, multipart)
    const declared = Number(request.headers.get('content-length'))
    if (declared > limit.bytes) return tooLarge(limit, declared)

    // A chunked body (or a wrong Content-Length) is counted as it is read.
    const reader = request.body.getReader()
    const chunks: Uint8Array[] = []
    let size = 0
    for (;;) {
      const { done, value } = await reader.read()
      if (done) break
      size += value.byteLength
      if (size > limit.bytes) {
        await reader.cancel().catch(() => undefined)
        return tooLarge(limit)
      }
      chunks.push(value)
    }
    const body = new Uint8Array(size)
    let offset = 0
    for (const chunk of chunks) {
      body.set(chunk, offset)
      offset += chunk.byteLength
    }
    if (multipart) {
      const refused = await checkMultipart(request, body)
      if (refused) return refused
    } else if (jsonDepth(decoder.decode(body)) > MAX_JSON_DEPTH) {
      return tooDeep()
    }
    const headers = new Headers(request.headers)
    headers.set('content-length', String(size))
    try {
      return await handler(
        new Request(request.url, { method: request.method, headers, body: body as BodyInit }),
        context,
      )
    } catch (error) {
      // The GraphQL route lets Payload's "Invalid JSON" (and other client errors) escape as a 500.
      const { status, message } = error as { status?: number; message?: string }
      if (status && status >= 400 && status < 500 && message) return refuse(status, message)
      throw error
    }
  }
