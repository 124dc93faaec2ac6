import { type APIRequestContext, expect, test } from '@playwright/test'

import { anonymousApi, EDITOR_STATE, openAdmin, visitorPage } from './helpers'

test.use({ storageState: EDITOR_STATE })

const SEEDED_ARTICLE = '/articles/how-stem-cells-help-fix-a-broken-healing-cycle'

/** One answer, without following it: its status and where it points (as a path). */
const hop = async (api: APIRequestContext, url: string) => {
  const response = await api.get(url, { maxRedirects: 0 })
  const location = response.headers()['location']
  const target = location ? new URL(location, 'http://site.invalid') : null
  return {
    status: response.status(),
    location: target ? `${target.pathname}${target.search}` : undefined,
  }
}

test('old addresses of the previous site lead visitors to the new pages', async ({
  page,
  browser,
  playwright,
  baseURL,
}) => {
  const staff = page.request
  const stamp = Date.now().toString(36)
  const create = async (data: object) => {
    const response = await staff.post('/api/redirects', { data })
    expect(response.status(), await response.text()).toBe(201)
    return (await response.json()).doc as { id: number; from: string }
  }
  const idOf = async (collection: string, slug: string) => {
    const response = await staff.get(`/api/${collection}?where[slug][equals]=${slug}&depth=0`)
    return ((await response.json()).docs[0] as { id: number }).id
  }

  const fullUrl = await test.step('staff paste a full URL of the old site', async () => {
    const doc = await create({
      from: `https://www.oldclinic.com/2019/05/knee-pain-${stamp}/?utm_source=facebook#comments`,
      to: { type: 'custom', url: SEEDED_ARTICLE },
    })
    expect(doc.from).toBe(`/2019/05/knee-pain-${stamp}`)
    return doc.from
  })
  const wordpress = `/blog/prolotherapy-${stamp}/`
  await create({ from: wordpress, to: { type: 'custom', url: '/topics/prolotherapy' } })
  await create({
    from: `/locations/oak-park-${stamp}`,
    to: {
      type: 'reference',
      reference: { relationTo: 'offices', value: await idOf('offices', 'chicagoland') },
    },
  })
  const postId = 1000 + Math.floor(Math.random() * 1_000_000)
  await create({
    from: `https://oldclinic.com/?p=${postId}`,
    to: {
      type: 'reference',
      reference: { relationTo: 'pages', value: await idOf('pages', 'disclaimer') },
    },
  })
  await create({
    from: `https://oldclinic.com/Blog/Café-${stamp}/`,
    to: { type: 'custom', url: '/offices' },
  })

  const api = await anonymousApi(playwright, baseURL)
  const visitor = await visitorPage(browser)

  await test.step('the full-URL redirect answers permanently and lands on the article', async () => {
    expect(await hop(api, fullUrl)).toEqual({ status: 308, location: SEEDED_ARTICLE })
    expect(await hop(api, `${fullUrl}?utm_source=newsletter`)).toEqual({
      status: 308,
      location: SEEDED_ARTICLE,
    })
    const response = await visitor.goto(`${fullUrl}/`)
    expect(response?.status()).toBe(200)
    await expect(visitor).toHaveURL(SEEDED_ARTICLE)
    await expect(visitor.getByRole('heading', { level: 1 })).toHaveText(/healing cycle/)
  })

  await test.step('a trailing-slash WordPress URL: Next drops the slash, then the redirect', async () => {
    expect(await hop(api, wordpress)).toEqual({
      status: 308,
      location: wordpress.replace(/\/$/, ''),
    })
    expect(await hop(api, wordpress.replace(/\/$/, ''))).toEqual({
      status: 308,
      location: '/topics/prolotherapy',
    })
    await visitor.goto(wordpress)
    await expect(visitor).toHaveURL(/\/topics\/prolotherapy$/)
    await expect(visitor.getByRole('heading', { level: 1 })).toHaveText('Prolotherapy')
  })

  await test.step('a redirect to a page picked by reference goes to its current address', async () => {
    expect(await hop(api, `/locations/oak-park-${stamp}`)).toEqual({
      status: 308,
      location: '/offices/chicagoland',
    })
    await visitor.goto(`/locations/oak-park-${stamp}`)
    await expect(visitor).toHaveURL(/\/offices\/chicagoland$/)
    await expect(visitor.getByRole('heading', { level: 1 })).toHaveText('Chicagoland Office')
  })

  await test.step('a WordPress post link (/?p=…) leaves the home page for the new page', async () => {
    expect(await hop(api, `/?p=${postId}&utm_campaign=old`)).toEqual({
      status: 308,
      location: '/disclaimer',
    })
    expect((await hop(api, `/?p=${postId + 1}`)).status).toBe(200)
    expect((await hop(api, '/?utm_source=x')).status).toBe(200)
  })

  await test.step('an address with accents matches however the browser encodes it', async () => {
    expect(await hop(api, `/blog/caf%C3%A9-${stamp}`)).toEqual({
      status: 308,
      location: '/offices',
    })
    expect(await hop(api, `/Blog/CAF%C3%89-${stamp}`)).toEqual({
      status: 308,
      location: '/offices',
    })
  })

  await test.step('a missing article, topic or page first looks for a redirect', async () => {
    await create({
      from: `/articles/old-slug-${stamp}`,
      to: { type: 'custom', url: SEEDED_ARTICLE },
    })
    await create({
      from: `/topics/old-${stamp}`,
      to: { type: 'custom', url: '/topics/prolotherapy' },
    })
    await create({ from: `/about-${stamp}`, to: { type: 'custom', url: '/disclaimer' } })
    expect(await hop(api, `/articles/old-slug-${stamp}`)).toEqual({
      status: 308,
      location: SEEDED_ARTICLE,
    })
    expect(await hop(api, `/topics/old-${stamp}`)).toEqual({
      status: 308,
      location: '/topics/prolotherapy',
    })
    expect(await hop(api, `/about-${stamp}`)).toEqual({ status: 308, location: '/disclaimer' })
  })

  await test.step('an unknown address is still the helpful 404, not indexed', async () => {
    for (const path of [
      `/2019/05/no-such-post-${stamp}`,
      `/no-such-${stamp}`,
      `/articles/nope-${stamp}`,
    ]) {
      expect((await hop(api, path)).status).toBe(404)
    }
    const response = await visitor.goto(`/2019/05/no-such-post-${stamp}`)
    expect(response?.status()).toBe(404)
    await expect(visitor.getByRole('heading', { level: 1 })).toHaveText(
      'We could not find that page',
    )
    await expect(visitor.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/)
    await expect(visitor.getByRole('navigation', { name: 'Main' })).toBeVisible()
  })

  await test.step('staff get clear answers for a duplicate, a loop or an admin address', async () => {
    const refused = async (data: object, message: string) => {
      const response = await staff.post('/api/redirects', { data })
      expect(response.status()).toBe(400)
      expect(await response.text()).toContain(message)
    }
    await refused(
      { from: `https://oldclinic.com${wordpress}?utm_source=x`, to: { type: 'custom', url: '/' } },
      `There is already a redirect from ${wordpress.replace(/\/$/, '')} (to /topics/prolotherapy)`,
    )
    await create({ from: `/loop-a-${stamp}`, to: { type: 'custom', url: `/loop-b-${stamp}` } })
    await refused(
      { from: `/loop-b-${stamp}`, to: { type: 'custom', url: `/loop-a-${stamp}/` } },
      `This would make a redirect loop: /loop-b-${stamp} → /loop-a-${stamp} → /loop-b-${stamp}`,
    )
    await refused(
      { from: '/admin/login', to: { type: 'custom', url: '/' } },
      'Addresses under /admin belong to the admin',
    )
    await refused(
      { from: `/old-admin-${stamp}`, to: { type: 'custom', url: '/admin' } },
      'Visitors cannot be sent to /admin',
    )
  })

  await test.step('the admin lists each redirect as from → to', async () => {
    await openAdmin(page, '/admin/collections/redirects?limit=100')
    await expect(page.getByRole('heading', { name: 'Redirects', level: 1 })).toBeVisible()
    const row = page.locator('tr', { hasText: `/locations/oak-park-${stamp}` })
    await expect(row).toContainText('→ Office “Chicagoland Office” (/offices/chicagoland)')
    await expect(page.locator('tr', { hasText: fullUrl })).toContainText(`→ ${SEEDED_ARTICLE}`)
  })

  await test.step('visitors can neither list nor add redirects', async () => {
    expect((await api.get('/api/redirects')).status()).toBe(403)
    expect(
      (
        await api.post('/api/redirects', { data: { from: '/x', to: { type: 'custom', url: '/' } } })
      ).status(),
    ).toBe(403)
  })
})
