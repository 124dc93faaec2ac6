import { expect, type Page, test } from '@playwright/test'

// The site search as a visitor uses it, on the seeded demo clinic (read-only: creates nothing).
// The draft checks, which need an editor to write a draft, are in drafts.spec.ts.

const ARTICLE = 'How stem cells help fix a broken “healing cycle”'

/** No inline script on the page carries the given text (Next's own payload scripts aside). */
const noScriptWith = (page: Page, text: string) =>
  page
    .locator('script:not([src])')
    .evaluateAll(
      (scripts, needle) =>
        scripts.some(
          (script) =>
            script.textContent?.includes(needle) && !script.textContent.includes('self.__next'),
        ),
      text,
    )

test.describe('on a phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true })

  test('the header search box on the home page finds an article, quoting where it matched', async ({
    page,
  }) => {
    await page.goto('/')
    const box = page.getByRole('search', { name: 'Site' }).getByRole('searchbox', {
      name: 'Search the site',
    })
    await expect(box).toBeVisible()
    // Fits the narrow screen: nothing sticks out sideways.
    const width = await box.evaluate((input) => input.getBoundingClientRect().right)
    expect(width).toBeLessThanOrEqual(360)
    await box.fill('Senescence')
    await box.press('Enter')

    await expect(page).toHaveURL(/\/search\?q=Senescence$/)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Search')
    await expect(page.getByRole('status')).toHaveText('1 result for “Senescence”')
    const result = page.locator('.search-result')
    await expect(result).toHaveCount(1)
    await expect(result.locator('.search-result-type')).toHaveText('Article')
    await expect(result.getByRole('link', { name: ARTICLE })).toHaveAttribute(
      'href',
      '/articles/how-stem-cells-help-fix-a-broken-healing-cycle',
    )
    const snippet = result.locator('.search-snippet')
    await expect(snippet).toContainText('watched for signs of senescence')
    await expect(snippet.locator('mark')).toHaveText(['senescence'])
    // The search box on the results page holds the query for a second try.
    await expect(page.getByRole('searchbox', { name: 'Search for' })).toHaveValue('Senescence')
    expect(
      await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      ),
    ).toBeLessThanOrEqual(0)

    await result.getByRole('link', { name: ARTICLE }).click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(ARTICLE)
  })
})

test('the header search works without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  await page.goto('/offices')
  const box = page.getByRole('searchbox', { name: 'Search the site' })
  await box.fill('prolotherapy')
  await box.press('Enter')
  await expect(page).toHaveURL(/\/search\?q=prolotherapy$/)
  await expect(page.getByRole('status')).toHaveText(/^\d+ results for “prolotherapy”$/)
  await context.close()
})

test('results of every kind are labelled, title matches first, matches marked', async ({
  page,
}) => {
  await page.goto('/search?q=knee')
  const results = page.locator('.search-result')
  // The topic named Knee comes before the article that only mentions knees.
  await expect(results.first().locator('.search-result-type')).toHaveText('Topic')
  await expect(results.first().getByRole('link')).toHaveAttribute('href', '/topics/knee')
  await expect(results.first().getByRole('heading').locator('mark')).toHaveText('Knee')
  await expect(page.locator('.search-result', { hasText: ARTICLE })).toHaveCount(1)

  await page.goto('/search?q=hauser')
  await expect(
    page.locator('.search-result', { hasText: 'Ross Hauser, MD' }).locator('.search-result-type'),
  ).toHaveText('Physician')

  await page.goto('/search?q=disclaimer')
  await expect(page.locator('.search-result').first().locator('.search-result-type')).toHaveText(
    'Page',
  )
})

test.describe('bad input gets a clear message and a normal page, never an error', () => {
  const cases: Array<{ name: string; q: string; status: RegExp; notice?: RegExp }> = [
    { name: 'an empty query', q: '', status: /^Type a word or two above/ },
    { name: 'only spaces', q: '   ', status: /^Type a word or two above/ },
    {
      name: '2,000 characters',
      q: 'knee '.repeat(400),
      status: /results? for “knee knee/,
      notice: /longer than 100 characters, so only the beginning was used/,
    },
    { name: 'SQL', q: "' OR 1=1; DROP TABLE search; --", status: /^No results for “' OR 1=1;/ },
    { name: 'LIKE wildcards', q: '%%%_', status: /^Nothing to search for in “%%%_”$/ },
    { name: 'a percent sign in a word', q: '100%', status: /^No results for “100%”$/ },
    {
      name: 'regular-expression characters',
      q: '.* (a+ [x',
      status: /^No results for “\.\* \(a\+ \[x”$/,
    },
    { name: 'a backslash', q: 'C:\\temp', status: /^No results for “C:\\temp”$/ },
    {
      name: 'nine words',
      q: 'one two three four five six seven eight nine',
      status: /^No results for/,
      notice: /Only the first 8 words were searched for; 1 more was left out\./,
    },
  ]

  for (const { name, q, status, notice } of cases) {
    test(name, async ({ page }) => {
      const response = await page.goto(`/search?q=${encodeURIComponent(q)}`)
      expect(response?.status()).toBe(200)
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Search')
      await expect(page.getByRole('status')).toHaveText(status)
      if (notice) await expect(page.locator('.notice')).toHaveText(notice)
      else await expect(page.locator('.notice')).toHaveCount(0)
    })
  }

  test('<script> is shown as text and never runs', async ({ page }) => {
    const dialogs: string[] = []
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message())
      void dialog.dismiss()
    })
    const q = '<script>alert(1)</script>'
    const response = await page.goto(`/search?q=${encodeURIComponent(q)}`)
    expect(response?.status()).toBe(200)
    await expect(page.getByRole('status')).toHaveText(`No results for “${q}”`)
    await expect(page.getByRole('searchbox', { name: 'Search for' })).toHaveValue(q)
    await expect(page).toHaveTitle(/^Search: <script>alert\(1\)<\/script>/)
    expect(await noScriptWith(page, 'alert(1)')).toBe(false)
    expect(dialogs).toEqual([])
  })

  test('a page number past the last shows the last page and says so', async ({ page }) => {
    const response = await page.goto('/search?q=knee&page=999')
    expect(response?.status()).toBe(200)
    await expect(page.locator('.notice')).toHaveText(
      'There is no page 999 of results, so the last page is shown.',
    )
    await expect(page.locator('.search-result').first()).toBeVisible()
  })
})
