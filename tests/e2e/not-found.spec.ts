import { type Browser, expect, type Page, test } from '@playwright/test'

/**
 * Issue 17: every missing address is answered with the helpful 404 page in its HTML, at every
 * route depth, so visitors without JavaScript, screen readers before hydration and crawlers get
 * the page, not Next's empty error document. Each address is asked twice: the first answer is
 * rendered, the second comes from the cache where the route caches.
 */

const MISSING = [
  '/no-such-page',
  '/articles/no-such-article',
  '/offices/no-such-office',
  '/topics/no-such-topic',
  '/physicians/no-such-physician',
  '/a/b/c',
  '/articles/a/b',
  '/a/b/c/d/e/f/g/h',
  '/2019/05/knee-pain?utm_source=x',
  '/Articles/%E2%9C%93-%3Cscript%3E',
]

const noScriptPage = async (browser: Browser): Promise<Page> => {
  const context = await browser.newContext({
    javaScriptEnabled: false,
    storageState: { cookies: [], origins: [] },
  })
  return context.newPage()
}

test('every missing address serves the helpful page in its HTML (JavaScript off)', async ({
  browser,
}) => {
  const page = await noScriptPage(browser)
  for (const path of MISSING) {
    for (const attempt of ['first', 'again']) {
      const response = await page.goto(path)
      const where = `${path} (${attempt})`
      expect(response?.status(), where).toBe(404)
      const html = await response!.text()
      expect(html, where).not.toContain('__next_error__')
      expect(html, where).toMatch(/^<!DOCTYPE html><html lang="en"/)

      await expect(page.getByRole('heading', { level: 1 }), where).toHaveText(
        'We could not find that page',
      )
      await expect(page, where).toHaveTitle(/^Page not found · /)
      const main = page.getByRole('main')
      await expect(main.getByRole('searchbox'), where).toBeVisible()
      await expect(main.getByRole('link', { name: 'Prolotherapy' }), where).toHaveAttribute(
        'href',
        '/topics/prolotherapy',
      )
      await expect(main.getByRole('link', { name: '(708) 393-8266' }), where).toHaveAttribute(
        'href',
        'tel:+17083938266',
      )
      // The same document as every page: header search, office footer, JSON-LD; never indexed.
      await expect(
        page.getByRole('contentinfo').getByText('Chicagoland Office').first(),
      ).toBeVisible()
      expect(await page.locator('script[type="application/ld+json"]').count(), where).toBe(1)
      for (const robots of await page.locator('meta[name="robots"]').all()) {
        expect(await robots.getAttribute('content'), where).toMatch(/\bnoindex\b/)
      }
    }
  }

  // The search box on the 404 works as a plain form.
  await page.goto('/articles/no-such-article')
  await page.getByRole('main').getByRole('searchbox').fill('stem cells')
  await page.getByRole('main').getByRole('searchbox').press('Enter')
  await expect(page).toHaveURL(/\/search\?q=stem\+cells/)
  await expect(
    page
      .getByRole('main')
      .getByRole('link', { name: /stem cells/i })
      .first(),
  ).toBeVisible()
  await page.context().close()
})

test('with JavaScript the 404 is plain HTML: no script, no errors, and its links work', async ({
  browser,
}) => {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } })
  const page = await context.newPage()
  const problems: string[] = []
  const scripts: string[] = []
  page.on('pageerror', (error) => problems.push(error.message))
  page.on('console', (message) => {
    // The document's own 404 status is reported as a failed resource; nothing else may be.
    if (message.type() === 'error' && !/status of 404/.test(message.text())) {
      problems.push(message.text())
    }
  })
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.url())
  })
  for (const path of ['/articles/no-such-article', '/no-such-page', '/a/b/c']) {
    expect((await page.goto(path))?.status(), path).toBe(404)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('We could not find that page')
    // Nothing on it hydrates, so it is sent without Next's runtime (src/hydration/runtime.mjs).
    await page.waitForLoadState('networkidle')
    expect(scripts, path).toEqual([])
    expect(await page.evaluate(() => 'next' in window), path).toBe(false)
  }
  // The 404 is its own document (Next's rule across root layouts), so this is a page load.
  await page.getByRole('link', { name: 'Browse all articles' }).click()
  await expect(page).toHaveURL('/articles')
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  expect(problems).toEqual([])
  await context.close()
})
