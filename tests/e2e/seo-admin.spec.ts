import { expect, test } from '@playwright/test'

import { EDITOR_STATE, openAdmin } from './helpers'

test.use({ storageState: EDITOR_STATE })

test('the meta fields suggest the generated title and description, live, and fill them in', async ({
  page,
}) => {
  const { docs } = await (
    await page.request.get('/api/physicians?where[slug][equals]=ross-hauser&depth=0')
  ).json()
  await openAdmin(page, `/admin/collections/physicians/${docs[0].id}`)
  const title = page.locator('#field-meta__title')
  const description = page.locator('#field-meta__description')
  await title.scrollIntoViewIfNeeded()

  // What the page uses while the fields are empty, shown in grey with its length.
  await expect(title).toHaveValue('')
  await expect(title).toHaveAttribute('placeholder', 'Ross Hauser, MD · Caring Medical')
  await expect(description).toHaveAttribute(
    'placeholder',
    /^Ross Hauser, MD \(.+\) sees patients at the Chicagoland Office in Oak Park, IL/,
  )
  const titleBar = page.locator('.meta-suggestion').first().locator('.meta-suggestion__bar')
  await expect(titleBar).toContainText('Suggestion: 32 characters: aim for 50–60.')

  // The suggestion follows the document as it is edited, before any save.
  await page.locator('#field-name').fill('Ross Q. Hauser')
  await expect(title).toHaveAttribute('placeholder', 'Ross Q. Hauser, MD · Caring Medical')

  await titleBar.getByRole('button', { name: 'Use suggestion' }).click()
  await expect(title).toHaveValue('Ross Q. Hauser, MD · Caring Medical')
  await expect(titleBar).toContainText(/^35 characters: aim for 50–60\./)
  await expect(titleBar.getByRole('button')).toHaveCount(0)
  // Nothing is saved: the physician keeps its name and empty meta.
  const stored = await (await page.request.get(`/api/physicians/${docs[0].id}?depth=0`)).json()
  expect(stored).toMatchObject({ name: 'Ross Hauser' })
  expect(stored.meta?.title ?? null).toBeNull()
})
