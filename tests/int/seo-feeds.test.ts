import { xml2js, type Element } from 'xml-js'

import { startPayload, type TestContext } from './helpers/payload'
import {
  articleData,
  createBasics,
  type ID,
  officeData,
  pageData,
  reviewData,
  samples,
  unique,
} from './helpers/fixtures'

// The sitemap, robots.txt and both feeds, called as Next calls them, on a database holding
// published documents next to everything a visitor must never find through them.

const ORIGIN = 'https://clinic.test'

let ctx: TestContext
let sitemapPart: typeof import('@/app/(frontend)/next/sitemap/[part]/route')
let sitemapIndex: typeof import('@/app/sitemap.xml/route')
let robots: typeof import('@/app/robots')
let rss: typeof import('@/app/(frontend)/feed.xml/route')
let atom: typeof import('@/app/(frontend)/feed.atom/route')
let seoData: typeof import('@/data/seo')

const SECRET = {
  neverPublished: 'never-published-draft',
  draftTitle: 'Unpublished rewrite of the title',
  draftExcerpt: 'Unpublished rewrite of the excerpt',
  draftPage: 'draft-only-page',
  pendingReviewer: 'Pending Reviewer Zed',
  submissionEmail: 'secret-patient@mail.test',
}

type Doc = { id: ID; slug: string; updatedAt: string; publishedAt?: string; title?: string }
const published: Record<string, Doc[]> = {}
let rewritten: Doc
let unsigned: Doc
let approvedReviewUpdatedAt: string

const day = (n: number) => new Date(Date.UTC(2024, 0, 1 + n)).toISOString()

const children = (el: Element | undefined, name: string): Element[] =>
  (el?.elements ?? []).filter((child) => child.name === name)
const text = (el: Element | undefined): string =>
  (el?.elements ?? []).map((child) => child.text ?? child.cdata ?? '').join('')
const rootOf = (xml: string): Element => {
  // Strict parse: malformed XML throws here.
  const doc = xml2js(xml, { compact: false }) as Element
  return doc.elements!.find((el) => el.type === 'element')!
}

/** A sitemap part as a crawler reads it: /sitemap-<n>.xml, rewritten to the part's route. */
const readPart = (part: string) =>
  sitemapPart.GET(new Request(`${ORIGIN}/sitemap-${part}.xml`), {
    params: Promise.resolve({ part }),
  })

/** Every entry of every part the index lists, in order. */
const sitemapEntries = async () => {
  const index = rootOf(await (await sitemapIndex.GET()).text())
  const entries: Array<{ url: string; lastModified?: string }> = []
  for (const loc of children(index, 'sitemap').map((el) => text(children(el, 'loc')[0]))) {
    const part = /\/sitemap-(\d+)\.xml$/.exec(loc)![1]
    const response = await readPart(part)
    expect(response.status).toBe(200)
    for (const url of children(rootOf(await response.text()), 'url')) {
      const lastmod = children(url, 'lastmod')[0]
      entries.push({
        url: text(children(url, 'loc')[0]),
        ...(lastmod ? { lastModified: text(lastmod) } : {}),
      })
    }
  }
  return entries
}

