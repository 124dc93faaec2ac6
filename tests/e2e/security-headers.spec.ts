import { createHash } from 'node:crypto'

import { expect, type Page, test } from '@playwright/test'

import { openAdmin } from './helpers'

/**
 * Security headers on every kind of response, and a Content-Security-Policy on public pages that
 * lets Next's own scripts run (by hash on cached pages, by nonce on pages rendered per request)
 * and nothing else inline: a page with a form hydrates without a single violation once a visitor
 * reaches for the form, a page without one runs no script at all, and a script the test injects
 * does not run.
 */

const ARTICLE = '/articles/how-stem-cells-help-fix-a-broken-healing-cycle'

// `form`: the page has a form, the only island a visitor's page hydrates (src/hydration).
const PUBLIC_PAGES = [
  { name: 'home', url: '/', cached: true, form: false },
  { name: 'article', url: ARTICLE, cached: true, form: true },
  { name: 'office', url: '/offices/chicagoland', cached: true, form: true },
  { name: 'contact', url: '/contact', cached: true, form: true },
  { name: 'standalone page', url: '/disclaimer', cached: true, form: false },
  { name: 'article list', url: '/articles', cached: false, form: false },
  { name: 'search', url: '/search?q=knee', cached: false, form: false },
  { name: 'not found', url: '/no/such/page', cached: false, form: false, status: 404 },
]

const COMMON_HEADERS = {
  'strict-transport-security': 'max-age=63072000; includeSubDomains',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'x-frame-options': 'SAMEORIGIN',
}

type Directives = Map<string, string[]>

const parsePolicy = (policy: string): Directives =>
  new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...values]) => [name!, values]),
  )

/** Collects CSP violations and console errors about the policy from the first script on. */
const watchPolicy = async (page: Page) => {
  const consoleErrors: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error' && /content security policy/i.test(message.text())) {
      consoleErrors.push(message.text())
    }
  })
  await page.addInitScript(() => {
    const seen: string[] = []
    ;(window as unknown as { __violations: string[] }).__violations = seen
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(`${event.violatedDirective} ${event.blockedURI}`),
    )
  })
  return {
    consoleErrors,
    violations: () =>
      page.evaluate(() => (window as unknown as { __violations: string[] }).__violations),
  }
}

/** Reaching for the form (hover, touch, focus) is what loads React on a page with one. */
const reachForForm = (page: Page) =>
  page.locator('form.site-form input:not([tabindex])').first().focus()

/** True once React has attached itself to the page's links (the page hydrated). */
const hydrated = (page: Page) =>
  page.evaluate(() => {
    const link = document.querySelector('a[href]')
    return Boolean(link && Object.keys(link).some((key) => key.startsWith('__reactFiber')))
  })

