import path from 'node:path'

import { expect, test } from '@playwright/test'

// Full-page pictures for a person to look at (not compared automatically).
const DIR = path.join('test-results', 'screenshots')
const PAGES = [
  { name: 'home', url: '/' },
  { name: 'article', url: '/articles/how-stem-cells-help-fix-a-broken-healing-cycle' },
]
const WIDTHS = [
  { width: 375, height: 812 },
  { width: 1280, height: 800 },
]

for (const viewport of WIDTHS) {
  test.describe(`${viewport.width} px wide`, () => {
    test.use({ viewport })

    for (const { name, url } of PAGES) {
      test(`screenshot of the ${name} page`, async ({ page }) => {
        expect((await page.goto(url))?.status()).toBe(200)
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
        // Nothing sticks out sideways on a phone.
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        )
        expect(overflow, 'horizontal scroll').toBeLessThanOrEqual(0)

        const file = path.join(DIR, `${name}-${viewport.width}.png`)
        await page.screenshot({ path: file, fullPage: true })
        console.log(`[screenshot] ${path.resolve(file)}`)
      })
    }
  })
}
