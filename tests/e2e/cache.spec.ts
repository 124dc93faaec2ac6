import { type APIRequestContext, type APIResponse, expect, test } from '@playwright/test'

import { anonymousApi, EDITOR_STATE, uniqueTitle } from './helpers'

/**
 * Issue 8: public pages are served from Next's cache, and every kind of edit is visible on the
 * very next visitor request, on every page that shows it, with no rebuild.
 */

test.use({ storageState: EDITOR_STATE })

const SEEDED_ARTICLE = '/articles/how-stem-cells-help-fix-a-broken-healing-cycle'

type Doc = { id: number; slug: string; [key: string]: unknown }

/** A page's text as an anonymous visitor gets it, and whether it came from the cache. */
const visit = async (api: APIRequestContext, path: string) => {
  const response = await api.get(path, { maxRedirects: 0 })
  return {
    status: response.status(),
    cache: response.headers()['x-nextjs-cache'],
    text: await response.text(),
  }
}

test('a page answered again before Next’s router is the page Next sent', async ({
  playwright,
  baseURL,
}) => {
  const visitor = await anonymousApi(playwright, baseURL)
  // How the bytes are framed differs (Next streams gzip in chunks); everything else must not.
  const framing = new Set([
    'date',
    'content-length',
    'transfer-encoding',
    'connection',
    'keep-alive',
  ])
  const headersOf = (response: APIResponse) =>
    Object.fromEntries(Object.entries(response.headers()).filter(([name]) => !framing.has(name)))
  for (const path of ['/', '/offices', SEEDED_ARTICLE]) {
    await expect.poll(async () => (await visitor.get(path)).headers()['x-nextjs-cache']).toBe('HIT')
    for (const encoding of ['identity', 'gzip']) {
      // A query Next's page does not read: the same stored page, an address not yet kept.
      const address = `${path}?probe=${encoding}-${Date.now().toString(36)}`
      const headers = { 'accept-encoding': encoding }
      const fromNext = await visitor.get(address, { headers })
      const kept = await visitor.get(address, { headers })
      expect(fromNext.headers()['x-nextjs-cache'], address).toBe('HIT')
      expect(headersOf(kept), address).toEqual(headersOf(fromNext))
      expect(kept.headers()['content-encoding'], address).toBe(
        encoding === 'gzip' ? 'gzip' : undefined,
      )
      if (encoding === 'gzip') {
        // What tells the two apart: Next streams its gzip; the kept page is zipped whole.
        expect(fromNext.headers()['content-length'], address).toBeUndefined()
        expect(Number(kept.headers()['content-length']), address).toBeGreaterThan(0)
      }
      expect((await kept.body()).equals(await fromNext.body()), address).toBe(true)
      const etag = fromNext.headers()['etag']!
      const notModified = await visitor.get(address, {
        headers: { ...headers, 'if-none-match': etag },
      })
      expect(notModified.status(), address).toBe(304)
      expect(notModified.headers()['etag']).toBe(etag)
      const head = await visitor.head(address, { headers })
      expect(head.status(), address).toBe(200)
      expect(head.headers()['etag']).toBe(etag)
    }
  }
})

