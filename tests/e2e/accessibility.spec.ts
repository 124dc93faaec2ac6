import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'

// Every public page type, checked against WCAG 2.2 A and AA with axe-core.
const PAGES = [
  ['home', '/'],
  ['article', '/articles/how-stem-cells-help-fix-a-broken-healing-cycle'],
  ['article list', '/articles'],
  ['article list by topic', '/articles?topic=knee'],
  ['topic', '/topics/prolotherapy'],
  ['physician', '/physicians/ross-hauser'],
  ['office list', '/offices'],
  ['office', '/offices/chicagoland'],
  ['standalone', '/disclaimer'],
  ['not found', '/no-such-page'],
] as const

for (const [name, path] of PAGES) {
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
