import { expect, test } from '@playwright/test'

// The seeded reviews: Linda M. (Facebook, recommends, featured), George T. (5), Patricia R. (4),
// Maria G. (Google, 5, long), Robert D. (Facebook, recommends) approved; Sam K. pending.

test('/reviews: the figures, every approved review featured first, never the pending one', async ({
  page,
}) => {
  expect((await page.goto('/reviews'))?.status()).toBe(200)
  const main = page.locator('main')
  await expect(main.getByRole('heading', { level: 1 })).toHaveText('Patient reviews')
  await expect(main.locator('.rating-average')).toHaveText('4.7 from 3 ratings')
  await expect(main.getByRole('img', { name: '4.7 out of 5 stars' })).toBeVisible()
  await expect(main.getByText('2 recommend', { exact: true })).toBeVisible()
  await expect(main.locator('.review-list .reviewer')).toHaveText([
    'Linda M.',
    'Patricia R.',
    'George T.',
    'Maria G.',
    'Robert D.',
  ])
  await expect(main.getByText('Sam K.')).toHaveCount(0)
  // The full page shows whole reviews: no "Read more".
  await expect(main.locator('details')).toHaveCount(0)
  await expect(main.locator('.review-list .source-badge')).toHaveText([
    'Facebook',
    'Our website',
    'Our website',
    'Google',
    'Facebook',
  ])
})

test('/reviews filters by office, and says so when the office is unknown', async ({ page }) => {
  await page.goto('/reviews')
  const filter = page.getByRole('navigation', { name: 'Filter by office' })
  await filter.getByRole('link', { name: 'Chicagoland Office' }).click()
  await expect(page).toHaveURL(/\/reviews\?office=chicagoland$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Patient reviews of the Chicagoland Office',
  )
  await expect(page.locator('.review-list .reviewer')).toHaveText([
    'Linda M.',
    'Patricia R.',
    'Robert D.',
  ])
  await expect(page.locator('main .rating-average')).toHaveText('4.0 from 1 rating')
  await expect(filter.getByRole('link', { name: 'Chicagoland Office' })).toHaveAttribute(
    'aria-current',
    'page',
  )

  expect((await page.goto('/reviews?office=atlantis'))?.status()).toBe(200)
  await expect(page.getByRole('status')).toHaveText(
    'We could not find that office, so reviews of all offices are shown.',
  )
  await expect(page.locator('.review-list .reviewer')).toHaveCount(5)
})

test.describe('an office page shows that office’s reviews', () => {
  for (const javaScriptEnabled of [true, false]) {
    test(`with "Read more" for a long one (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async ({
      browser,
    }) => {
      const context = await browser.newContext({ javaScriptEnabled })
      const page = await context.newPage()
      expect((await page.goto('/offices/southwest-florida'))?.status()).toBe(200)
      const widget = page.getByRole('region', {
        name: 'What patients say about the Southwest Florida Office',
      })
      await expect(widget.locator('.rating-average')).toHaveText('5.0 from 2 ratings')
      await expect(widget.locator('.reviewer')).toHaveText(['George T.', 'Maria G.'])
      const maria = widget.getByRole('figure').filter({ hasText: 'Maria G.' })
      const ending = 'Four months later I am playing doubles again.'
      await expect(maria.getByText(ending)).toBeHidden()
      await maria.getByText('Read more').click()
      await expect(maria.getByText(ending)).toBeVisible()
      await expect(maria.locator('.review-excerpt')).toBeHidden()
      await maria.getByText('Show less').click()
      await expect(maria.getByText(ending)).toBeHidden()

      await widget.getByRole('link', { name: 'Read all 2 reviews' }).click()
      await expect(page).toHaveURL(/\/reviews\?office=southwest-florida$/)
      await context.close()
    })
  }
})

test('the widget loads no third-party script and carries no review markup', async ({
  page,
  baseURL,
}) => {
  const origin = new URL(baseURL as string).origin
  const foreign: string[] = []
  page.on('request', (request) => {
    const url = new URL(request.url())
    if (url.origin !== origin && url.protocol !== 'data:') foreign.push(request.url())
  })
  for (const path of ['/', '/reviews', '/offices/chicagoland']) {
    await page.goto(path)
    await expect(page.locator('.rating-summary').first()).toBeVisible()
    const jsonLd = await page
      .locator('script[type="application/ld+json"]')
      .evaluateAll((scripts) => scripts.map((script) => script.textContent ?? ''))
    for (const text of jsonLd) expect(text).not.toMatch(/"(Review|AggregateRating)"/)
    await expect(page.locator('[itemtype*="Review"], [itemtype*="AggregateRating"]')).toHaveCount(0)
  }
  expect(foreign).toEqual([])
})
