import { readFile, stat } from 'node:fs/promises'
import path from 'node:path'

import { MAX_IMAGE_BYTES, megabytes } from '@/hardening/bodyLimit'

/**
 * Where image files come from: a local copy of wp-content/uploads, the old site (its address,
 * or by default the addresses written in the export).
 */
export type UploadSource = { kind: 'folder'; folder: string } | { kind: 'site'; origin?: string }

export class FileUnavailable extends Error {
  override name = 'FileUnavailable'
}

const DOWNLOAD_TIMEOUT_MS = 30_000

/** `--uploads` as typed: a folder that must exist, or an http(s) address of the old site. */
export const uploadSource = async (
  value: string | undefined,
  cwd: string,
): Promise<UploadSource> => {
  if (!value) return { kind: 'site' }
  if (/^https?:\/\//i.test(value)) {
    const url = new URL(value)
    return { kind: 'site', origin: url.origin }
  }
  const folder = path.resolve(cwd, value)
  const info = await stat(folder).catch(() => null)
  if (!info?.isDirectory())
    throw new FileUnavailable(
      `The uploads folder ${folder} does not exist. Give the copy of wp-content/uploads, or the old site's address (https://…).`,
    )
  return { kind: 'folder', folder }
}

/** "2017/03/knee.jpg" from https://site/wp-content/uploads/2017/03/knee.jpg, else null. */
export const uploadsPath = (address: string): string | null => {
  const match = /\/wp-content\/uploads\/(.+)$/.exec(safePathname(address))
  return match ? decodeURIComponent(match[1]) : null
}

const safePathname = (address: string): string => {
  try {
    return new URL(address).pathname
  } catch {
    return address.split(/[?#]/)[0]
  }
}

/** Tries of one download when the connection itself fails (not when the server answers). */
const CONNECTION_ATTEMPTS = 3

/** Why a request got no answer: Node's fetch puts the socket's error code in `cause`. */
const connectionError = (error: unknown): string => {
  const cause = (error as { cause?: { code?: string } }).cause
  return cause?.code ? `no connection: ${cause.code}` : 'no connection'
}

/**
 * The answer to a GET of `address`. A server may close a kept-alive connection just as the next
 * request is sent on it (seen with Node's own server on a busy machine): that request never
 * reached it, so it is sent again on a new connection. A time-out is not retried.
 */
const fetchAnswer = async (address: string): Promise<Response> => {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fetch(address, {
        redirect: 'follow',
        signal: AbortSignal.timeout(DOWNLOAD_TIMEOUT_MS),
      })
    } catch (error) {
      if ((error as Error).name === 'TimeoutError')
        throw new FileUnavailable(`${address} could not be downloaded (no answer in 30 s).`)
      if (attempt === CONNECTION_ATTEMPTS)
        throw new FileUnavailable(`${address} could not be downloaded (${connectionError(error)}).`)
    }
  }
}

const download = async (address: string): Promise<Buffer> => {
  const response = await fetchAnswer(address)
  if (!response.ok) {
    await response.body?.cancel()
    throw new FileUnavailable(`${address} could not be downloaded (HTTP ${response.status}).`)
  }
  const declared = Number(response.headers.get('content-length'))
  if (declared > MAX_IMAGE_BYTES) {
    await response.body?.cancel()
    throw tooLarge(address, declared)
  }
  const bytes = Buffer.from(await response.arrayBuffer())
  if (bytes.length > MAX_IMAGE_BYTES) throw tooLarge(address, bytes.length)
  return bytes
}

const tooLarge = (address: string, size: number) =>
  new FileUnavailable(
    `${address} is ${megabytes(size)}; images may be at most ${megabytes(MAX_IMAGE_BYTES)}.`,
  )

/** The bytes of an image the export points at (its original, full-size file). */
export const readUpload = async (source: UploadSource, address: string): Promise<Buffer> => {
  const relative = uploadsPath(address)
  if (source.kind === 'folder') {
    if (!relative)
      throw new FileUnavailable(
        `${address} is not in wp-content/uploads, so it is not in ${source.folder}.`,
      )
    const file = path.join(source.folder, relative)
    // A crafted address must not read outside the folder.
    if (!file.startsWith(source.folder + path.sep))
      throw new FileUnavailable(`${address} points outside the uploads folder.`)
    const info = await stat(file).catch(() => null)
    if (!info?.isFile()) throw new FileUnavailable(`${file} is missing.`)
    if (info.size > MAX_IMAGE_BYTES) throw tooLarge(file, info.size)
    return readFile(file)
  }
  if (source.origin && relative) {
    return download(new URL(`/wp-content/uploads/${relative}`, source.origin).toString())
  }
  return download(address)
}
