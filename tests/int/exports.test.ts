import fs from 'node:fs/promises'
import path from 'node:path'

import { REST_GET, REST_POST } from '@payloadcms/next/routes'
import { parse } from 'csv-parse/sync'

import { withBodyLimit } from '@/hardening/bodyLimit'
import { withQueryGuard } from '@/hardening/queryGuard'

import {
  articleData,
  type Basics,
  citationData,
  createBasics,
  FORBIDDEN,
  reviewData,
  unique,
} from './helpers/fixtures'
import { graphql, rest } from './helpers/http'
import { startPayload, type TestContext } from './helpers/payload'

/**
 * Staff export articles, citations, physicians, offices and reviews as CSV or JSON
 * (@payloadcms/plugin-import-export, collections/exports.ts): through the real REST handlers,
 * the files are right, land in EXPORTS_DIR, and nobody but staff can list, make or fetch them.
 */

let ctx: TestContext
let basics: Basics
let exportsDir: string
const titles = { published: '', draft: '' }
const paper = { title: '', doi: '10.1000/knee.2024.17' }

beforeAll(async () => {
  ctx = await startPayload()
  exportsDir = process.env.EXPORTS_DIR!
  const { payload } = ctx
  basics = await createBasics(payload)
  titles.published = unique('Exported knee article')
  titles.draft = unique('Unfinished shoulder article')
  await payload.create({
    collection: 'articles',
    data: articleData(basics, { title: titles.published }) as never,
  })
  await payload.create({
    collection: 'articles',
    data: articleData(basics, { title: titles.draft, _status: 'draft' }) as never,
    draft: true,
  })
  paper.title = unique('Exported study of hips')
  await payload.create({
    collection: 'citations',
    data: citationData({
      title: paper.title,
      doi: paper.doi,
      authors: [
        { family: 'Okafor', given: 'A' },
        { family: 'Lindqvist', given: 'B' },
      ],
    }) as never,
  })
  await payload.create({ collection: 'citations', data: citationData() as never })
})

afterAll(async () => {
  await ctx?.stop()
})

type ExportDoc = {
  id: number | string
  filename: string
  mimeType: string
  url: string
  collectionSlug: string
  format: string
}

const createExport = async (data: Record<string, unknown>, token?: string) =>
  rest(ctx.config, 'POST', 'exports', { token, body: data })

const fileOf = (doc: ExportDoc) => fs.readFile(path.join(exportsDir, doc.filename), 'utf8')

const csvRows = (text: string) =>
  parse(text, { bom: true, columns: true, skip_empty_lines: true }) as Record<string, string>[]