beforeAll(async () => {
  process.env.NEXT_PUBLIC_SERVER_URL = `${ORIGIN}/`
  ctx = await startPayload({ staff: false })
  sitemapPart = await import('@/app/(frontend)/next/sitemap/[part]/route')
  sitemapIndex = await import('@/app/sitemap.xml/route')
  robots = await import('@/app/robots')
  rss = await import('@/app/(frontend)/feed.xml/route')
  atom = await import('@/app/(frontend)/feed.atom/route')
  seoData = await import('@/data/seo')
  const { payload } = ctx

  await payload.updateGlobal({
    slug: 'site-settings',
    data: { siteName: 'Test Clinic', tagline: 'Careful answers for sore joints' } as never,
  })
  const basics = await createBasics(payload)
  const topic = await payload.create({ collection: 'topics', data: { name: 'Knee' } as never })
  const office = await payload.create({ collection: 'offices', data: officeData() as never })

  // The second newest article's physician is deleted below: a published article without an
  // author, which RSS and Atom must still carry validly.
  const formerAuthor = await payload.create({
    collection: 'physicians',
    data: { name: 'Former Doctor' } as never,
  })

  // 22 published articles, one a day, so the feed has to drop the two oldest.
  published.articles = []
  for (let n = 0; n < 22; n++) {
    published.articles.push(
      (await payload.create({
        collection: 'articles',
        data: articleData(basics, {
          excerpt: `Excerpt ${n}`,
          publishedAt: day(n),
          topics: [topic.id],
          ...(n === 20 ? { author: formerAuthor.id } : {}),
        }) as never,
      })) as unknown as Doc,
    )
  }
  unsigned = published.articles[20]
  await payload.delete({ collection: 'physicians', id: formerAuthor.id })
  // The newest published article gets a newer draft that must stay unseen.
  const newest = published.articles[21]
  await payload.update({
    collection: 'articles',
    id: newest.id,
    draft: true,
    data: { title: SECRET.draftTitle, excerpt: SECRET.draftExcerpt } as never,
  })
  rewritten = newest
  await payload.create({
    collection: 'articles',
    draft: true,
    data: articleData(basics, {
      title: SECRET.neverPublished,
      slug: SECRET.neverPublished,
      excerpt: SECRET.neverPublished,
      publishedAt: day(30),
      _status: 'draft',
    }) as never,
  })

  published.pages = [
    (await payload.create({ collection: 'pages', data: pageData() as never })) as unknown as Doc,
  ]
  await payload.create({
    collection: 'pages',
    draft: true,
    data: pageData({ title: SECRET.draftPage, slug: SECRET.draftPage, _status: 'draft' }) as never,
  })
  published.topics = [topic as unknown as Doc]
  published.offices = [office as unknown as Doc]
  published.physicians = [
    (await payload.findByID({
      collection: 'physicians',
      id: basics.physicianId,
    })) as unknown as Doc,
  ]

  const approved = await payload.create({
    collection: 'reviews',
    data: reviewData({ status: 'approved' }) as never,
  })
  approvedReviewUpdatedAt = approved.updatedAt
  await new Promise((resolve) => setTimeout(resolve, 20))
  await payload.create({
    collection: 'reviews',
    data: reviewData({
      reviewerName: SECRET.pendingReviewer,
      body: SECRET.pendingReviewer,
    }) as never,
  })
  await payload.create({
    collection: 'form-submissions',
    data: {
      ...samples['form-submissions'].data(basics),
      submissionData: [{ field: 'email', value: SECRET.submissionEmail }],
    } as never,
  })
})

afterAll(async () => {
  delete process.env.NEXT_PUBLIC_SERVER_URL
  await ctx?.stop()
})

const expectNoSecrets = (output: string) => {
  for (const secret of Object.values(SECRET)) expect(output).not.toContain(secret)
}

describe('sitemap', () => {
  it('lists every published document and listing page, with absolute URLs and lastmod', async () => {
    const entries = await sitemapEntries()
    const byUrl = new Map(entries.map((entry) => [entry.url, entry.lastModified]))
    expect(entries).toHaveLength(byUrl.size)

    for (const path of ['/', '/articles', '/offices', '/reviews', '/contact']) {
      expect(byUrl.has(`${ORIGIN}${path}`)).toBe(true)
    }
    const prefix = {
      articles: '/articles',
      pages: '',
      topics: '/topics',
      physicians: '/physicians',
      offices: '/offices',
    }
    for (const [collection, docs] of Object.entries(published)) {
      for (const doc of docs) {
        const url = `${ORIGIN}${prefix[collection as keyof typeof prefix]}/${doc.slug}`
        expect(byUrl.get(url)).toBe(doc.updatedAt)
      }
    }
    // 5 listing pages, 22 articles, and one page, topic, physician and office.
    expect(entries).toHaveLength(5 + 22 + 4)
    // The reviews page is dated by the approved review, not the newer pending one.
    expect(byUrl.get(`${ORIGIN}/reviews`)).toBe(approvedReviewUpdatedAt)
  })

  it('leaves out drafts, pending reviews and form submissions', async () => {
    const entries = await sitemapEntries()
    expectNoSecrets(JSON.stringify(entries))
    expect(entries.some(({ url }) => url.includes('/reviews/'))).toBe(false)
  })

  it('splits into parts that together hold every entry once', async () => {
    const whole = (await sitemapEntries()).map(({ url }) => url.replace(ORIGIN, ''))
    const perPart = 7
    const parts = await seoData.getSitemapPartCount(perPart)
    expect(parts).toBe(Math.ceil(whole.length / perPart))
    const paths: string[] = []
    for (let part = 0; part < parts; part++) {
      const entries = await seoData.getSitemapEntries(part, perPart)
      expect(entries.length).toBeLessThanOrEqual(perPart)
      paths.push(...entries.map(({ path }) => path))
    }
    expect(paths).toEqual(whole)
  })

  it('serves /sitemap.xml as an index of the parts', async () => {
    const response = await sitemapIndex.GET()
    expect(response.headers.get('content-type')).toBe('application/xml; charset=utf-8')
    const root = rootOf(await response.text())
    expect(root.name).toBe('sitemapindex')
    expect(children(root, 'sitemap').map((el) => text(children(el, 'loc')[0]))).toEqual([
      `${ORIGIN}/sitemap-0.xml`,
    ])
  })

  it('serves each part at the root, and nothing for parts that do not exist', async () => {
    const part = await readPart('0')
    expect(part.headers.get('content-type')).toBe('application/xml; charset=utf-8')
    expect(rootOf(await part.text()).name).toBe('urlset')
    const statuses = await Promise.all(
      ['1', '999999', '-1', '01x', 'abc', '1e3', ''].map(
        async (bad) => (await readPart(bad)).status,
      ),
    )
    expect(statuses).toEqual(Array(7).fill(404))
  })
})

