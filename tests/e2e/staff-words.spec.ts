import { expect, type Page, test } from '@playwright/test'

import { EDITOR_STATE, openAdmin, visitorPage } from './helpers'

test.use({ storageState: EDITOR_STATE })

/** Clicks Save on a settings page and waits until the server has stored it. */
const save = async (page: Page, slug: string) => {
  const saved = page.waitForResponse(
    (response) =>
      response.request().method() === 'POST' && response.url().includes(`/api/globals/${slug}`),
  )
  await page.locator('#action-save').click()
  expect((await saved).status()).toBe(200)
}

const ARTICLE = '/articles/how-stem-cells-help-fix-a-broken-healing-cycle'

test('an editor rewords the calls to action and the home page in the admin; visitors see it at once', async ({
  page,
  browser,
}) => {
  // Put the demo words back afterwards, whatever happens, for the tests that follow.
  const original = {
    cta: await (await page.request.get('/api/globals/calls-to-action?depth=0')).json(),
    home: await (await page.request.get('/api/globals/home-page?depth=0')).json(),
  }
  try {
    await openAdmin(page, '/admin/globals/calls-to-action')
    await page.locator('#field-sidebar__0__heading').fill('Told you need a knee replacement?')
    // The admin renders fields as they scroll into view.
    await page.getByText('Contact box', { exact: true }).scrollIntoViewIfNeeded()
    await page.locator('#field-contactLink__label').fill('Write to us')
    await save(page, 'calls-to-action')

    await openAdmin(page, '/admin/globals/home-page')
    await page.locator('#field-heading').fill('Joint pain? There may be another way.')
    await save(page, 'home-page')

    const visitor = await visitorPage(browser)
    await visitor.goto(ARTICLE)
    const sidebar = visitor.getByRole('complementary', { name: 'Get help' })
    await expect(sidebar.getByRole('heading', { level: 2 }).first()).toHaveText(
      'Told you need a knee replacement?',
    )
    // Beside articles the contact box holds the form itself; the home page links to /contact.
    await expect(sidebar.getByRole('button', { name: 'Send my question' })).toBeVisible()
    await visitor.goto('/')
    await expect(visitor.getByRole('heading', { level: 1 })).toHaveText(
      'Joint pain? There may be another way.',
    )
    await expect(visitor.getByRole('link', { name: 'Write to us' })).toHaveAttribute(
      'href',
      '/contact',
    )
    await visitor.context().close()
  } finally {
    for (const [slug, doc] of [
      ['calls-to-action', original.cta],
      ['home-page', original.home],
    ] as const) {
      const { id: _id, createdAt: _c, updatedAt: _u, globalType: _g, ...data } = doc
      const restored = await page.request.post(`/api/globals/${slug}`, { data })
      expect(restored.status(), await restored.text()).toBe(200)
    }
  }
})
