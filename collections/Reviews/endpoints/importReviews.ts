import type { Endpoint, PayloadRequest } from 'payload'

import { isStaffUser } from '@/access/roles'
import {
  importReviews,
  type ImportReviewsOptions,
  MAX_IMPORT_BYTES,
  ReviewFileError,
  summarizeReport,
} from '@/reviews/import'
import { tooLarge } from '@/reviews/import/decode'

const refuse = (status: number, message: string) =>
  Response.json({ errors: [{ message }] }, { status })

// Room for the multipart boundaries and part headers around a file of the maximum size.
const MULTIPART_OVERHEAD = 64 * 1024

const RAW_TYPES: Record<string, ImportReviewsOptions['format']> = {
  'text/csv': 'csv',
  'application/json': 'json',
}

/** The body's bytes, or null as soon as it grows past `limit`, so a huge upload is not buffered. */
const readBody = async (
  req: PayloadRequest,
  limit: number,
): Promise<Uint8Array<ArrayBuffer> | null> => {
  if (!req.body) return new Uint8Array()
  const reader = req.body.getReader()
  const parts: Uint8Array<ArrayBuffer>[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > limit) {
      await reader.cancel()
      return null
    }
    parts.push(value)
  }
  const body = new Uint8Array(size)
  parts.reduce((offset, part) => (body.set(part, offset), offset + part.byteLength), 0)
  return body
}

type Upload = Pick<ImportReviewsOptions, 'content' | 'filename' | 'format'>

const readUpload = async (req: PayloadRequest): Promise<Upload | Response> => {
  const header = req.headers.get('content-type') ?? ''
  const type = header.split(';')[0].trim().toLowerCase()
  const multipart = type === 'multipart/form-data'
  if (!multipart && !Object.hasOwn(RAW_TYPES, type)) {
    return refuse(
      415,
      `Send the file as multipart/form-data in a field named "file", or as the request body with Content-Type text/csv or application/json${type ? ` (not ${type.slice(0, 80)})` : ''}.`,
    )
  }
  const limit = MAX_IMPORT_BYTES + (multipart ? MULTIPART_OVERHEAD : 0)
  const declared = Number(req.headers.get('content-length'))
  if (declared > limit) return refuse(413, tooLarge(multipart ? undefined : declared).message)
  const body = await readBody(req, limit)
  if (!body) return refuse(413, tooLarge().message)
  if (!multipart) return { content: body, format: RAW_TYPES[type] }

  let form: FormData
  try {
    form = await new Response(body, { headers: { 'content-type': header } }).formData()
  } catch {
    return refuse(400, 'The upload could not be read as multipart/form-data.')
  }
  const file = form.get('file')
  if (typeof file === 'string') return { content: file }
  if (!file) return refuse(400, 'Attach the file in a form field named "file".')
  if (file.size > MAX_IMPORT_BYTES) return refuse(413, tooLarge(file.size).message)
  return { content: new Uint8Array(await file.arrayBuffer()), filename: file.name || undefined }
}

/**
 * `POST /api/reviews/import`: a CSV export or Facebook's recommendations JSON, uploaded as
 * multipart/form-data (field `file`) or sent as the body (text/csv, application/json). Answers
 * 200 `{ message, report }` with every row's outcome, or 400 `{ errors }` when the file as a whole
 * cannot be imported (then nothing is saved).
 */
export const importReviewsEndpoint: Endpoint = {
  path: '/import',
  method: 'post',
  handler: async (req) => {
    if (!isStaffUser(req.user)) {
      return refuse(req.user ? 403 : 401, 'Only signed-in clinic staff can import reviews.')
    }
    const upload = await readUpload(req)
    if (upload instanceof Response) return upload
    try {
      const report = await importReviews(req.payload, { ...upload, user: req.user })
      return Response.json({ message: summarizeReport(report), report })
    } catch (error) {
      if (error instanceof ReviewFileError) return refuse(error.status, error.message)
      req.payload.logger.error({ err: error, msg: 'Review import failed' })
      return refuse(500, 'The reviews could not be imported. Nothing was saved; please try again.')
    }
  },
}