describe('robots.txt', () => {
  it('allows all but staff, API, preview and search routes, and points to the sitemap', () => {
    expect(robots.default()).toEqual({
      rules: {
        userAgent: '*',
        // Uploaded images (what shared pages show) are the one part of the API crawlers fetch.
        allow: ['/', '/api/media/file/'],
        disallow: ['/admin', '/api', '/next/', '/search'],
      },
      sitemap: `${ORIGIN}/sitemap.xml`,
    })
  })
})

describe('feeds', () => {
  const expectedSlugs = () =>
    published.articles
      .slice(2)
      .reverse()
      .map((doc) => `${ORIGIN}/articles/${doc.slug}`)

  it('RSS 2.0: the 20 newest published articles, newest first', async () => {
    const response = await rss.GET()
    expect(response.headers.get('content-type')).toBe('application/rss+xml; charset=utf-8')
    const xml = await response.text()
    expectNoSecrets(xml)
    const root = rootOf(xml)
    expect(root.name).toBe('rss')
    expect(root.attributes?.version).toBe('2.0')
    const channel = children(root, 'channel')[0]
    expect(text(children(channel, 'title')[0])).toBe('Test Clinic')
    expect(text(children(channel, 'description')[0])).toBe('Careful answers for sore joints')
    const items = children(channel, 'item')
    expect(items).toHaveLength(20)
    expect(items.map((item) => text(children(item, 'link')[0]))).toEqual(expectedSlugs())
    const dates = items.map((item) => Date.parse(text(children(item, 'pubDate')[0])))
    expect(dates).toEqual([...dates].sort((a, b) => b - a))
    expect(dates[0]).toBe(Date.parse(day(21)))

    const first = items[0]
    // The published title and excerpt, not the newer draft's.
    expect(text(children(first, 'title')[0])).toBe(rewritten.title)
    expect(text(children(first, 'description')[0])).toBe('Excerpt 21')
    // RSS 2.0's <author> must be an email address: the physician's name is in dc:creator.
    expect(root.attributes?.['xmlns:dc']).toBe('http://purl.org/dc/elements/1.1/')
    expect(items.flatMap((item) => children(item, 'author'))).toEqual([])
    expect(children(first, 'dc:creator').map(text)).toEqual([expect.stringMatching(/^Doctor \d+$/)])
    // The article whose physician was deleted: listed, with no creator at all.
    expect(text(children(items[1], 'link')[0])).toBe(`${ORIGIN}/articles/${unsigned.slug}`)
    expect(children(items[1], 'dc:creator')).toEqual([])
    expect(text(children(items[1], 'description')[0])).toBe('Excerpt 20')
    const guid = children(first, 'guid')[0]
    expect(text(guid)).toBe(`${ORIGIN}/articles/${rewritten.slug}`)
    expect(guid.attributes?.isPermaLink).toBe('true')
    expect(children(first, 'category').map(text)).toEqual(['Knee'])
  })

  it('Atom: the same entries, newest first', async () => {
    const response = await atom.GET()
    expect(response.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8')
    const xml = await response.text()
    expectNoSecrets(xml)
    const root = rootOf(xml)
    expect(root.name).toBe('feed')
    expect(root.attributes?.xmlns).toBe('http://www.w3.org/2005/Atom')
    expect(text(children(root, 'title')[0])).toBe('Test Clinic')
    expect(text(children(root, 'subtitle')[0])).toBe('Careful answers for sore joints')
    const entries = children(root, 'entry')
    expect(entries).toHaveLength(20)
    expect(entries.map((entry) => text(children(entry, 'id')[0]))).toEqual(expectedSlugs())
    const first = entries[0]
    expect(text(children(first, 'published')[0])).toBe(day(21))
    expect(text(children(children(first, 'author')[0], 'name')[0])).toMatch(/^Doctor \d+$/)
    expect(children(first, 'category').map((el) => el.attributes)).toEqual([
      { label: 'Knee', term: 'knee' },
    ])
    // RFC 4287: an entry without an author is valid only when the feed has one, the clinic.
    const feedAuthors = children(root, 'author')
    expect(feedAuthors).toHaveLength(1)
    expect(text(children(feedAuthors[0], 'name')[0])).toBe('Test Clinic')
    expect(text(children(feedAuthors[0], 'uri')[0])).toBe(`${ORIGIN}/`)
    expect(text(children(entries[1], 'id')[0])).toBe(`${ORIGIN}/articles/${unsigned.slug}`)
    expect(children(entries[1], 'author')).toEqual([])
  })
})
