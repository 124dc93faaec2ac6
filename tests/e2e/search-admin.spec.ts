import { expect, test } from '@playwright/test'

import { anonymousApi, EDITOR_STATE, openAdmin } from './helpers'

test.use({ storageState: EDITOR_STATE })

test('staff see the search index read-only and can rebuild it; visitors cannot', async ({
  page,
  playwright,
  baseURL,
}) => {
  await openAdmin(page, '/admin/collections/search')
  await expect(page.getByText('What the site search looks through')).toBeVisible()
  // Entries are derived: there is no way to add one by hand.
  await expect(page.getByRole('link', { name: /Create new/i })).toHaveCount(0)
  await expect(page.locator('.table tbody tr').first()).toBeVisible()
  await expect(page.locator('.table')).toContainText('Ross Hauser, MD')

  await page.getByRole('button', { name: 'Reindex' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Search index rebuilt' })).toHaveText(
    /^Search index rebuilt: \d+ articles?, \d+ pages?, \d+ topics?, \d+ physicians?\./,
  )

  const anonymous = await anonymousApi(playwright, baseURL)
  const refused = await anonymous.post('/api/search/reindex')
  expect(refused.status()).toBe(401)
  expect((await refused.json()).errors[0].message).toMatch(/staff/)
  await anonymous.dispose()
})
