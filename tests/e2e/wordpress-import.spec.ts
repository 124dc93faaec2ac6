import { mkdtemp, readFile, rm, truncate, writeFile } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import os from 'node:os'
import path from 'node:path'

import { expect, test } from '@playwright/test'

import { ADMIN, anonymousApi, openAdmin, visitorPage } from './helpers'

// Imports seven articles, four pages and their topics, images and redirects into the shared
// database: in the staff project, whose files run in name order, this one runs last, so no other
// spec sees (or counts) them.

const FIXTURES = path.join(process.cwd(), 'tests/fixtures/wordpress')
const SLUG = 'how-stem-cells-help-fix-a-broken-healing-cycle'
const OLD_PERMALINK = `/prolotherapy-news/${SLUG}/`

let server: Server
let oldSite: string
const requested: string[] = []

// The old WordPress site, on loopback: only its wp-content/uploads, from the fixtures.
test.beforeAll(async () => {
  server = createServer(async (request, response) => {
    const url = request.url ?? ''
    requested.push(url)
    const relative = decodeURIComponent(url.replace(/^\/wp-content\/uploads\//, ''))
    try {
      const body = await readFile(path.join(FIXTURES, 'uploads', path.normalize(relative)))
      response.writeHead(200, { 'content-type': 'application/octet-stream' }).end(body)
    } catch {
      response.writeHead(404).end('not found')
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  oldSite = `http://127.0.0.1:${(server.address() as { port: number }).port}`
})

test.afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve))
})

test('an admin imports a WordPress export in the admin, and visitors read it at once', async ({
  page,
  browser,
  playwright,
  baseURL,
}) => {
  test.setTimeout(240_000)
  const login = await page.request.post('/api/users/login', {
    data: { email: ADMIN.email, password: ADMIN.password },
  })
  expect(login.status()).toBe(200)

  await test.step('the demo article at the same address moves aside', async () => {
    // The seed's demo article is this export's first post, at the same address; an import would
    // rightly refuse to take it over.
    const found = await page.request.get(`/api/articles?where[slug][equals]=${SLUG}&depth=0`)
    const [demo] = (await found.json()).docs as { id: number }[]
    if (demo) {
      const moved = await page.request.patch(`/api/articles/${demo.id}`, {
        data: { slug: `${SLUG}-demo` },
      })
      expect(moved.status(), await moved.text()).toBe(200)
    }
  })

  const panel = page.locator('.wordpress-import')
  await test.step('an export over the limit is refused before it is sent', async () => {
    await openAdmin(page, '/admin/collections/wordpress-imports')
    await expect(page.getByRole('heading', { name: 'WordPress imports' })).toBeVisible()
    await openAdmin(page, '/admin/collections/wordpress-imports/create')
    // A sparse file: 120 MB long, next to nothing on disk.
    const dir = await mkdtemp(path.join(os.tmpdir(), 'wordpress-large-'))
    const large = path.join(dir, 'export-large.xml')
    try {
      await writeFile(large, '<?xml version="1.0"?>')
      await truncate(large, 120 * 1024 * 1024)
      await page.locator('input[type="file"]').setInputFiles(large)
      await expect(panel.getByRole('alert')).toHaveText(
        'The file is 120 MB; the admin takes WordPress exports up to 64 MB. Import it on the server with: npm run import:wordpress -- export.xml',
      )
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })

  await test.step('the admin uploads the export and reads the check', async () => {
    await page.locator('input[type="file"]').setInputFiles(path.join(FIXTURES, 'clinic-1.2.xml'))
    await page.locator('#field-oldSiteUrl').fill(oldSite)
    await page.locator('#action-save').click()
    await page.waitForURL(/\/admin\/collections\/wordpress-imports\/\d+/, { timeout: 60_000 })
    await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Checked, ready to import', {
      timeout: 30_000,
    })
    await expect(panel).toContainText('nothing has been written yet')
    await expect(panel.getByRole('row', { name: /articles/i })).toContainText('7 to create')
    await expect(panel).toContainText('items need a person')
  })

  await test.step('Import now runs it in the background, with its progress, to the report', async () => {
    await panel.getByRole('button', { name: 'Import now' }).click()
    await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Done', { timeout: 180_000 })
    await expect(panel.getByRole('row', { name: /articles/i })).toContainText('7 created')
    await expect(panel.getByRole('button', { name: 'Import now' })).toHaveCount(0)
    const id = /wordpress-imports\/(\d+)/.exec(page.url())![1]
    const stored = await (await page.request.get(`/api/wordpress-imports/${id}?depth=0`)).json()
    expect(stored.progress.total).toBeGreaterThan(0)
    expect(stored.progress.done).toBe(stored.progress.total)
    expect(requested).toContain('/wp-content/uploads/2017/03/knee-xray.jpg')
  })

  await test.step('a visitor reads the imported article with its references', async () => {
    const visitor = await visitorPage(browser)
    await visitor.goto(`/articles/${SLUG}`)
    await expect(visitor.getByRole('heading', { level: 1 })).toContainText(
      'How stem cells help fix a broken',
    )
    await expect(visitor.locator('.prose')).toContainText('Bone marrow aspirate injections')
    await expect(visitor.getByRole('link', { name: 'Reference 1', exact: true })).toHaveText('1')
    await expect(visitor.getByRole('link', { name: 'Reference 2', exact: true })).toHaveText('2')
    const references = visitor.getByRole('region', { name: 'References' })
    await expect(references.locator('#ref-1')).toContainText(
      'Platas J, Guillén MI, del Caz MDP, et al.',
    )

    await test.step('and the old permalink leads there for good', async () => {
      const api = await anonymousApi(playwright, baseURL)
      const hop = await api.get(OLD_PERMALINK.replace(/\/$/, ''), { maxRedirects: 0 })
      expect([301, 308]).toContain(hop.status())
      expect(new URL(hop.headers()['location'], baseURL).pathname).toBe(`/articles/${SLUG}`)
      await api.dispose()
      await visitor.goto(OLD_PERMALINK)
      await expect(visitor).toHaveURL(new RegExp(`/articles/${SLUG}$`))
      await expect(visitor.locator('.prose')).toContainText('Bone marrow aspirate injections')
    })
    await visitor.context().close()
  })
})