test('cached pages show every edit on the next request', async ({ page, playwright, baseURL }) => {
  test.setTimeout(120_000)
  const staff = page.request
  const visitor = await anonymousApi(playwright, baseURL)
  const api = async (method: 'post' | 'patch' | 'delete', path: string, data?: object) => {
    const response = await staff[method](`/api/${path}`, { data })
    expect(response.status(), await response.text()).toBeLessThan(300)
    return (await response.json()).doc as Doc
  }
  const first = async (collection: string, query: string) => {
    const response = await staff.get(`/api/${collection}?${query}&depth=0&limit=1`)
    return (await response.json()).docs[0] as Doc
  }

  await test.step('a second request is served from the cache, with no Critical-CH', async () => {
    for (const path of ['/', '/offices', SEEDED_ARTICLE]) {
      await visit(visitor, path)
      const again = await visitor.get(path)
      expect(again.status()).toBe(200)
      expect(again.headers()['x-nextjs-cache'], path).toBe('HIT')
      expect(again.headers()['critical-ch'], path).toBeUndefined()
    }
    const icon = await visitor.get('/favicon.ico')
    expect(icon.status()).toBe(200)
    expect(icon.headers()['content-type']).toContain('image/')
  })

  const author = await first('physicians', 'sort=name')
  const topic = await first('topics', 'where[parent][exists]=false&sort=name')
  const { title, slug } = uniqueTitle('Cached knee news')
  // Every page that will list the new article, rendered (and cached) before it exists.
  const listings = [
    '/',
    '/articles',
    `/topics/${topic.slug}`,
    `/physicians/${author.slug}`,
    '/feed.xml',
    '/sitemap-0.xml',
  ]
  for (const path of listings) {
    await visit(visitor, path)
    expect((await visit(visitor, path)).text, path).not.toContain(slug)
  }
  expect((await visit(visitor, `/articles/${slug}`)).status).toBe(404)

  const article = await test.step('publishing shows the article everywhere at once', async () => {
    const doc = await api('post', 'articles', {
      title,
      author: author.id,
      topics: [topic.id],
      excerpt: 'Fresh from the cache test.',
      content: {
        root: {
          type: 'root',
          version: 1,
          direction: null,
          format: '',
          indent: 0,
          children: [
            {
              type: 'paragraph',
              version: 1,
              direction: null,
              format: '',
              indent: 0,
              textFormat: 0,
              children: [
                {
                  type: 'text',
                  version: 1,
                  text: 'Cached prose.',
                  detail: 0,
                  format: 0,
                  mode: 'normal',
                  style: '',
                },
              ],
            },
          ],
        },
      },
      _status: 'published',
    })
    const own = await visit(visitor, `/articles/${slug}`)
    expect(own.status).toBe(200)
    expect(own.text).toContain(title)
    for (const path of listings) expect((await visit(visitor, path)).text, path).toContain(slug)
    return doc
  })

  await test.step('a draft saved over it changes nothing public', async () => {
    const response = await staff.patch(`/api/articles/${article.id}?draft=true`, {
      data: { title: `${title} (draft)` },
    })
    expect(response.status()).toBe(200)
    expect((await visit(visitor, `/articles/${slug}`)).text).not.toContain(`${title} (draft)`)
  })

  await test.step('a new title shows on its page and in the lists', async () => {
    await api('patch', `articles/${article.id}`, {
      title: `${title} revised`,
      _status: 'published',
    })
    expect((await visit(visitor, `/articles/${slug}`)).text).toContain(`${title} revised`)
    expect((await visit(visitor, '/articles')).text).toContain(`${title} revised`)
    expect((await visit(visitor, '/feed.xml')).text).toContain(`${title} revised`)
  })

  await test.step('a new slug moves it; the old address is gone', async () => {
    await api('patch', `articles/${article.id}`, { slug: `${slug}-moved` })
    expect((await visit(visitor, `/articles/${slug}-moved`)).status).toBe(200)
    expect((await visit(visitor, `/articles/${slug}`)).status).toBe(404)
    expect((await visit(visitor, `/topics/${topic.slug}`)).text).toContain(`${slug}-moved`)
  })

  await test.step('unpublishing takes it off every page', async () => {
    await api('patch', `articles/${article.id}`, { _status: 'draft' })
    expect((await visit(visitor, `/articles/${slug}-moved`)).status).toBe(404)
    for (const path of listings) expect((await visit(visitor, path)).text, path).not.toContain(slug)
    await api('delete', `articles/${article.id}`)
  })

  await test.step('an office phone change shows in the footer of cached pages', async () => {
    const office = await first('offices', 'sort=order')
    await visit(visitor, SEEDED_ARTICLE)
    const phone = '(708) 555-0188'
    await api('patch', `offices/${office.id}`, { phone })
    try {
      expect((await visit(visitor, SEEDED_ARTICLE)).text).toContain(phone)
      expect((await visit(visitor, `/offices/${office.slug}`)).text).toContain(phone)
    } finally {
      await api('patch', `offices/${office.id}`, { phone: office.phone })
    }
    expect((await visit(visitor, SEEDED_ARTICLE)).text).not.toContain(phone)
  })

  await test.step('an approved review reaches the widgets; a pending one does not', async () => {
    const body = `Cache test review ${Date.now().toString(36)}`
    await visit(visitor, '/')
    const review = await api('post', 'reviews', {
      reviewerName: 'Cache T.',
      rating: 5,
      body,
      featured: true,
      reviewedAt: new Date().toISOString(),
    })
    try {
      expect((await visit(visitor, '/')).text).not.toContain(body)
      await api('patch', `reviews/${review.id}`, { status: 'approved' })
      expect((await visit(visitor, '/')).text).toContain(body)
      expect((await visit(visitor, '/reviews')).text).toContain(body)
    } finally {
      await api('delete', `reviews/${review.id}`)
    }
    expect((await visit(visitor, '/')).text).not.toContain(body)
  })

  await test.step('a menu edit (a global) shows on the next request', async () => {
    const footer = (await (await staff.get('/api/globals/footer?depth=0')).json()) as {
      navItems?: unknown[]
    }
    const label = `Cache link ${Date.now().toString(36)}`
    const response = await staff.post('/api/globals/footer', {
      data: {
        navItems: [
          ...(footer.navItems ?? []),
          { link: { type: 'custom', url: '/offices', label } },
        ],
      },
    })
    expect(response.status(), await response.text()).toBe(200)
    try {
      expect((await visit(visitor, '/offices')).text).toContain(label)
    } finally {
      await staff.post('/api/globals/footer', { data: { navItems: footer.navItems ?? [] } })
    }
    expect((await visit(visitor, '/offices')).text).not.toContain(label)
  })
})