test.describe('public pages', () => {
  for (const { name, url, cached, form, status = 200 } of PUBLIC_PAGES) {
    test(`${name}: security headers, a strict script policy, ${form ? 'hydration' : 'no script'} without violations`, async ({
      page,
    }) => {
      const watch = await watchPolicy(page)
      const scripts: string[] = []
      page.on('request', (request) => {
        if (request.resourceType() === 'script') scripts.push(request.url())
      })
      const response = await page.goto(url)
      expect(response?.status()).toBe(status)
      const headers = response!.headers()
      expect(headers).toMatchObject(COMMON_HEADERS)
      expect(headers['permissions-policy']).toMatch(
        /camera=\(\).*geolocation=\(\).*microphone=\(\)/,
      )

      // One policy (Playwright joins repeated headers with a newline).
      const policy = headers['content-security-policy']
      expect(policy).toBeTruthy()
      expect(policy).not.toContain('\n')
      const directives = parsePolicy(policy!)
      const scriptSrc = directives.get('script-src')!
      expect(scriptSrc).toContain("'self'")
      expect(scriptSrc).not.toContain("'unsafe-inline'")
      expect(scriptSrc).not.toContain("'unsafe-eval'")
      expect(directives.get('frame-ancestors')).toEqual(["'self'"])
      expect(directives.get('object-src')).toEqual(["'none'"])
      expect(directives.get('base-uri')).toEqual(["'self'"])
      // Cached pages carry hashes (none when they have no inline script), pages rendered per
      // request a nonce.
      if (cached) {
        expect(scriptSrc.some((source) => source.startsWith("'sha256-"))).toBe(form)
        expect(scriptSrc.some((source) => source.startsWith("'nonce-"))).toBe(false)
      } else {
        expect(scriptSrc.filter((source) => source.startsWith("'nonce-"))).toHaveLength(1)
        expect(scriptSrc.some((source) => source.startsWith("'sha256-"))).toBe(false)
      }

      await page.waitForLoadState('networkidle')
      // No page fetches a script on its own; one with a form does once a visitor reaches for it.
      expect(scripts).toEqual([])
      if (form) {
        await reachForForm(page)
        await expect.poll(() => hydrated(page)).toBe(true)
        expect(scripts.length).toBeGreaterThan(0)
      } else {
        expect(await hydrated(page)).toBe(false)
      }
      expect(await watch.violations()).toEqual([])
      expect(watch.consoleErrors).toEqual([])

      // A script added to the page (what an injected payload would do) does not run.
      await page.evaluate(() => {
        const script = document.createElement('script')
        script.textContent = 'window.__injected = true'
        document.body.append(script)
      })
      await expect.poll(() => watch.violations()).toEqual([expect.stringMatching(/^script-src/)])
      expect(await page.evaluate(() => (window as { __injected?: boolean }).__injected)).toBe(
        undefined,
      )
    })
  }

  test('a cached page sends the same policy on the miss that stores it and on the hit after', async ({
    request,
  }) => {
    // An address nobody asked for yet: its first answer is rendered and stored (a cached 404).
    const url = `/articles/no-such-article-${Date.now().toString(36)}`
    const miss = await request.get(url)
    const hit = await request.get(url)
    expect(miss.status()).toBe(404)
    expect(miss.headers()['x-nextjs-cache']).toBe('MISS')
    expect(hit.headers()['x-nextjs-cache']).toBe('HIT')
    expect(miss.headers()['content-security-policy']).toBeTruthy()
    expect(hit.headers()['content-security-policy']).toBe(miss.headers()['content-security-policy'])
    expect(await hit.text()).toBe(await miss.text())
  })

  test('a draft-mode cookie that is not this build’s leaves the cached page and its one policy', async ({
    page,
    baseURL,
  }) => {
    // E.g. left from before a deploy: Next serves the cached page, so the proxy must not add a
    // second (nonce) policy that would block the cached page's scripts.
    await page
      .context()
      .addCookies([{ name: '__prerender_bypass', value: 'not-this-builds-id', url: baseURL! }])
    const watch = await watchPolicy(page)
    const response = await page.goto(ARTICLE)
    const policy = response!.headers()['content-security-policy']!
    expect(policy).not.toContain('\n')
    expect(policy).toContain("'sha256-")
    await page.waitForLoadState('networkidle')
    await reachForForm(page)
    await expect.poll(() => hydrated(page)).toBe(true)
    expect(await watch.violations()).toEqual([])
  })

  test('a cached page’s hashes are exactly those of its inline scripts', async ({ request }) => {
    const response = await request.get(ARTICLE)
    const html = await response.text()
    // The inline scripts a browser runs: no src, not JSON-LD.
    const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/g)]
      .filter(([, attributes]) => !/type="application\/(ld\+)?json"/.test(attributes!))
      .map(([, , text]) => `'sha256-${createHash('sha256').update(text!).digest('base64')}'`)
    expect(inline.length).toBeGreaterThan(0)
    const scriptSrc = parsePolicy(response.headers()['content-security-policy']!).get('script-src')!
    expect(scriptSrc.filter((source) => source.startsWith("'sha256-")).sort()).toEqual(
      [...new Set(inline)].sort(),
    )
  })

  test('the contact form’s spam check and submission work under the policy', async ({ page }) => {
    const watch = await watchPolicy(page)
    await page.goto('/contact')
    const form = page.locator('form.site-form')
    await form.getByRole('textbox', { name: 'First name (required)' }).fill('Jane')
    await form.getByRole('textbox', { name: 'Last name (required)' }).fill('Headers-check')
    await form.getByRole('textbox', { name: 'Email (required)' }).fill('jane.doe@example.com')
    await form.getByRole('textbox', { name: /Tell us about your symptoms/ }).fill('Knee pain.')
    await form
      .getByRole('combobox', { name: 'Preferred office' })
      .selectOption('Chicagoland Office')
    await form.getByRole('checkbox', { name: /I agree to be contacted/ }).check()
    await form.getByRole('button', { name: 'Send my question' }).click()
    await expect(page.getByRole('status')).toContainText('Thank you', { timeout: 30_000 })
    expect(await watch.violations()).toEqual([])
    expect(watch.consoleErrors).toEqual([])
  })
})

test.describe('other responses', () => {
  test('the admin may only be framed by the site itself, and its sign-in page works', async ({
    page,
  }) => {
    const watch = await watchPolicy(page)
    const response = await openAdmin(page, '/admin/login')
    const headers = response!.headers()
    expect(headers).toMatchObject(COMMON_HEADERS)
    expect(parsePolicy(headers['content-security-policy']!).get('frame-ancestors')).toEqual([
      "'self'",
    ])
    // Before the first account exists the admin sends visitors to create it instead.
    const email = page.locator('#field-email')
    await expect(email).toBeVisible()
    if (page.url().includes('/admin/login')) {
      await email.fill('nobody@e2e.test')
      await page.locator('#field-password').fill('not-the-password-123')
      await page.getByRole('button', { name: 'Login' }).click()
      await expect(page.getByText(/email or password is incorrect/i)).toBeVisible()
    }
    expect(await watch.violations()).toEqual([])
    expect(watch.consoleErrors).toEqual([])
  })

  test('API answers and uploaded files cannot run anything', async ({ request }) => {
    const api = await request.get('/api/articles?limit=1&depth=1')
    expect(api.headers()).toMatchObject(COMMON_HEADERS)
    expect(api.headers()['content-security-policy']).toBe(
      "default-src 'none'; frame-ancestors 'self'",
    )

    const image = (await (await request.get('/api/media?limit=1')).json()).docs[0]
    expect(image?.url).toMatch(/\/api\/media\/file\//)
    const file = await request.get(image.url)
    expect(file.status()).toBe(200)
    expect(file.headers()).toMatchObject(COMMON_HEADERS)
    const directives = parsePolicy(file.headers()['content-security-policy']!)
    expect(directives.get('default-src')).toEqual(["'none'"])
    expect(directives.has('sandbox')).toBe(true)
    expect(directives.has('script-src')).toBe(false)
  })
})
