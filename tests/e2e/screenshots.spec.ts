import path from 'node:path'

import { expect, type Page, test } from '@playwright/test'

import { PAGE_TYPES } from './pages'

// Full-page pictures for a person to look at (not compared automatically).
const DIR = path.join('test-results', 'screenshots')
const WIDTHS = [
  { width: 375, height: 812 },
  { width: 1280, height: 800 },
]

const fileName = (name: string) => name.replace(/\W+/g, '-')

/** Width of content that sticks out sideways, in pixels (0 when the page fits). */
const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)

for (const viewport of WIDTHS) {
  test.describe(`${viewport.width} px wide`, () => {
    test.use({ viewport })

    for (const { name, url, ...rest } of PAGE_TYPES) {
      test(`screenshot of the ${name} page`, async ({ page }) => {
        const status = 'status' in rest ? rest.status : 200
        expect((await page.goto(url))?.status()).toBe(status)
        // Not 'networkidle': Next keeps link prefetches open. Wait for what shows on screen instead:
        // every image loaded and the fonts ready.
        await page.waitForLoadState('load')
        await page.evaluate(() => document.fonts.ready)
        await expect
          .poll(() =>
            page
              .locator('img')
              .evaluateAll((images) =>
                images.every((image) => (image as HTMLImageElement).complete),
              ),
          )
          .toBe(true)
        expect(await overflow(page), 'horizontal scroll').toBeLessThanOrEqual(0)

        const file = path.join(DIR, `${fileName(name)}-${viewport.width}.png`)
        await page.screenshot({ path: file, fullPage: true })
        console.log(`[screenshot] ${path.resolve(file)}`)
      })
    }
  })
}

test.describe('320 px wide, the smallest phones', () => {
  test.use({ viewport: { width: 320, height: 640 } })

  test('no page type scrolls sideways', async ({ page }) => {
    const wide: string[] = []
    for (const { url } of PAGE_TYPES) {
      await page.goto(url)
      if ((await overflow(page)) > 0) wide.push(url)
    }
    expect(wide).toEqual([])
  })
})
