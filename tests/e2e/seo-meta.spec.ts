import { type Browser, expect, type Page, test } from '@playwright/test'
import sharp from 'sharp'

import { PAGE_TYPES } from './pages'

// Titles, descriptions, canonical addresses, Open Graph and Twitter cards, as a crawler reads
// them from the seeded site. Next blocks on metadata (and puts it in <head>) only for user agents
// it knows as bots, which is what social sites and search engines send.
const CRAWLER = 'facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)'

const url = (name: string) => PAGE_TYPES.find((page) => page.name === name)!.url

// `image`: the article shares its main image (its og size); pages without one get a card.
const PAGES = [
  { name: 'home', path: '/', type: 'website', image: /\/og\/site\/home$/ },
  {
    name: 'article',
    path: url('article'),
    type: 'article',
    image: /\/api\/media\/file\/[^/]+-1200x630\.\w+$/,
  },
  { name: 'topic', path: url('topic'), type: 'website', image: /\/og\/topics\/prolotherapy\?v=/ },
  {
    name: 'physician',
    path: url('physician'),
    type: 'website',
    image: /\/og\/physicians\/ross-hauser\?v=/,
  },
  { name: 'office', path: url('office'), type: 'website', image: /\/og\/offices\/chicagoland\?v=/ },
  {
    name: 'page',
    path: url('standalone page'),
    type: 'website',
    image: /\/og\/pages\/disclaimer\?v=/,
  },
  { name: 'article list', path: '/articles', type: 'website', image: /\/og\/site\/articles$/ },
  { name: 'office list', path: '/offices', type: 'website', image: /\/og\/site\/offices$/ },
  { name: 'contact', path: '/contact', type: 'website', image: /\/og\/site\/contact$/ },
] as const

/** The public origin the server makes absolute URLs with (playwright.config.ts sets none). */
const originOf = (baseURL: string | undefined) =>
  (process.env.NEXT_PUBLIC_SERVER_URL || baseURL!).replace(/\/+$/, '')

const crawlerPage = async (browser: Browser): Promise<Page> =>
  (await browser.newContext({ userAgent: CRAWLER })).newPage()

const property = (page: Page, name: string) =>
  page.locator(`head meta[property="${name}"]`).getAttribute('content')

const named = (page: Page, name: string) =>
  page.locator(`head meta[name="${name}"]`).getAttribute('content')

test.describe('meta tags, Open Graph and Twitter cards', () => {
  for (const { name, path, type, image: imageKind } of PAGES) {
    test(`${name} (${path})`, async ({ browser, baseURL, request }) => {
      const origin = originOf(baseURL)
      const page = await crawlerPage(browser)
      const response = await page.goto(`${path}${path.includes('?') ? '&' : '?'}utm_source=test`)
      expect(response?.status()).toBe(200)

      // One canonical address, absolute, on the public origin, without the tracking query.
      const canonical = page.locator('link[rel="canonical"]')
      await expect(canonical).toHaveCount(1)
      const href = (await canonical.getAttribute('href'))!
      expect(href.startsWith(origin)).toBe(true)
      expect(new URL(href).href).toBe(new URL(path, `${origin}/`).href)

      expect(await page.locator('head title').textContent()).toBeTruthy()
      const description = await named(page, 'description')
      expect(description?.length).toBeGreaterThan(20)
      expect(description!.length).toBeLessThanOrEqual(160)
      // Indexable: no robots tag saying otherwise.
      expect(await page.locator('meta[name="robots"]').count()).toBe(0)

      expect(await property(page, 'og:title')).toBeTruthy()
      expect(await property(page, 'og:description')).toBe(description)
      expect(await property(page, 'og:url')).toBe(href)
      expect(await property(page, 'og:type')).toBe(type)
      expect(await property(page, 'og:site_name')).toBe('Caring Medical')
      expect(await property(page, 'og:locale')).toBe('en_US')
      await expect(page.locator('head meta[property="og:image"]')).toHaveCount(1)
      const image = (await property(page, 'og:image'))!
      expect(image.startsWith(`${origin}/`)).toBe(true)
      expect(await property(page, 'og:image:width')).toBe('1200')
      expect(await property(page, 'og:image:height')).toBe('630')
      expect(await property(page, 'og:image:alt')).toBeTruthy()

      expect(await named(page, 'twitter:card')).toBe('summary_large_image')
      expect(await named(page, 'twitter:title')).toBe(await property(page, 'og:title'))
      expect(await named(page, 'twitter:description')).toBe(description)
      expect(await named(page, 'twitter:image')).toBe(image)
      await page.context().close()

      // The image itself: there, an image, and exactly 1200×630.
      expect(image).toMatch(imageKind)
      const fetched = await request.get(image)
      expect(fetched.status(), image).toBe(200)
      expect(fetched.headers()['content-type']).toMatch(/^image\//)
      const { width, height } = await sharp(await fetched.body()).metadata()
      expect({ width, height }).toEqual({ width: 1200, height: 630 })
    })
  }

  test('an article names its dates, author and topics', async ({ browser, baseURL }) => {
    const page = await crawlerPage(browser)
    await page.goto(url('article'))
    expect(Date.parse((await property(page, 'article:published_time'))!)).not.toBeNaN()
    expect(Date.parse((await property(page, 'article:modified_time'))!)).not.toBeNaN()
    expect(await property(page, 'article:author')).toBe(
      `${originOf(baseURL)}/physicians/ross-hauser`,
    )
    expect(await property(page, 'article:section')).toBe('Knee')
    const tags = await page
      .locator('head meta[property="article:tag"]')
      .evaluateAll((metas) => metas.map((meta) => meta.getAttribute('content')))
    expect(tags).toEqual(['Knee'])
    await page.context().close()
  })

  test('a filtered, paginated article list is its own canonical page', async ({
    browser,
    baseURL,
  }) => {
    const page = await crawlerPage(browser)
    await page.goto('/articles?topic=knee&utm_campaign=x')
    expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toBe(
      `${originOf(baseURL)}/articles?topic=knee`,
    )
    expect(await property(page, 'og:image')).toMatch(/\/og\/topics\/knee\?v=\w+$/)
    await page.context().close()
  })

  test('search results and missing pages are kept out of search engines', async ({ browser }) => {
    const page = await crawlerPage(browser)
    for (const path of ['/search?q=knee', '/no-such-page', '/articles/no/such/page']) {
      await page.goto(path)
      // Next adds its own noindex to the global 404 page next to ours: all of them must agree.
      const robots = await page
        .locator('meta[name="robots"]')
        .evaluateAll((metas) => metas.map((meta) => meta.getAttribute('content')))
      expect(robots.length, path).toBeGreaterThan(0)
      for (const content of robots) expect(content, path).toMatch(/\bnoindex\b/)
    }
    await page.context().close()
  })

  test('a browser, which gets metadata streamed, also ends up with one canonical', async ({
    page,
  }) => {
    await page.goto(url('article'))
    await expect(page.locator('link[rel="canonical"]')).toHaveCount(1)
    await expect(page.locator('meta[property="og:image"]')).toHaveCount(1)
  })
})
