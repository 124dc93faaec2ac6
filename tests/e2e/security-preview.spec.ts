import { expect, test } from '@playwright/test'

import { EDITOR_STATE } from './helpers'

test.use({ storageState: EDITOR_STATE })

const ARTICLE = '/articles/how-stem-cells-help-fix-a-broken-healing-cycle'

test('in draft mode a cached page is rendered per request with one nonce policy, and hydrates', async ({
  page,
}) => {
  const violations: string[] = []
  await page.exposeFunction('reportViolation', (text: string) => violations.push(text))
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (event) =>
      (window as unknown as { reportViolation: (text: string) => void }).reportViolation(
        `${event.violatedDirective} ${event.blockedURI}`,
      ),
    ),
  )
  // The editor's preview link turns draft mode on and opens the page's draft address.
  await page.goto(`/next/preview?path=${encodeURIComponent(ARTICLE)}`)
  await expect(page).toHaveURL(new RegExp(`/next/draft${ARTICLE}$`))
  await expect(page.getByRole('region', { name: 'Preview' })).toBeVisible()

  const response = await page.request.get(`/next/draft${ARTICLE}`)
  const policy = response.headers()['content-security-policy']!
  expect(policy).not.toContain('\n')
  const nonce = /script-src 'self' 'nonce-([A-Za-z0-9+/=]+)';/.exec(policy)?.[1]
  expect(nonce).toBeTruthy()
  // Rendered for this request (never stored), with the nonce on Next's scripts.
  expect(response.headers()['cache-control']).toContain('no-store')
  expect(await response.text()).toContain(`nonce="${nonce}"`)

  // React attached itself to the page: Next's inline scripts ran under the nonce.
  await page.waitForLoadState('networkidle')
  await expect
    .poll(() =>
      page.evaluate(() => {
        const link = document.querySelector('a[href]')
        return Boolean(link && Object.keys(link).some((key) => key.startsWith('__reactFiber')))
      }),
    )
    .toBe(true)
  expect(violations).toEqual([])
})
