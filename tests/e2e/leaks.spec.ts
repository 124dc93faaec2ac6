import { randomBytes } from 'node:crypto'

import { type APIRequestContext, type APIResponse, expect, test } from '@playwright/test'

import { document, formBlock, internalLink, paragraph } from '../../src/seed/lexical'
import {
  ADMIN,
  anonymousApi,
  contactFormId,
  postFrom,
  EDITOR_STATE,
  solvedCaptcha,
  uniqueTitle,
  visitorPage,
} from './helpers'

// The leak suite, rendered half (tests/int/leaks.test.ts reads REST and GraphQL through the route
// handlers). Everything a visitor must never find is stored on the production build, each with a
// marker in every text field, next to published content that points at it: a never-published
// article, a newer draft over a published article (title, text and slug), a draft page, a pending
// and a rejected review, a staff account (who moderated a shown review), a form's staff email
// settings and a form submission. Then every public channel is read as a visitor: pages and their
// JSON-LD and RSC payloads, search, the sitemap, both feeds, sharing cards, the draft addresses,
// preview without a session, and the API on the real server. Matching is case-insensitive.
//
// To add a hidden kind: store it with `secret('<kind>')` in its text in the setup step; every
// channel below then looks for it.

test.use({ storageState: EDITOR_STATE })

/** Addresses and titles of the published documents, filled in by the setup step. */
const paths = { published: '', carrier: '', formPage: '', visibleTitle: '', carrierTitle: '' }

const richText = (...children: Record<string, unknown>[]) => document(...children)

const idOf = async (api: APIRequestContext, collection: string, slug: string) => {
  const response = await api.get(`/api/${collection}`, {
    params: { 'where[slug][equals]': slug, depth: '0', limit: '1' },
  })
  const [doc] = (await response.json()).docs
  expect(doc, `${collection}/${slug}`).toBeTruthy()
  return doc.id as number
}

const created = async (response: APIResponse) => {
  expect(response.status(), await response.text()).toBe(201)
  return (await response.json()).doc as { id: number; slug?: string }
}

const ok = async (response: APIResponse) => {
  expect(response.status(), await response.text()).toBeLessThan(300)
  return response
}

