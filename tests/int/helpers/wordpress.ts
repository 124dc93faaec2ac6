import { readFile } from 'node:fs/promises'
import { createServer } from 'node:http'
import path from 'node:path'

import type { Payload } from 'payload'

/** The WordPress exports and uploads folder written in WordPress's own format. */
export const WORDPRESS_FIXTURES = path.join(process.cwd(), 'tests/fixtures/wordpress')

export const wordpressFixture = (name: string) => path.join(WORDPRESS_FIXTURES, name)

/** Every document an import made from this WordPress item, drafts included. */
export const importedFrom = async <T>(
  payload: Payload,
  collection: 'articles' | 'pages' | 'media' | 'physicians' | 'topics',
  wordpressId: number | string,
): Promise<T[]> => {
  const { docs } = await payload.find({
    collection,
    where: { wordpressId: { equals: String(wordpressId) } },
    draft: true,
    depth: 0,
  })
  return docs as T[]
}

export type OldSite = {
  /** http://127.0.0.1:<port>, to give as the old site's address. */
  origin: string
  /** Every path asked for, in order. */
  requested: string[]
  /** Paths answered 404 although the file is there (an image that fails to download). */
  missing: Set<string>
  /** Paths whose next request gets its connection closed instead of an answer (once each). */
  dropOnce: Set<string>
  close: () => Promise<void>
}

/** The old WordPress site on loopback: serves its wp-content/uploads from the fixtures. */
export const serveOldSite = async (): Promise<OldSite> => {
  const requested: string[] = []
  const missing = new Set<string>()
  const dropOnce = new Set<string>()
  const server = createServer(async (request, response) => {
    const url = request.url ?? ''
    requested.push(url)
    if (dropOnce.delete(url)) {
      request.socket.destroy()
      return
    }
    const relative = decodeURIComponent(url.replace(/^\/wp-content\/uploads\//, ''))
    try {
      if (missing.has(url)) throw new Error('gone')
      const body = await readFile(path.join(WORDPRESS_FIXTURES, 'uploads', relative))
      response.writeHead(200, { 'content-type': 'application/octet-stream' }).end(body)
    } catch {
      response.writeHead(404).end('not found')
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    origin: `http://127.0.0.1:${(server.address() as { port: number }).port}`,
    requested,
    missing,
    dropOnce,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}