describe('as staff', () => {
  it('an admin exports articles as CSV, drafts included (the admin form’s default)', async () => {
    const { status, body } = await createExport(
      { collectionSlug: 'articles', format: 'csv', name: 'articles-for-review', drafts: 'yes' },
      ctx.admin.token,
    )
    expect(status).toBe(201)
    const doc = body.doc as ExportDoc
    expect(doc).toMatchObject({ collectionSlug: 'articles', format: 'csv' })
    expect(doc.filename).toBe('articles-for-review-articles.csv')
    expect(doc.mimeType).toMatch(/^text\/csv/)
    expect(doc.url).toBe(`/api/exports/file/${doc.filename}`)

    const rows = csvRows(await fileOf(doc))
    expect(Object.keys(rows[0])).toEqual(expect.arrayContaining(['id', 'title', 'slug']))
    expect(rows.map((row) => row.title).sort()).toEqual([titles.published, titles.draft].sort())
  })

  it.each([{ drafts: 'no' }, {}])(
    'with %j, articles never published are left out (the API’s default differs from the form’s)',
    async (drafts) => {
      const { status, body } = await createExport(
        { collectionSlug: 'articles', format: 'csv', ...drafts },
        ctx.editor.token,
      )
      expect(status).toBe(201)
      const rows = csvRows(await fileOf(body.doc))
      expect(rows.map((row) => row.title)).toEqual([titles.published])
    },
  )

  it('an editor exports citations as JSON with their authors and DOI', async () => {
    const { status, body } = await createExport(
      { collectionSlug: 'citations', format: 'json' },
      ctx.editor.token,
    )
    expect(status).toBe(201)
    const doc = body.doc as ExportDoc
    expect(doc.filename).toMatch(/-citations\.json$/)
    expect(doc.mimeType).toBe('application/json')
    const citations = JSON.parse(await fileOf(doc)) as Array<Record<string, any>>
    expect(citations).toHaveLength(2)
    const exported = citations.find((citation) => citation.title === paper.title)!
    expect(exported.doi).toBe(paper.doi)
    expect(exported.authors.map((author: { family: string }) => author.family)).toEqual([
      'Okafor',
      'Lindqvist',
    ])
    expect(exported.journal).toBe('J Knee')
  })

  it('a CSV of citations has one column per author part', async () => {
    const { body } = await createExport(
      { collectionSlug: 'citations', format: 'csv', where: { doi: { equals: paper.doi } } },
      ctx.editor.token,
    )
    const rows = csvRows(await fileOf(body.doc))
    expect(rows).toHaveLength(1)
    expect(rows[0]).toMatchObject({
      title: paper.title,
      doi: paper.doi,
      authors_0_family: 'Okafor',
      authors_1_family: 'Lindqvist',
    })
  })

  it('only the fields asked for, in the order asked', async () => {
    const { body } = await createExport(
      { collectionSlug: 'citations', format: 'csv', fields: ['doi', 'title'], sort: 'title' },
      ctx.editor.token,
    )
    const text = await fileOf(body.doc)
    expect(text.replace(/^\uFEFF/, '').split(/\r?\n/)[0]).toBe('doi,title')
  })

  it('a cell a spreadsheet would run as a formula is kept as text (CSV only)', async () => {
    const name = '=HYPERLINK("https://evil.example","Click")'
    await ctx.payload.create({
      collection: 'reviews',
      data: reviewData({ reviewerName: name }) as never,
    })
    const csv = await createExport({ collectionSlug: 'reviews', format: 'csv' }, ctx.editor.token)
    expect(csvRows(await fileOf(csv.body.doc)).map((row) => row.reviewerName)).toContain(`'${name}`)
    const json = await createExport({ collectionSlug: 'reviews', format: 'json' }, ctx.editor.token)
    const reviews = JSON.parse(await fileOf(json.body.doc)) as Array<{ reviewerName: string }>
    expect(reviews.map((review) => review.reviewerName)).toContain(name)
  })

  it('staff list exports and download the stored file', async () => {
    const made = await createExport(
      { collectionSlug: 'citations', format: 'json' },
      ctx.admin.token,
    )
    const list = await rest(ctx.config, 'GET', 'exports?limit=100', { token: ctx.editor.token })
    expect(list.status).toBe(200)
    expect(list.body.docs.map((doc: ExportDoc) => doc.id)).toContain(made.body.doc.id)
    const file = await rest(ctx.config, 'GET', `exports/file/${made.body.doc.filename}`, {
      token: ctx.editor.token,
    })
    expect(file.status).toBe(200)
    expect(file.body.map((citation: { title: string }) => citation.title)).toContain(paper.title)
  })

  it('the admin’s Download button streams the file without storing it', async () => {
    const before = await fs.readdir(exportsDir)
    const { status, body, headers } = await rest(ctx.config, 'POST', 'exports/download', {
      token: ctx.editor.token,
      body: { data: { collectionSlug: 'articles', format: 'csv', name: 'now' } },
    })
    expect(status).toBe(200)
    expect(headers!.get('content-disposition')).toBe('attachment; filename="now-articles.csv"')
    expect(csvRows(body).map((row) => row.title)).toContain(titles.published)
    expect(await fs.readdir(exportsDir)).toEqual(before)
  })

  it('the preview shows the rows the export will have', async () => {
    const { status, body } = await rest(ctx.config, 'POST', 'exports/export-preview', {
      token: ctx.editor.token,
      body: { collectionSlug: 'citations', format: 'csv', sort: 'title' },
    })
    expect(status).toBe(200)
    expect(body.totalDocs).toBe(2)
    expect(body.docs.map((doc: { title: string }) => doc.title)).toContain(paper.title)
  })

  it('an export can be deleted, and its file goes with it', async () => {
    const { body } = await createExport(
      { collectionSlug: 'physicians', format: 'csv' },
      ctx.editor.token,
    )
    const file = path.join(exportsDir, body.doc.filename)
    await expect(fs.stat(file)).resolves.toBeTruthy()
    const deleted = await rest(ctx.config, 'DELETE', `exports/${body.doc.id}`, {
      token: ctx.editor.token,
    })
    expect(deleted.status).toBe(200)
    await expect(fs.stat(file)).rejects.toThrow(/ENOENT/)
  })

  it('nobody edits an export afterwards', async () => {
    const { body } = await createExport(
      { collectionSlug: 'offices', format: 'csv' },
      ctx.admin.token,
    )
    const edited = await rest(ctx.config, 'PATCH', `exports/${body.doc.id}`, {
      token: ctx.admin.token,
      body: { collectionSlug: 'articles' },
    })
    expect(edited.status).toBe(403)
  })
})

