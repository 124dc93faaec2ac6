import { type APIRequestContext, type APIResponse, expect, test } from '@playwright/test'

import { document, paragraph } from '../../src/seed/lexical'
import {
  anonymousApi,
  contactFormId,
  EDITOR_STATE,
  solvedCaptcha,
  uniqueTitle,
  visitorPage,
} from './helpers'

// Everything a visitor must never find, stored next to published content that links to the same
// topic, physician and office; then every public channel that lists or describes content is read
// as a visitor: pages (and their JSON-LD), search, the sitemap and both feeds.

test.use({ storageState: EDITOR_STATE })

const richText = (text: string) => document(paragraph(text))

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

test('drafts, pending reviews and submissions reach no page, JSON-LD, search, sitemap or feed', async ({
  page,
  browser,
  playwright,
  baseURL,
}) => {
  const staff = page.request
  const topicSlug = 'prolotherapy'
  const [topic, author, office] = await Promise.all([
    idOf(staff, 'topics', topicSlug),
    idOf(staff, 'physicians', 'ross-hauser'),
    idOf(staff, 'offices', 'chicagoland'),
  ])
  // An invented word per secret; the search looks for the word's stem, so the results page
  // (which repeats the query) can only show the whole word by finding the secret.
  const stamp = Date.now().toString(36)
  const secretWord = (label: string) => `${label}${stamp}`
  const secrets = {
    draftOnly: secretWord('Quokkadraft'),
    draftRevision: secretWord('Wombatrevision'),
    pendingReview: secretWord('Platypusreview'),
    submission: secretWord('Echidnasubmission'),
  }

  const visible = uniqueTitle('Why tendons heal slowly')
  const publishedArticle = await created(
    await staff.post('/api/articles', {
      data: {
        title: visible.title,
        author,
        topics: [topic],
        excerpt: 'Tendons have little blood supply.',
        content: richText('Tendons have little blood supply, so they heal slowly.'),
        _status: 'published',
      },
    }),
  )
  // A newer, unpublished rewrite of the published article.
  const revision = await staff.patch(`/api/articles/${publishedArticle.id}?draft=true`, {
    data: {
      title: `${visible.title} ${secrets.draftRevision}`,
      excerpt: secrets.draftRevision,
      content: richText(`Rewritten: ${secrets.draftRevision}`),
      _status: 'draft',
    },
  })
  expect(revision.status(), await revision.text()).toBe(200)
  const draftOnly = await created(
    await staff.post('/api/articles?draft=true', {
      data: {
        title: `Notes ${secrets.draftOnly}`,
        author,
        topics: [topic],
        excerpt: secrets.draftOnly,
        content: richText(secrets.draftOnly),
        publishedAt: new Date(Date.now() + 60_000).toISOString(),
        _status: 'draft',
      },
    }),
  )
  await created(
    await staff.post('/api/reviews', {
      data: {
        reviewerName: secrets.pendingReview,
        body: `Loved it. ${secrets.pendingReview}`,
        rating: 5,
        source: 'website',
        office,
        reviewedAt: new Date().toISOString(),
      },
    }),
  )
  const visitorApi = await anonymousApi(playwright, baseURL)
  const submission = await visitorApi.post('/api/form-submissions', {
    data: {
      form: await contactFormId(visitorApi),
      altcha: await solvedCaptcha(visitorApi),
      submissionData: [
        { field: 'firstName', value: secrets.submission },
        { field: 'lastName', value: secrets.submission },
        { field: 'email', value: `${secrets.submission.toLowerCase()}@example.com` },
        { field: 'symptoms', value: `Private: ${secrets.submission}` },
        { field: 'consent', value: 'true' },
      ],
    },
    headers: { 'x-forwarded-for': '203.0.113.77' },
  })
  expect(submission.status(), await submission.text()).toBe(201)

  const expectNoSecret = (where: string, body: string) => {
    for (const secret of Object.values(secrets)) {
      expect(body.includes(secret), `${where} shows ${secret}`).toBe(false)
    }
  }

  const visitor = await visitorPage(browser)
  const pages = [
    '/',
    '/articles',
    `/articles?topic=${topicSlug}`,
    `/articles/${publishedArticle.slug}`,
    `/topics/${topicSlug}`,
    '/physicians/ross-hauser',
    '/offices/chicagoland',
    '/reviews',
    '/reviews?office=chicagoland',
    ...Object.values(secrets).map((secret) => `/search?q=${secret.replace(stamp, '')}`),
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
    })
  }

  await test.step('the published article is there, as published', async () => {
    await visitor.goto(`/articles/${publishedArticle.slug}`)
    await expect(visitor.getByRole('heading', { level: 1 })).toHaveText(visible.title)
    await visitor.goto(`/topics/${topicSlug}`)
    await expect(visitor.getByRole('link', { name: visible.title })).toBeVisible()
    // The search finds published content, so its silence above means something.
    await visitor.goto(`/search?q=${encodeURIComponent(visible.title)}`)
    await expect(visitor.getByRole('link', { name: visible.title })).toBeVisible()
  })

  await test.step('the draft-only article has no page', async () => {
    expect((await visitor.goto(`/articles/${draftOnly.slug}`))?.status()).toBe(404)
  })

  await test.step('sitemap and feeds', async () => {
    const index = await (await visitorApi.get('/sitemap.xml')).text()
    const parts = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, url]) => new URL(url))
    expect(parts.length).toBeGreaterThan(0)
    const sitemaps = await Promise.all(
      parts.map(async (url) => (await visitorApi.get(url.pathname)).text()),
    )
    const sitemap = sitemaps.join('\n')
    expect(sitemap).toContain(`/articles/${publishedArticle.slug}<`)
    expect(sitemap).not.toContain(`/articles/${draftOnly.slug}<`)
    expectNoSecret('sitemap', sitemap)
    for (const feed of ['/feed.xml', '/feed.atom']) {
      const xml = await (await visitorApi.get(feed)).text()
      expect(xml, feed).toContain(visible.title)
      expectNoSecret(feed, xml)
    }
  })
  await visitor.context().close()
  await visitorApi.dispose()
})
