import fs from 'node:fs/promises'

import { expect, type Page, test } from '@playwright/test'

import { document, paragraph, text } from '../../src/seed/lexical'

import {
  anonymousApi,
  contactFormId,
  EDITOR_STATE,
  openAdmin,
  postFrom,
  solvedCaptcha,
  uniqueTitle,
  untilReactListens,
  visitorPage,
} from './helpers'

/**
 * Issue 18, items 4, 6 and 7, as an editor in the admin of the production build: the dashboard's
 * counts follow what happens, a submission reads like a message and is exported, and a page goes
 * to the trash (gone for visitors) and comes back.
 */

test.use({ storageState: EDITOR_STATE, viewport: { width: 1280, height: 900 } })

const SHOTS = 'test-results/screenshots/editors-desk'

const deskCount = async (page: Page, task: string) => {
  await openAdmin(page, '/admin')
  const count = page.locator(`[data-task="${task}"] .desk-dashboard__count`)
  await expect(count).toBeVisible()
  return Number(await count.textContent())
}

test('a submission arrives, shows on the dashboard, reads like a message, is exported, and opening it clears "new"', async ({
  page,
  playwright,
  baseURL,
}) => {
  const { title: lastName } = uniqueTitle('Lamarr')
  const before = await deskCount(page, 'newSubmissions')

  // A visitor sends the contact form.
  const api = await anonymousApi(playwright, baseURL)
  const sent = await postFrom('127.0.9.1', '/api/form-submissions', {
    form: await contactFormId(api),
    altcha: await solvedCaptcha(api),
    submissionData: [
      { field: 'firstName', value: 'Hedy' },
      { field: 'lastName', value: lastName },
      { field: 'email', value: 'hedy@example.com' },
      { field: 'phone', value: '(312) 555-0199' },
      {
        field: 'symptoms',
        value: '=1+1 My shoulder has hurt since a fall in March and it wakes me at night.',
      },
      { field: 'office', value: 'Chicagoland Office' },
      { field: 'consent', value: 'true' },
    ],
  })
  expect(sent.status).toBe(201)

  expect(await deskCount(page, 'newSubmissions')).toBe(before + 1)
  await page.screenshot({ path: `${SHOTS}/dashboard.png`, fullPage: true })

  // The count links to the list of new submissions: columns a person can read.
  await page.locator('[data-task="newSubmissions"] a').click()
  await expect(page).toHaveURL(/form-submissions\?.*readAt.*exists.*=false/)
  const row = page.locator('.table tbody tr', { hasText: lastName })
  await expect(row).toHaveCount(1)
  for (const heading of ['Name', 'Opened', 'Email', 'Phone', 'Office', 'Message'])
    await expect(page.locator('.table thead')).toContainText(heading)
  await expect(row).toContainText(`Hedy ${lastName}`)
  await expect(row).toContainText('hedy@example.com')
  await expect(row).toContainText('Chicagoland Office')
  await expect(row).toContainText('My shoulder has hurt')
  await expect(row.getByText('New', { exact: true })).toBeVisible()

  // Searching by email narrows the list, and the export follows it.
  await page.getByPlaceholder(/search/i).fill('hedy@example.com')
  await expect(page).toHaveURL(/search=hedy/)
  await expect(page.locator('.table tbody tr')).toHaveCount(1)
  // Nothing to create by hand, and every column in view at 1280 px without a sideways scroll.
  await expect(page.getByText('Create New', { exact: true })).toHaveCount(0)
  const table = page.locator('.collection-list .table')
  expect(await table.evaluate((element) => element.scrollWidth - element.clientWidth)).toBe(0)
  await page.screenshot({ path: `${SHOTS}/submissions-list.png`, fullPage: true })
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Export CSV' }).click(),
  ])
  const csv = await fs.readFile((await download.path())!, 'utf8')
  const lines = csv
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n')
  expect(lines[0]).toContain('First name,Last name,Email,Phone,Tell us about your symptoms')
  expect(lines.filter((line) => line.includes(lastName))).toHaveLength(1)
  expect(csv).toContain("'=1+1 My shoulder")

  // Opening it: the answers under the form's labels, nothing to edit.
  await page.locator('.table tbody tr', { hasText: lastName }).locator('a').first().click()
  const message = page.locator('.submission-message')
  await expect(message.getByRole('heading', { name: 'How can we help you?' })).toBeVisible()
  await expect(message.locator('dt', { hasText: 'Last name' })).toBeVisible()
  await expect(message.locator('dd', { hasText: lastName })).toBeVisible()
  await expect(message.locator('dd', { hasText: 'Chicagoland Office' })).toBeVisible()
  await expect(message).not.toContainText('lastName')
  await expect(page.getByRole('button', { name: 'Save' })).toHaveCount(0)
  await page.screenshot({ path: `${SHOTS}/submission.png`, fullPage: true })

  expect(await deskCount(page, 'newSubmissions')).toBe(before)
})

test('a page goes to the trash, vanishes for visitors, and a restore brings it back', async ({
  page,
  browser,
  playwright,
  baseURL,
}) => {
  const { title, slug } = uniqueTitle('Trash test page')
  const created = await page.request.post('/api/pages', {
    data: {
      title,
      _status: 'published',
      content: document(paragraph(text('Hours'))),
    },
  })
  expect(created.status(), await created.text()).toBe(201)
  const { doc } = await created.json()
  const visitor = await visitorPage(browser)
  const api = await anonymousApi(playwright, baseURL)
  expect((await visitor.goto(`/${slug}`))!.status()).toBe(200)

  // Delete in the admin moves it to the trash.
  await openAdmin(page, `/admin/collections/pages/${doc.id}`)
  await page.locator('.doc-controls__popup .popup-button').click()
  await page.getByRole('button', { name: 'Delete' }).click()
  const dialog = page.locator('dialog, .confirmation-modal').filter({ hasText: 'trash' })
  await expect(dialog).toContainText(`move the Page ${title} to the trash`)
  await dialog.getByRole('button', { name: 'Confirm' }).click()
  await expect(page).toHaveURL(/\/admin\/collections\/pages(\?|$)/)

  // Gone for visitors: the page, REST (also when asking for the trash), search.
  expect((await visitor.goto(`/${slug}`))!.status()).toBe(404)
  const listed = await api.get(`/api/pages?trash=true&where[slug][equals]=${slug}&depth=0`)
  expect((await listed.json()).docs).toEqual([])

  // In the trash for staff, and restored from there.
  await openAdmin(page, '/admin/collections/pages/trash')
  const trashed = page.locator('.table tbody tr', { hasText: title })
  await expect(trashed).toHaveCount(1)
  await page.screenshot({ path: `${SHOTS}/pages-trash.png`, fullPage: true })
  await untilReactListens(trashed.locator('a').first())
  await trashed.locator('a').first().click()
  await page.getByRole('button', { name: 'Restore' }).click()
  await page.getByText('Restore as published version').click()
  await page.getByRole('button', { name: 'Confirm' }).click()
  await expect(page).toHaveURL(new RegExp(`/admin/collections/pages/${doc.id}$`))

  await expect
    .poll(async () => (await visitor.goto(`/${slug}`))!.status(), { timeout: 10_000 })
    .toBe(200)
  await expect(visitor.getByRole('heading', { name: title })).toBeVisible()
  const back = await api.get(`/api/pages?where[slug][equals]=${slug}&depth=0`)
  expect((await back.json()).docs).toHaveLength(1)
})