describe('only the five collections', () => {
  it.each(['form-submissions', 'users', 'forms', 'exports'])('%s is refused', async (slug) => {
    const created = await createExport({ collectionSlug: slug, format: 'csv' }, ctx.admin.token)
    expect(created.status).toBe(400)
    expect(created.body.errors[0].message).toMatch(/^Only articles, citations/)
    const download = await rest(ctx.config, 'POST', 'exports/download', {
      token: ctx.admin.token,
      body: { data: { collectionSlug: slug, format: 'json' } },
    })
    expect(download.status).toBe(400)
    const preview = await rest(ctx.config, 'POST', 'exports/export-preview', {
      token: ctx.admin.token,
      body: { collectionSlug: slug, format: 'json' },
    })
    expect(preview.status).toBe(400)
  })

  it('imports do not exist: no collection, no task, no list menu entry', async () => {
    expect(ctx.payload.collections['imports' as never]).toBeUndefined()
    expect(ctx.payload.config.jobs.tasks?.map((task) => task.slug)).not.toContain(
      'createCollectionImport',
    )
    const imports = await rest(ctx.config, 'POST', 'imports', {
      token: ctx.admin.token,
      body: { collectionSlug: 'articles' },
    })
    expect(imports.status).toBe(404)
    const menu = ctx.payload.collections.articles.config.admin.components?.listMenuItems
    expect(JSON.stringify(menu)).toContain('ExportListMenuItem')
    expect(JSON.stringify(menu)).not.toContain('ImportListMenuItem')
  })
})

describe('as a visitor', () => {
  let stored: ExportDoc

  beforeAll(async () => {
    stored = (await createExport({ collectionSlug: 'reviews', format: 'csv' }, ctx.admin.token))
      .body.doc
  })

  it('cannot list, read, make or delete exports', async () => {
    expect(await rest(ctx.config, 'GET', 'exports')).toMatchObject({ status: 403 })
    expect(await rest(ctx.config, 'GET', `exports/${stored.id}`)).toMatchObject({ status: 403 })
    const created = await createExport({ collectionSlug: 'articles', format: 'csv' })
    expect(created).toMatchObject({
      status: 403,
      body: { errors: [{ message: FORBIDDEN.message }] },
    })
    expect(await rest(ctx.config, 'DELETE', `exports/${stored.id}`)).toMatchObject({
      status: 403,
    })
  })

  it('cannot fetch a stored file', async () => {
    const file = await rest(ctx.config, 'GET', `exports/file/${stored.filename}`)
    expect(file.status).toBe(403)
    expect(JSON.stringify(file.body)).not.toContain('Reviewer')
  })

  it('cannot use the download or preview endpoints', async () => {
    const download = await rest(ctx.config, 'POST', 'exports/download', {
      body: { data: { collectionSlug: 'reviews', format: 'csv' } },
    })
    expect(download.status).toBe(401)
    const preview = await rest(ctx.config, 'POST', 'exports/export-preview', {
      body: { collectionSlug: 'articles', format: 'json' },
    })
    expect(preview.status).toBe(401)
    expect(JSON.stringify(preview.body)).not.toContain(titles.published)
  })

  it('gets nothing from GraphQL', async () => {
    const { body } = await graphql(ctx.config, '{ Exports { docs { id filename url } } }')
    expect(body.data?.Exports ?? null).toBeNull()
    expect(body.errors?.[0]?.message).toBe(FORBIDDEN.message)
    const created = await graphql(
      ctx.config,
      'mutation { createExport(data: { collectionSlug: "articles", format: csv }) { id } }',
    )
    expect(created.body.data?.createExport ?? null).toBeNull()
    expect(created.body.errors?.[0]?.message).toBe(FORBIDDEN.message)
  })
})