test('a cached page answers a browser’s revalidation with 304 until an edit changes it', async ({
  page,
  playwright,
  baseURL,
}) => {
  const staff = page.request
  const visitor = await anonymousApi(playwright, baseURL)
  const found = await staff.get('/api/physicians?sort=name&depth=0&limit=1')
  const [physician] = (await found.json()).docs as (Doc & { jobTitle?: string | null })[]
  const path = `/physicians/${physician.slug}`
  // Uncompressed, so the response carries the page's own Content-Length.
  const plain = { 'accept-encoding': 'identity' }
  const hit = async () => {
    await expect.poll(async () => (await visitor.get(path)).headers()['x-nextjs-cache']).toBe('HIT')
    return visitor.get(path, { headers: plain })
  }

  const before = await hit()
  const etag = before.headers()['etag']!
  expect(etag).toMatch(/^"[0-9a-z]+"$/)
  const body = await before.body()
  expect(Number(before.headers()['content-length'])).toBe(body.length)
  // Every hit of the same stored page: the same tag, and a 304 without a body for it.
  expect((await visitor.get(path)).headers()['etag']).toBe(etag)
  const unchanged = await visitor.get(path, { headers: { 'if-none-match': etag } })
  expect(unchanged.status()).toBe(304)
  expect((await unchanged.body()).length).toBe(0)

  const renamed = `Medical Director ${Date.now().toString(36)}`
  const edit = await staff.patch(`/api/physicians/${physician.id}`, { data: { jobTitle: renamed } })
  expect(edit.status(), await edit.text()).toBe(200)
  try {
    // The old tag no longer matches: the browser gets the new page, whole.
    await expect
      .poll(async () => {
        const response = await visitor.get(path, { headers: { 'if-none-match': etag } })
        return response.status() === 200 && (await response.text()).includes(renamed)
      })
      .toBe(true)
    const after = await hit()
    expect(after.headers()['etag']).not.toBe(etag)
    expect(Number(after.headers()['content-length'])).toBe((await after.body()).length)
  } finally {
    await staff.patch(`/api/physicians/${physician.id}`, {
      data: { jobTitle: physician.jobTitle ?? null },
    })
  }
})