test('nothing hidden reaches a visitor through pages, JSON-LD, RSC, search, sitemap, feeds, cards, preview or the API', async ({
  page,
  browser,
  playwright,
  baseURL,
}) => {
  test.setTimeout(240_000)
  const staff = page.request
  const topicSlug = 'prolotherapy'
  const [topic, author, office] = await Promise.all([
    idOf(staff, 'topics', topicSlug),
    idOf(staff, 'physicians', 'ross-hauser'),
    idOf(staff, 'offices', 'chicagoland'),
  ])

  // One marker per kind: a fixed prefix (what the search below asks for) and a random stamp (what
  // only the hidden item holds), so the results page repeating the query proves nothing by itself.
  const stamp = randomBytes(5).toString('hex')
  const secrets: Record<string, string> = {}
  const secret = (kind: string) => (secrets[kind] = `leakcanary${kind}${stamp}`)
  /** `echoed`: kinds the request itself contains (a 404 page may repeat the address asked for). */
  const expectNoSecret = (where: string, body: string, echoed: string[] = []) => {
    const text = body.toLowerCase()
    const leaked = Object.entries(secrets)
      .filter(([kind, value]) => !echoed.includes(kind) && text.includes(value))
      .map(([kind]) => kind)
    expect(leaked, `${where} shows hidden ${leaked.join(', ')}`).toEqual([])
  }

  const visitorApi = await anonymousApi(playwright, baseURL)
  const admin = await playwright.request.newContext({
    baseURL,
    storageState: { cookies: [], origins: [] },
  })
  const marked = await playwright.request.newContext({
    baseURL,
    storageState: { cookies: [], origins: [] },
  })
  let homeBefore: unknown

  await test.step('store the hidden things and what points at them', async () => {
    const draftOnly = secret('draftarticle')
    const draft = await created(
      await staff.post('/api/articles?draft=true', {
        data: {
          title: `Notes ${draftOnly}`,
          subtitle: draftOnly,
          author,
          topics: [topic],
          excerpt: draftOnly,
          content: richText(paragraph(draftOnly)),
          slug: secret('draftarticleslug'),
          meta: { title: draftOnly, description: draftOnly },
          publishedAt: new Date(Date.now() + 60_000).toISOString(),
          _status: 'draft',
        },
      }),
    )

    const visible = uniqueTitle('Why tendons heal slowly')
    const published = await created(
      await staff.post('/api/articles', {
        data: {
          title: visible.title,
          author,
          topics: [topic],
          excerpt: 'Tendons have little blood supply.',
          content: richText(paragraph('Tendons have little blood supply, so they heal slowly.')),
          _status: 'published',
        },
      }),
    )
    const rewrite = secret('draftrevision')
    await ok(
      await staff.patch(`/api/articles/${published.id}?draft=true`, {
        data: {
          title: `${visible.title} ${rewrite}`,
          subtitle: rewrite,
          excerpt: rewrite,
          slug: secret('draftrevisionslug'),
          content: richText(paragraph(`Rewritten: ${rewrite}`)),
          meta: { title: rewrite, description: rewrite },
          _status: 'draft',
        },
      }),
    )

    const pageSecret = secret('draftpage')
    const draftPage = await created(
      await staff.post('/api/pages?draft=true', {
        data: {
          title: pageSecret,
          slug: secret('draftpageslug'),
          content: richText(paragraph(pageSecret)),
          meta: { title: pageSecret, description: pageSecret },
          _status: 'draft',
        },
      }),
    )

    // A published article pointing at all three.
    const carrierTitle = uniqueTitle('Carrier article')
    const carrier = await created(
      await staff.post('/api/articles', {
        data: {
          title: carrierTitle.title,
          author,
          topics: [topic],
          excerpt: 'Links to work in progress.',
          relatedArticles: [draft.id, published.id],
          content: richText(
            paragraph(
              'See ',
              internalLink('articles', draft.id, 'the draft'),
              ', ',
              internalLink('articles', published.id, 'the rewrite'),
              ' and ',
              internalLink('pages', draftPage.id, 'the page'),
              '.',
            ),
          ),
          _status: 'published',
        },
      }),
    )

    for (const status of ['pending', 'rejected']) {
      const value = secret(`${status}review`)
      await created(
        await staff.post('/api/reviews', {
          data: {
            status,
            reviewerName: value,
            body: `Private words. ${value}`,
            rating: 2,
            source: 'website',
            sourceUrl: `https://reviews.example.com/${value}`,
            office,
            reviewedAt: new Date().toISOString(),
          },
        }),
      )
    }

    // A staff account whose name and address are marked; it approves a review that is shown.
    const account = secret('staff')
    await ok(
      await admin.post('/api/users/login', {
        data: { email: ADMIN.email, password: ADMIN.password },
      }),
    )
    const password = `Leak-canary-${stamp}-Password!`
    await created(
      await admin.post('/api/users', {
        data: { name: account, email: `${account}@clinic.test`, password, roles: ['editor'] },
      }),
    )
    await ok(
      await marked.post('/api/users/login', {
        data: { email: `${account}@clinic.test`, password },
      }),
    )
    const shown = await created(
      await marked.post('/api/reviews', {
        data: {
          reviewerName: `Lena ${stamp.slice(0, 4)}`,
          body: 'Kind staff and clear answers about my knee.',
          rating: 5,
          source: 'website',
          office,
          reviewedAt: new Date().toISOString(),
        },
      }),
    )
    await ok(await marked.patch(`/api/reviews/${shown.id}`, { data: { status: 'approved' } }))

    // A form whose staff email settings are private, shown on a published page.
    const emails = secret('formemails')
    const form = await created(
      await staff.post('/api/forms', {
        data: {
          title: `Ask us ${stamp}`,
          fields: [{ blockType: 'email', name: 'email', label: 'Email', required: true }],
          confirmationType: 'message',
          confirmationMessage: richText(paragraph('Thank you.')),
          emails: [
            {
              emailTo: `${emails}@clinic.test`,
              cc: `${emails}.cc@clinic.test`,
              bcc: `${emails}.bcc@clinic.test`,
              replyTo: `${emails}.reply@clinic.test`,
              emailFrom: `${emails}.from@clinic.test`,
              subject: `Question ${emails}`,
              message: richText(paragraph(emails)),
            },
          ],
        },
      }),
    )
    const formPage = uniqueTitle('Ask a question')
    await created(
      await staff.post('/api/pages', {
        data: {
          title: formPage.title,
          content: richText(paragraph('Write to us.'), formBlock(form.id, 'Ask us')),
          _status: 'published',
        },
      }),
    )

    const submitted = secret('submission')
    const submission = await postFrom('127.0.6.1', '/api/form-submissions', {
      form: await contactFormId(visitorApi),
      altcha: await solvedCaptcha(visitorApi),
      submissionData: [
        { field: 'firstName', value: submitted },
        { field: 'lastName', value: submitted },
        { field: 'email', value: `${submitted}@example.com` },
        { field: 'symptoms', value: `Private: ${submitted}` },
        { field: 'consent', value: 'true' },
      ],
    })
    expect(submission.status, JSON.stringify(submission.json())).toBe(201)

    // The home page features the never-published article (and shows it nowhere).
    homeBefore = (await (await staff.get('/api/globals/home-page?depth=0')).json()).featuredArticles
    await ok(
      await staff.post('/api/globals/home-page', {
        data: { featuredArticles: [draft.id, carrier.id] },
      }),
    )

    Object.assign(paths, {
      published: `/articles/${visible.slug}`,
      carrier: `/articles/${carrier.slug}`,
      formPage: `/${formPage.slug}`,
      visibleTitle: visible.title,
      carrierTitle: carrierTitle.title,
    })
  })

  const visitor = await visitorPage(browser)
  const pages = [
    '/',
    '/articles',
    `/articles?topic=${topicSlug}`,
    paths.published,
    paths.carrier,
    paths.formPage,
    `/topics/${topicSlug}`,
    '/physicians/ross-hauser',
    '/offices',
    '/offices/chicagoland',
    '/reviews',
    '/reviews?office=chicagoland',
    '/contact',
    ...Object.keys(secrets).map((kind) => `/search?q=leakcanary${kind}`),
  ]

  for (const url of pages) {
    await test.step(url, async () => {
      const response = await visitor.goto(url)
      expect(response?.status(), url).toBe(200)
      expectNoSecret(url, await visitor.content())
      const jsonLd = await visitor.locator('script[type="application/ld+json"]').allTextContents()
      expect(jsonLd.length, url).toBeGreaterThan(0)
      // Parsed too: an escaped secret (\u003c…) would hide from a plain text search.
      expectNoSecret(`${url} JSON-LD`, JSON.stringify(jsonLd.map((text) => JSON.parse(text))))
      // The RSC payload a client-side navigation fetches carries more than the HTML shows.
      const rsc = await visitorApi.get(url, { headers: { RSC: '1' } })
      expect(rsc.status(), `${url} RSC`).toBe(200)
      expect(rsc.headers()['content-type'], `${url} RSC`).toContain('text/x-component')
      expectNoSecret(`${url} RSC`, await rsc.text())
    })
  }

  await test.step('the published content is there, as published, so silence means something', async () => {
    await visitor.goto(paths.published)
    await expect(visitor.getByRole('heading', { level: 1 })).toHaveText(paths.visibleTitle)
    await visitor.goto(paths.carrier)
    await expect(visitor.getByRole('heading', { level: 1 })).toHaveText(paths.carrierTitle)
    await visitor.goto(`/topics/${topicSlug}`)
    await expect(visitor.getByRole('link', { name: paths.visibleTitle })).toBeVisible()
    await visitor.goto(`/search?q=${encodeURIComponent(paths.visibleTitle)}`)
    await expect(visitor.getByRole('link', { name: paths.visibleTitle })).toBeVisible()
    await visitor.goto(paths.formPage)
    await expect(visitor.getByLabel('Email')).toBeVisible()
  })

  await test.step('draft addresses answer 404, without a redirect, and have no card', async () => {
    for (const [url, slug] of [
      [`/articles/${secrets.draftarticleslug}`, 'draftarticleslug'],
      [`/articles/${secrets.draftrevisionslug}`, 'draftrevisionslug'],
      [`/${secrets.draftpageslug}`, 'draftpageslug'],
      [`/og/articles/${secrets.draftarticleslug}`, 'draftarticleslug'],
      [`/og/articles/${secrets.draftrevisionslug}`, 'draftrevisionslug'],
      [`/og/pages/${secrets.draftpageslug}`, 'draftpageslug'],
    ]) {
      const response = await visitorApi.get(url, { maxRedirects: 0 })
      expect(response.status(), url).toBe(404)
      expectNoSecret(url, await response.text(), [slug])
      // Next first sends an RSC request to the same address with its `_rsc` cache key (a 307
      // for every address alike); follow that one hop and no further.
      const rsc = await visitorApi.get(url, { maxRedirects: 1, headers: { RSC: '1' } })
      expect(new URL(rsc.url()).pathname, `${url} RSC`).toBe(url)
      expect(rsc.status(), `${url} RSC`).toBe(404)
      expectNoSecret(`${url} RSC`, await rsc.text(), [slug])
    }
    const card = await visitorApi.get(`/og${paths.published}`)
    expect(card.status()).toBe(200)
    expect(card.headers()['content-type']).toContain('image/png')
  })

  await test.step('preview needs a staff session; a copied draft-mode cookie shows nothing', async () => {
    const refused = await visitorApi.get(`/next/preview?path=${paths.published}`, {
      maxRedirects: 0,
    })
    expect(refused.status()).toBe(403)
    expectNoSecret('preview refused', await refused.text())
    // The editor's draft-mode cookie alone, without the editor's session.
    const preview = await staff.get(`/next/preview?path=${paths.published}`, { maxRedirects: 0 })
    expect(preview.status()).toBe(307)
    // The same channel carries the draft to the editor, so the checks above can fail.
    const editorView = await staff.get(`/next/draft/articles/${secrets.draftarticleslug}`, {
      headers: { RSC: '1' },
    })
    expect((await editorView.text()).toLowerCase()).toContain(secrets.draftarticle)
    const bypass = (await staff.storageState()).cookies.find(
      (cookie) => cookie.name === '__prerender_bypass',
    )
    expect(bypass).toBeTruthy()
    const copied = await browser.newContext({ storageState: { cookies: [bypass!], origins: [] } })
    const copiedPage = await copied.newPage()
    // At the draft addresses, the only ones the cookie is sent to.
    for (const [url, echoed] of [
      [`/next/draft${paths.published}`, []],
      [`/next/draft${paths.carrier}`, []],
      [`/next/draft/articles/${secrets.draftarticleslug}`, ['draftarticleslug']],
      [`/next/draft/articles/${secrets.draftrevisionslug}`, ['draftrevisionslug']],
    ] as const) {
      await copiedPage.goto(url)
      expectNoSecret(`${url} with a copied draft-mode cookie`, await copiedPage.content(), [
        ...echoed,
      ])
    }
    await copied.close()
    await staff.get(`/next/exit-preview?path=/`, { maxRedirects: 0 })
  })

  await test.step('sitemap and feeds', async () => {
    const index = await (await visitorApi.get('/sitemap.xml')).text()
    const parts = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, url]) => new URL(url))
    expect(parts.length).toBeGreaterThan(0)
    const sitemaps = await Promise.all(
      parts.map(async (url) => (await visitorApi.get(url.pathname)).text()),
    )
    const sitemap = sitemaps.join('\n')
    expect(sitemap).toContain(`${paths.published}<`)
    expectNoSecret('sitemap', `${index}\n${sitemap}`)
    for (const feed of ['/feed.xml', '/feed.atom']) {
      const xml = await (await visitorApi.get(feed)).text()
      expect(xml, feed).toContain(paths.visibleTitle)
      expectNoSecret(feed, xml)
    }
  })

  await test.step('the API of the running server', async () => {
    for (const url of [
      '/api/articles?draft=true&depth=3&limit=100',
      '/api/pages?draft=true&depth=3',
      '/api/reviews?depth=3&limit=100',
      '/api/forms?depth=2',
      '/api/search?depth=1&limit=100',
      '/api/globals/home-page?depth=3&draft=true',
      '/api/users/me',
      '/api/reviews/summary',
      `/api/articles?where[relatedArticles.title][like]=leakcanarydraftarticle`,
    ]) {
      const response = await visitorApi.get(url)
      expect(response.status(), url).toBeLessThan(500)
      expectNoSecret(url, await response.text())
    }
    for (const url of ['/api/users', '/api/form-submissions', '/api/articles/versions']) {
      expect((await visitorApi.get(url)).status(), url).toBe(403)
    }
    // Production: GraphQL introspection is refused to everyone.
    const introspection = await visitorApi.post('/api/graphql', {
      data: { query: '{ __schema { types { name fields { name } } } }' },
    })
    const body = await introspection.json()
    expect(body.data).toBeUndefined()
    expect(body.errors[0].message).toMatch(/introspection is not allowed/)
    const reviews = await visitorApi.post('/api/graphql', {
      data: {
        query:
          '{ Reviews(limit: 100) { docs { reviewerName body moderatedBy { email name } } } Articles(draft: true) { docs { title slug relatedArticles { title slug } } } }',
      },
    })
    expectNoSecret('GraphQL', await reviews.text())
  })

  await staff.post('/api/globals/home-page', { data: { featuredArticles: homeBefore ?? [] } })
  await visitor.context().close()
  await Promise.all([visitorApi.dispose(), admin.dispose(), marked.dispose()])
})
