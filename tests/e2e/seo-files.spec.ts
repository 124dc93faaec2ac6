import { expect, test } from '@playwright/test'

const SEEDED_ARTICLE = '/articles/how-stem-cells-help-fix-a-broken-healing-cycle'

// What crawlers and feed readers fetch, from the built server on the seeded database.
test.describe('sitemap, robots and feeds', () => {
  test('/sitemap.xml indexes the parts, and the first part lists the seeded article', async ({
    request,
  }) => {
    const index = await request.get('/sitemap.xml')
    expect(index.status()).toBe(200)
    expect(index.headers()['content-type']).toBe('application/xml; charset=utf-8')
    const body = await index.text()
    expect(body).toContain('<sitemapindex')
    // At the root: a sitemap may only list addresses under its own folder.
    const part = /<loc>https?:\/\/[^/]+(\/[^<]*)<\/loc>/.exec(body)?.[1]
    expect(part).toBe('/sitemap-0.xml')

    const first = await request.get(part!)
    expect(first.status()).toBe(200)
    expect(first.headers()['content-type']).toMatch(/^application\/xml/)
    const urls = await first.text()
    expect(urls).toContain('<urlset')
    expect(urls).toMatch(new RegExp(`<loc>https?://[^<]+${SEEDED_ARTICLE}</loc>\\s*<lastmod>`))
  })

  test('/robots.txt keeps crawlers out of staff and preview routes and names the sitemap', async ({
    request,
  }) => {
    const response = await request.get('/robots.txt')
    expect(response.status()).toBe(200)
    expect(response.headers()['content-type']).toMatch(/^text\/plain/)
    const body = await response.text()
    for (const path of ['/admin', '/api', '/next/', '/search']) {
      expect(body).toContain(`Disallow: ${path}\n`)
    }
    expect(body).toMatch(/Sitemap: https?:\/\/[^/\s]+\/sitemap\.xml/)
    // Shared pages' images are uploads served under /api: those stay fetchable.
    expect(body).toContain('Allow: /api/media/file/\n')
  })

  for (const [path, type, root] of [
    ['/feed.xml', 'application/rss+xml; charset=utf-8', '<rss'],
    ['/feed.atom', 'application/atom+xml; charset=utf-8', '<feed'],
  ]) {
    test(`${path} lists the seeded article`, async ({ request }) => {
      const response = await request.get(path)
      expect(response.status()).toBe(200)
      expect(response.headers()['content-type']).toBe(type)
      const body = await response.text()
      expect(body).toContain(root)
      expect(body).toContain(SEEDED_ARTICLE)
    })
  }
})

test('every page announces both feeds in its head, articles included', async ({ page }) => {
  for (const path of ['/', SEEDED_ARTICLE]) {
    await page.goto(path)
    await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute(
      'href',
      /\/feed\.xml$/,
    )
    await expect(
      page.locator('link[rel="alternate"][type="application/atom+xml"]'),
    ).toHaveAttribute('href', /\/feed\.atom$/)
  }
})

test('detail pages name their canonical address', async ({ page }) => {
  for (const path of [
    SEEDED_ARTICLE,
    '/topics/prolotherapy',
    '/physicians/ross-hauser',
    '/offices/chicagoland',
    '/disclaimer',
  ]) {
    await page.goto(`${path}?utm_source=newsletter`)
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
      'href',
      new RegExp(`${path.replace(/[/-]/g, '\\$&')}$`),
    )
  }
})
