import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'

import { PAGE_TYPES } from './pages'

// Every public page type, checked against WCAG 2.2 A and AA with axe-core.
for (const { name, url: path } of PAGE_TYPES) {
  test(`${name} page (${path}) has no WCAG 2.2 AA violations`, async ({ page }) => {
    await page.goto(path)
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze()
    const summary = results.violations.map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    )
    expect(summary).toEqual([])
  })
}
