import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { createServer } from 'node:http'
import os from 'node:os'
import path from 'node:path'

import { REST_POST } from '@payloadcms/next/routes'
import type { Payload } from 'payload'

import { withBodyLimit } from '@/hardening/bodyLimit'
import type { WordpressImport } from '@/payload-types'
import type { WordPressReport } from '@/wordpress/import/report'

import type { ApiResponse } from './http'
import { startPayload, type TestContext } from './payload'

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

/** An export uploaded as the admin's form sends it, through the API route's body limit. */
export const uploadExport = async (
  ctx: TestContext,
  file: string,
  fields: Record<string, unknown>,
  token: string | null = ctx.admin.token,
): Promise<ApiResponse> => {
  const form = new FormData()
  const content = await readFile(wordpressFixture(file))
  form.append('file', new Blob([content], { type: 'text/xml' }), file)
  form.append('_payload', JSON.stringify(fields))
  const request = new Request('http://localhost:3000/api/wordpress-imports', {
    method: 'POST',
    headers: token ? { Authorization: `JWT ${token}` } : {},
    body: form,
  })
  const response = await withBodyLimit(REST_POST(ctx.config))(request, {
    params: Promise.resolve({ slug: ['wordpress-imports'] }),
  })
  const text = await response.text()
  try {
    return { status: response.status, body: JSON.parse(text) }
  } catch {
    return { status: response.status, body: text }
  }
}

export type StoredImport = WordpressImport & { report: WordPressReport | null }

/** Reads the import until the job has finished with it (bounded), then returns it. */
export const importFinished = async (
  ctx: TestContext,
  id: number | string,
  timeoutMs = 45_000,
): Promise<StoredImport> => {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const doc = (await ctx.payload.findByID({
      collection: 'wordpress-imports',
      id,
      depth: 0,
    })) as StoredImport
    if (doc.status === 'done' || doc.status === 'failed') return doc
    if (Date.now() > deadline) throw new Error(`import ${id} still ${doc.status}`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

export type ImportSite = { ctx: TestContext; importsDir: string; oldSite: OldSite }

/**
 * The admin's side of an import: Payload on a fresh database storing uploaded exports in a
 * folder of its own (IMPORTS_DIR), and the old WordPress site on loopback to download from.
 */
export const startImportSite = async (): Promise<ImportSite & { stop: () => Promise<void> }> => {
  const importsDir = await mkdtemp(path.join(os.tmpdir(), 'clinic-imports-'))
  process.env.IMPORTS_DIR = importsDir
  const ctx = await startPayload()
  const oldSite = await serveOldSite()
  const stop = async () => {
    await ctx.stop()
    await oldSite.close()
    delete process.env.IMPORTS_DIR
    await rm(importsDir, { recursive: true, force: true })
  }
  return { ctx, importsDir, oldSite, stop }
}
