// First: Next's request stores must be real ones, as in the server.
import './helpers/nextRuntime.cjs'

import { REST_GET, REST_POST } from '@payloadcms/next/routes'
import { workAsyncStorage } from 'next/dist/server/app-render/work-async-storage.external'

import { revalidationListeners } from '@/cache/revalidate'
import { tags } from '@/cache/tags'
import { withBodyLimit } from '@/hardening/bodyLimit'
import type { WordPressReport } from '@/wordpress/import/report'

import { rest } from './helpers/http'
import type { TestContext } from './helpers/payload'
import {
  importFinished,
  type OldSite,
  startImportSite,
  type StoredImport,
  uploadExport,
} from './helpers/wordpress'

/**
 * "Import from WordPress" in the admin: an admin uploads an export, reads the dry run, starts the
 * import, which runs as a job in the server, and reads its progress and report. Only admins.
 */

const SLUG = 'how-stem-cells-help-fix-a-broken-healing-cycle'

let ctx: TestContext
let oldSite: OldSite
let stop: (() => Promise<void>) | undefined

beforeAll(async () => {
  ;({ ctx, oldSite, stop } = await startImportSite())
})

afterAll(async () => {
  await stop?.()
})

type Answer = { status: number; body: any }

const call = async (
  handler: (
    request: Request,
    context: { params: Promise<{ slug: string[] }> },
  ) => Promise<Response>,
  request: Request,
): Promise<Answer> => {
  const slug = new URL(request.url).pathname.replace(/^\/api\//, '').split('/')
  const response = await handler(request, { params: Promise.resolve({ slug }) })
  const text = await response.text()
  try {
    return { status: response.status, body: JSON.parse(text) }
  } catch {
    return { status: response.status, body: text }
  }
}

const auth = (token?: string | null): Record<string, string> =>
  token ? { Authorization: `JWT ${token}` } : {}

const upload = (file: string, fields: Record<string, unknown>, token?: string | null) =>
  uploadExport(ctx, file, fields, token)

const start = (id: number | string, token: string | null = ctx.admin.token) =>
  rest(ctx.config, 'POST', `wordpress-imports/${id}/start`, { token: token ?? undefined })

const read = (id: number | string) =>
  ctx.payload.findByID({
    collection: 'wordpress-imports',
    id,
    depth: 0,
  }) as Promise<StoredImport>

const finished = (id: number | string, timeoutMs?: number) => importFinished(ctx, id, timeoutMs)

const count = async (collection: 'articles' | 'pages' | 'media' | 'redirects') =>
  (await ctx.payload.count({ collection, overrideAccess: true })).totalDocs

let importId: number | string

describe('an admin', () => {
  it('uploads an export and sees the dry run: what would be imported, nothing written', async () => {
    const { status, body } = await upload('clinic-1.2.xml', { oldSiteUrl: oldSite.origin })
    expect(status).toBe(201)
    importId = body.doc.id
    expect(body.doc).toMatchObject({
      status: 'checked',
      oldSiteUrl: oldSite.origin,
      includeTags: true,
    })
    const report = body.doc.report as WordPressReport
    expect(report).toMatchObject({ dryRun: true, file: expect.stringMatching(/\.xml$/) })
    expect(report.refused).toBeUndefined()
    expect(report.counts.articles).toMatchObject({ created: 7, failed: 0 })
    expect(report.counts.pages.created).toBeGreaterThan(0)
    for (const collection of ['articles', 'pages', 'media', 'redirects'] as const)
      expect(await count(collection)).toBe(0)
  })

  it('starts it: the job runs in the server, reports progress, and ends with the report', async () => {
    const expired: string[][] = []
    const record = (list: string[]) => expired.push(list)
    revalidationListeners.add(record)
    // The running server's cache, as Next exposes it to code outside a request. Left in place:
    // revalidateTags expires the same tags again a few seconds later.
    const cacheExpired: string[] = []
    const globals = globalThis as { __incrementalCache?: unknown }
    globals.__incrementalCache = {
      revalidateTag: async (list: string[]) => void cacheExpired.push(...list),
    }
    // The start request, as Next runs a route handler: its own store, flushed when it answers.
    const requestStore = {
      route: '/api/[...slug]',
      page: '/api/[...slug]/route',
      incrementalCache: {},
      cacheLifeProfiles: {},
      pendingRevalidatedTags: [] as unknown[],
    }
    try {
      const response = await workAsyncStorage.run(requestStore as never, () => start(importId))
      expect(response.status).toBe(202)
      expect(['queued', 'running', 'done']).toContain(response.body.doc.status)

      const doc = await finished(importId)
      expect(doc.error ?? null).toBeNull()
      expect(doc.status).toBe('done')
      expect(doc.report).toMatchObject({ dryRun: false })
      expect(doc.report!.counts.articles).toMatchObject({ created: 7, failed: 0 })
      expect(doc.progress?.total).toBeGreaterThan(0)
      expect(doc.progress?.done).toBe(doc.progress?.total)
      expect(doc.startedAt).toBeTruthy()
      expect(doc.finishedAt).toBeTruthy()

      const { docs } = await ctx.payload.find({
        collection: 'articles',
        where: { slug: { equals: SLUG } },
        depth: 0,
      })
      expect(docs).toHaveLength(1)
      expect(docs[0]).toMatchObject({ _status: 'published', wordpressId: '101' })
      expect(await count('articles')).toBe(7)
      // The images came from the old site's address given with the upload.
      expect(oldSite.requested).toContain('/wp-content/uploads/2017/03/knee-xray.jpg')

      // The job's saves expired the new article's pages and the lists...
      const seen = new Set(expired.flat())
      for (const tag of [tags.doc('articles', SLUG), tags.articleList, tags.sitemap])
        expect(seen).toContain(tag)
      // ...in the running server's cache, not in the start request's store, which Next had
      // already flushed when the job saved them.
      expect(cacheExpired).toEqual(expect.arrayContaining([tags.doc('articles', SLUG)]))
      expect(requestStore.pendingRevalidatedTags).toEqual([])
    } finally {
      revalidationListeners.delete(record)
    }
  })

  it('cannot start the same import twice', async () => {
    const again = await start(importId)
    expect(again.status).toBe(409)
    expect(again.body.errors[0].message).toMatch(/already been started/)
  })

  it('a second upload of the same export finds everything already there', async () => {
    const { body } = await upload('clinic-1.2.xml', { oldSiteUrl: oldSite.origin })
    expect(body.doc.status).toBe('checked')
    expect(body.doc.report.counts.articles).toMatchObject({ created: 0, reused: 7 })
  })

  it('cannot start an import while another one is running', async () => {
    const { body } = await upload('clinic-1.2.xml', {})
    const running = { status: 'running' as const }
    await ctx.payload.update({ collection: 'wordpress-imports', id: importId, data: running })
    try {
      const refused = await start(body.doc.id)
      expect(refused.status).toBe(409)
      expect(refused.body.errors[0].message).toMatch(
        /^Another WordPress import \(clinic-1\.2\.xml\) is running\. Start this one when it has finished\.$/,
      )
      expect((await read(body.doc.id)).status).toBe('checked')
    } finally {
      await ctx.payload.update({
        collection: 'wordpress-imports',
        id: importId,
        data: { status: 'done' },
      })
    }
  })
})

describe('files that are not WordPress exports', () => {
  it('an RSS feed is refused with the one-line reason, and cannot be started', async () => {
    const { status, body } = await upload('rss-feed.xml', {})
    expect(status).toBe(201)
    expect(body.doc.status).toBe('refused')
    expect(body.doc.error).toMatch(/WordPress export|WXR/i)
    expect(body.doc.report.refused).toBe(body.doc.error)
    const started = await start(body.doc.id)
    expect(started.status).toBe(409)
    expect(started.body.errors[0].message).toMatch(/refused, so there is nothing to import/)
  })

  it('a text file is not accepted at all', async () => {
    const before = (await ctx.payload.count({ collection: 'wordpress-imports' })).totalDocs
    const { status, body } = await upload('not-xml.txt', {})
    expect(status).toBe(400)
    expect(JSON.stringify(body)).toMatch(/text\/plain/)
    expect((await ctx.payload.count({ collection: 'wordpress-imports' })).totalDocs).toBe(before)
  })

  it('an old site address that is not a web address is refused', async () => {
    const { status, body } = await upload('clinic-1.2.xml', { oldSiteUrl: 'ftp://old' })
    expect(status).toBe(400)
    expect(JSON.stringify(body)).toMatch(/http:\/\/ or https:\/\//)
  })
})

describe('the size limit', () => {
  const largeRequest = (body: BodyInit, headers: Record<string, string>) =>
    new Request('http://localhost:3000/api/wordpress-imports', {
      method: 'POST',
      headers: {
        ...auth(ctx.admin.token),
        'content-type': 'multipart/form-data; boundary=x',
        ...headers,
      },
      body,
      duplex: 'half',
    } as RequestInit)

  // A 1 MB chunk sent over and over: the body is never held whole by the test.
  const endless = () => {
    const chunk = new Uint8Array(1024 * 1024)
    let sent = 0
    return new ReadableStream<Uint8Array>({
      pull(controller) {
        sent += 1
        if (sent > 200) controller.close()
        else controller.enqueue(chunk)
      },
    })
  }

  it('an export over 64 MB gets 413 with the command to use instead', async () => {
    const declared = await call(
      withBodyLimit(REST_POST(ctx.config)),
      largeRequest(endless(), { 'content-length': String(120 * 1024 * 1024) }),
    )
    expect(declared).toEqual({
      status: 413,
      body: {
        errors: [
          {
            message:
              'The file is 120 MB; the admin takes WordPress exports up to 64 MB. Import it on the server with: npm run import:wordpress -- export.xml',
          },
        ],
      },
    })
    // Without a Content-Length, counted as it arrives.
    const streamed = await call(withBodyLimit(REST_POST(ctx.config)), largeRequest(endless(), {}))
    expect(streamed.status).toBe(413)
    expect(streamed.body.errors[0].message).toMatch(
      /up to 64 MB\. Import it on the server with: npm run import:wordpress -- export\.xml$/,
    )
  })

  it('images keep their own, lower limit', async () => {
    const request = new Request('http://localhost:3000/api/media', {
      method: 'POST',
      headers: {
        ...auth(ctx.admin.token),
        'content-type': 'multipart/form-data; boundary=x',
        'content-length': String(20 * 1024 * 1024),
      },
      body: endless(),
      duplex: 'half',
    } as RequestInit)
    const answer = await call(withBodyLimit(REST_POST(ctx.config)), request)
    expect(answer.status).toBe(413)
    expect(answer.body.errors[0].message).toMatch(/images may be at most 10 MB/)
  })
})

describe('only admins', () => {
  it('editors and visitors can neither list, read, upload, start nor download', async () => {
    const doc = await read(importId)
    for (const [who, token, expected] of [
      ['editor', ctx.editor.token, 403],
      ['visitor', null, 401],
    ] as const) {
      const list = await rest(ctx.config, 'GET', 'wordpress-imports', { token: token ?? undefined })
      const one = await rest(ctx.config, 'GET', `wordpress-imports/${importId}`, {
        token: token ?? undefined,
      })
      const created = await upload('clinic-1.2.xml', {}, token)
      const started = await start(importId, token)
      const file = await call(
        REST_GET(ctx.config),
        new Request(`http://localhost:3000/api/wordpress-imports/file/${doc.filename}`, {
          headers: auth(token),
        }),
      )
      expect({
        who,
        list: list.status,
        one: one.status,
        created: created.status,
        file: file.status,
      }).toEqual({
        who,
        // Payload answers a list it may not read with 403 for everyone.
        list: 403,
        one: 403,
        created: 403,
        file: 403,
      })
      expect({ who, started: started.status }).toEqual({ who, started: expected })
      expect(JSON.stringify([list.body, one.body, file.body])).not.toContain('wp:wxr_version')
    }
    // The admin can.
    const file = await call(
      REST_GET(ctx.config),
      new Request(`http://localhost:3000/api/wordpress-imports/file/${doc.filename}`, {
        headers: auth(ctx.admin.token),
      }),
    )
    expect(file.status).toBe(200)
    expect(String(file.body)).toContain('wp:wxr_version')
  })

  it('the fields the server sets cannot be sent', async () => {
    const { body } = await upload('clinic-1.2.xml', {
      status: 'done',
      report: { refused: 'forged' },
      progress: { done: 5, total: 5 },
    })
    expect(body.doc.status).toBe('checked')
    expect(body.doc.report.refused).toBeUndefined()
    const patched = await rest(ctx.config, 'PATCH', `wordpress-imports/${body.doc.id}`, {
      token: ctx.admin.token,
      body: { status: 'checked', error: 'forged' },
    })
    expect(patched.status).toBe(200)
    expect((await read(body.doc.id)).error ?? null).toBeNull()
    // A checked one may be deleted.
    const deleted = await rest(ctx.config, 'DELETE', `wordpress-imports/${body.doc.id}`, {
      token: ctx.admin.token,
    })
    expect(deleted.status).toBe(200)
  })
})
