import { expect, type Page, test } from '@playwright/test'

const SEEDED_TITLE = 'How stem cells help fix a broken “healing cycle”'
const SEEDED_ARTICLE = '/articles/how-stem-cells-help-fix-a-broken-healing-cycle'

const seededLink = (page: Page) => page.locator('main').getByRole('link', { name: SEEDED_TITLE })

test.describe('/articles', () => {
  test('lists the seeded article and filters by topic, subtopics included', async ({ page }) => {
    expect((await page.goto('/articles'))?.status()).toBe(200)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Articles')
    await expect(seededLink(page)).toHaveAttribute('href', SEEDED_ARTICLE)
    const filter = page.getByRole('navigation', { name: 'Filter by topic' })
    await expect(filter.getByRole('link', { name: 'All topics' })).toHaveAttribute(
      'aria-current',
      'page',
    )
    // One seeded article fits on one page: no pagination.
    await expect(page.getByRole('navigation', { name: 'Pagination' })).toHaveCount(0)

    await filter.getByRole('link', { name: 'Knee' }).click()
    await expect(page).toHaveURL(/\/articles\?topic=knee$/)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Articles about Knee')
    await expect(filter.getByRole('link', { name: 'Knee' })).toHaveAttribute('aria-current', 'page')
    await expect(seededLink(page)).toBeVisible()

    // The article is filed under Knee, a subtopic of Prolotherapy.
    expect((await page.goto('/articles?topic=prolotherapy'))?.status()).toBe(200)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Articles about Prolotherapy')
    await expect(seededLink(page)).toBeVisible()
  })

  for (const bad of ['abc', '-1', '0', '1.5']) {
    test(`?page=${bad} shows page 1`, async ({ page }) => {
      expect((await page.goto(`/articles?page=${bad}`))?.status()).toBe(200)
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Articles')
      await expect(seededLink(page)).toBeVisible()
    })
  }

  test('a page past the last one is a 404', async ({ page }) => {
    expect((await page.goto('/articles?page=99'))?.status()).toBe(404)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('We could not find that page')
    expect((await page.goto('/articles?topic=knee&page=2'))?.status()).toBe(404)
  })

  test('an unknown or hostile topic renders safely, with all articles', async ({ page }) => {
    const dialogs: string[] = []
    page.on('dialog', async (dialog) => {
      dialogs.push(dialog.message())
      await dialog.dismiss()
    })
    const hostile = '<script>alert(1)</script>'
    const response = await page.goto(`/articles?topic=${encodeURIComponent(hostile)}`)
    expect(response?.status()).toBe(200)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Articles')
    await expect(page.getByText('We could not find that topic')).toBeVisible()
    await expect(seededLink(page)).toBeVisible()
    // No element was made from the query: no script saying alert(1), nothing in <main>.
    const injected = await page
      .locator('script')
      .evaluateAll((scripts) => scripts.filter((s) => s.textContent?.trim() === 'alert(1)').length)
    expect(injected).toBe(0)
    // The only script in <main> is the page's JSON-LD data block, which never runs.
    await expect(page.locator('main script:not([type="application/ld+json"])')).toHaveCount(0)
    expect(dialogs).toEqual([])

    expect((await page.goto('/articles?topic=no-such-topic'))?.status()).toBe(200)
    await expect(page.getByText('We could not find that topic')).toBeVisible()
  })
})

test.describe('/offices', () => {
  test('lists both offices in order, and one opens its own page', async ({ page }) => {
    expect((await page.goto('/offices'))?.status()).toBe(200)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Our offices')
    const main = page.locator('main')
    await expect(main.getByRole('heading', { level: 2 })).toHaveText([
      'Chicagoland Office',
      'Southwest Florida Office',
    ])
    await expect(main.getByRole('link', { name: '(239) 303-4069' })).toHaveAttribute(
      'href',
      'tel:+12393034069',
    )

    await main.getByRole('link', { name: 'Chicagoland Office', exact: true }).click()
    await expect(page).toHaveURL(/\/offices\/chicagoland$/)
    await expect(page).toHaveTitle(/Chicagoland Office/)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Chicagoland Office')
    await expect(main.locator('address')).toHaveText(
      /715 Lake St\., Suite 600\s*Oak Park, IL 60301/,
    )
    await expect(main.getByRole('link', { name: '(708) 393-8266' })).toHaveAttribute(
      'href',
      'tel:+17083938266',
    )
    await expect(main.getByRole('link', { name: '(855) 779-1950' })).toHaveAttribute(
      'href',
      'tel:+18557791950',
    )
    await expect(main.getByText('Fax', { exact: true })).toBeVisible()
    await expect(main.getByRole('link', { name: /Get directions/ })).toHaveAttribute(
      'href',
      'https://www.google.com/maps/search/?api=1&query=715%20Lake%20St.%2C%20Suite%20600%2C%20Oak%20Park%2C%20IL%2060301%2C%20US',
    )
    // The seed's demo hours, grouped by the days that share them.
    const hours = main.locator('dl.hours')
    await expect(hours.locator('dt')).toHaveText([
      'Monday–Thursday',
      'Friday',
      'Saturday and Sunday',
    ])
    await expect(hours.locator('dd')).toHaveText([
      '8:00 AM – 5:00 PM',
      '8:00 AM – 12:00 PM',
      'Closed',
    ])
    await expect(main.getByText('Call for hours')).toHaveCount(0)
    await expect(main.getByText('We are an out-of-network provider.')).toBeVisible()
    await expect(main.getByText('Accepting new patients', { exact: true })).toBeVisible()

    const physicians = main.getByRole('region', { name: 'Physicians at this office' })
    await physicians.getByRole('link', { name: 'Ross Hauser, MD' }).click()
    await expect(page).toHaveURL(/\/physicians\/ross-hauser$/)
  })

  test('an unknown office is a 404', async ({ page }) => {
    expect((await page.goto('/offices/no-such-office'))?.status()).toBe(404)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('We could not find that page')
  })
})
