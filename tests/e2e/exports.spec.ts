import fs from 'node:fs/promises'

import { expect, test } from '@playwright/test'

import { anonymousApi, EDITOR_STATE, openAdmin } from './helpers'

/**
 * An editor exports the articles list as CSV from the list's menu (collections/exports.ts,
 * @payloadcms/plugin-import-export), in the production build; a visitor gets nothing.
 */

test.use({ storageState: EDITOR_STATE, viewport: { width: 1280, height: 900 } })

test('an editor downloads the articles as CSV from the list; a visitor cannot', async ({
  page,
  playwright,
  baseURL,
}) => {
  // A seeded, published article.
  const found = await page.request.get(
    '/api/articles?limit=1&depth=0&sort=title&where[_status][equals]=published',
  )
  expect(found.status()).toBe(200)
  const { title } = (await found.json()).docs[0] as { title: string }

  await openAdmin(page, '/admin/collections/articles')
  // The list's "More options" (⋯) menu, where the plugin puts "Export Articles".
  await page.locator('.list-controls__popup .popup-button').click()
  // Its button is labelled "Add new Export" for assistive technology (the plugin's drawer toggler).
  await page.locator('.export-list-menu-item').getByText('Export Articles').click()

  const format = page.locator('.format-field')
  await expect(format).toBeVisible({ timeout: 30_000 })
  await page.locator('#field-name').fill('articles-e2e')
  await format.locator('.rs__control').click()
  await page.locator('.rs__option', { hasText: /^CSV$/ }).click()
  await expect(format).toContainText('CSV')
  // The preview lists what will be exported.
  await expect(page.locator('.export-preview').getByText(title).first()).toBeVisible({
    timeout: 30_000,
  })

  const downloading = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Download', exact: true }).click()
  const download = await downloading
  expect(download.suggestedFilename()).toBe('articles-e2e-articles.csv')
  const csv = await fs.readFile((await download.path())!, 'utf8')
  expect(
    csv
      .replace(/^\uFEFF/, '')
      .split(/\r?\n/)[0]
      .split(','),
  ).toContain('title')
  expect(csv).toContain(title)

  const visitor = await anonymousApi(playwright, baseURL)
  const refused = await visitor.post('/api/exports/download', {
    data: { data: { collectionSlug: 'articles', format: 'csv' } },
  })
  expect(refused.status()).toBe(401)
  expect((await visitor.get('/api/exports')).status()).toBe(403)
  await visitor.dispose()
})