describe('through the API route’s guards (src/app/(payload)/api/[...slug]/route.ts)', () => {
  const send = async (
    method: 'GET' | 'POST',
    apiPath: string,
    body?: BodyInit,
    type: string | null = 'application/json',
  ) => {
    const url = new URL(`/api/${apiPath}`, 'http://localhost:3000')
    const slug = url.pathname.replace(/^\/api\//, '').split('/')
    const handler =
      method === 'GET'
        ? withQueryGuard(ctx.config, REST_GET(ctx.config))
        : withBodyLimit(withQueryGuard(ctx.config, REST_POST(ctx.config)))
    const headers: Record<string, string> = { authorization: `JWT ${ctx.editor.token}` }
    if (type) headers['content-type'] = type
    return handler(new Request(url, { method, headers, body }), {
      params: Promise.resolve({ slug }),
    })
  }

  it('the admin’s Save (multipart, as the edit view sends it) makes the file', async () => {
    const form = new FormData()
    form.append(
      '_payload',
      JSON.stringify({
        name: 'from-the-drawer',
        collectionSlug: 'articles',
        format: 'csv',
        drafts: 'yes',
        sort: '-createdAt',
        fields: ['id', 'title', 'slug'],
        where: { and: [{ title: { like: 'knee' } }] },
        selectionToUse: 'currentFilters',
      }),
    )
    const response = await send('POST', 'exports?depth=0&fallback-locale=null', form, null)
    expect(response.status).toBe(201)
    const { doc } = await response.json()
    const rows = csvRows(await fileOf(doc))
    expect(rows).toEqual([
      { id: expect.any(String), title: titles.published, slug: expect.any(String) },
    ])
  })

  it('the Download button and the preview, with a filter and a sort', async () => {
    const settings = {
      collectionSlug: 'citations',
      format: 'csv',
      sort: '-title',
      where: { and: [{ doi: { equals: paper.doi } }] },
    }
    const download = await send('POST', 'exports/download', JSON.stringify({ data: settings }))
    expect(download.status).toBe(200)
    expect(csvRows(await download.text()).map((row) => row.title)).toEqual([paper.title])
    const preview = await send('POST', 'exports/export-preview', JSON.stringify(settings))
    expect(preview.status).toBe(200)
    expect((await preview.json()).totalDocs).toBe(1)
  })

  it('the Exports list, filtered and sorted as the admin asks', async () => {
    const response = await send(
      'GET',
      'exports?depth=0&limit=10&page=1&sort=-createdAt&where[collectionSlug][equals]=articles',
    )
    expect(response.status).toBe(200)
    const { docs } = await response.json()
    expect(docs.length).toBeGreaterThan(0)
    expect(docs.every((doc: ExportDoc) => doc.collectionSlug === 'articles')).toBe(true)
  })
})

describe('where the files go', () => {
  it('a name with a path in it stays a file name inside EXPORTS_DIR', async () => {
    const { status, body } = await createExport(
      { collectionSlug: 'offices', format: 'csv', name: '../../../escaped' },
      ctx.admin.token,
    )
    expect(status).toBe(201)
    expect(body.doc.filename).not.toMatch(/[/\\]|\.\./)
    await expect(fs.stat(path.join(exportsDir, body.doc.filename))).resolves.toBeTruthy()
  })

  it('every export file is in EXPORTS_DIR, none elsewhere in the test folder or the repository', async () => {
    const { docs } = await ctx.payload.find({ collection: 'exports', limit: 0, depth: 0 })
    const files = await fs.readdir(exportsDir)
    expect(files.sort()).toEqual(docs.map((doc) => doc.filename).sort())
    // The test's own folder holds the database, the media folder and EXPORTS_DIR, nothing else.
    const testDir = path.dirname(exportsDir)
    const strays = (await fs.readdir(testDir, { recursive: true })).filter(
      (entry) =>
        /\.(csv|json)$/.test(entry) && !path.join(testDir, entry).startsWith(exportsDir + path.sep),
    )
    expect(strays).toEqual([])
    // Payload's default for an upload folder is the collection's slug under the working directory.
    await expect(fs.stat(path.resolve('exports'))).rejects.toThrow(/ENOENT/)
    expect(path.relative(process.cwd(), exportsDir).startsWith('..')).toBe(true)
  })
})
