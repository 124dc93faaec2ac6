import { document, paragraph } from '@/seed/lexical'
import { buildMetadata, documentMetadata, listingMetadata } from '@/seo/metadata'

const site = { siteName: 'Caring Medical', tagline: 'Prolotherapy for joint and spine pain' }
const ORIGIN = 'https://clinic.test'

const heroImage = {
  id: 1,
  alt: 'A healing cycle',
  url: '/api/media/file/hero.jpg',
  sizes: { og: { url: '/api/media/file/hero-1200x630.jpg', width: 1200, height: 630 } },
}

const article = {
  id: 1,
  title: 'How stem cells help fix a broken “healing cycle”',
  slug: 'stem-cells',
  excerpt: 'What a laboratory study suggests.',
  content: document(paragraph('Body.')),
  heroImage,
  publishedAt: '2026-01-02T00:00:00.000Z',
  updatedAt: '2026-02-03T00:00:00.000Z',
  author: { id: 2, name: 'Ross Hauser', credentials: 'MD', slug: 'ross-hauser' },
  topics: [
    { id: 3, name: 'Knee', slug: 'knee' },
    { id: 4, name: 'Prolotherapy', slug: 'prolotherapy' },
  ],
  meta: {},
}

const saved = process.env.NEXT_PUBLIC_SERVER_URL
beforeAll(() => {
  process.env.NEXT_PUBLIC_SERVER_URL = ORIGIN
})
afterAll(() => {
  if (saved === undefined) delete process.env.NEXT_PUBLIC_SERVER_URL
  else process.env.NEXT_PUBLIC_SERVER_URL = saved
})

describe('documentMetadata', () => {
  it('an article: canonical, Open Graph article facts, Twitter large image', () => {
    const image = {
      url: '/api/media/file/hero-1200x630.jpg',
      width: 1200,
      height: 630,
      alt: 'A healing cycle',
    }
    expect(documentMetadata('articles', article as never, site)).toEqual({
      // Too long for the site name to fit in 60 characters.
      title: { absolute: article.title },
      description: 'What a laboratory study suggests.',
      alternates: {
        canonical: '/articles/stem-cells',
        types: { 'application/rss+xml': '/feed.xml', 'application/atom+xml': '/feed.atom' },
      },
      openGraph: {
        type: 'article',
        url: '/articles/stem-cells',
        siteName: 'Caring Medical',
        locale: 'en_US',
        title: article.title,
        description: 'What a laboratory study suggests.',
        images: [image],
        publishedTime: '2026-01-02T00:00:00.000Z',
        modifiedTime: '2026-02-03T00:00:00.000Z',
        authors: [`${ORIGIN}/physicians/ross-hauser`],
        section: 'Knee',
        tags: ['Knee', 'Prolotherapy'],
      },
      twitter: {
        card: 'summary_large_image',
        title: article.title,
        description: 'What a laboratory study suggests.',
        images: [image],
      },
    })
  })

  it("the editor's meta title is the whole <title>, and their description and image win", () => {
    const chosen = {
      ...heroImage,
      alt: 'Chosen',
      sizes: { og: { url: '/chosen-1200x630.jpg', width: 1200, height: 630 } },
    }
    const metadata = documentMetadata(
      'articles',
      {
        ...article,
        meta: { title: 'Stem cells and knees', description: 'Own words.', image: chosen },
      } as never,
      site,
    )
    expect(metadata.title).toEqual({ absolute: 'Stem cells and knees' })
    expect(metadata.description).toBe('Own words.')
    expect(metadata.openGraph).toMatchObject({
      title: 'Stem cells and knees',
      images: [{ url: '/chosen-1200x630.jpg', alt: 'Chosen' }],
    })
  })

  it('other documents are websites with the generated card when they have no picture', () => {
    const metadata = documentMetadata(
      'offices',
      { name: 'Chicagoland Office', slug: 'chicagoland', phone: '(708) 393-8266' },
      site,
    )
    expect(metadata.title).toEqual({ absolute: 'Chicagoland Office · Caring Medical' })
    expect(metadata.alternates?.canonical).toBe('/offices/chicagoland')
    expect(metadata.openGraph).toMatchObject({
      type: 'website',
      url: '/offices/chicagoland',
      images: [
        {
          url: '/og/offices/chicagoland',
          width: 1200,
          height: 630,
          alt: 'Caring Medical: Chicagoland Office',
        },
      ],
    })
    expect(metadata.openGraph).not.toHaveProperty('publishedTime')
    expect(metadata.twitter).toMatchObject({ card: 'summary_large_image' })
  })

  it('pages live at /<slug>; an empty description falls back to the tagline', () => {
    const metadata = documentMetadata('pages', { title: 'Disclaimer', slug: 'disclaimer' }, site)
    expect(metadata.alternates?.canonical).toBe('/disclaimer')
    expect(metadata.description).toBe(site.tagline)
  })
})

describe('listingMetadata', () => {
  it("uses the listing's own card and the path it is given (with its query)", () => {
    const metadata = listingMetadata(
      'articles',
      { path: '/articles?topic=knee&page=2', title: 'Articles about Knee, page 2' },
      site,
    )
    expect(metadata.title).toEqual({ absolute: 'Articles about Knee, page 2 · Caring Medical' })
    expect(metadata.alternates?.canonical).toBe('/articles?topic=knee&page=2')
    expect(metadata.openGraph).toMatchObject({
      type: 'website',
      url: '/articles?topic=knee&page=2',
      images: [{ url: '/og/site/articles', width: 1200, height: 630 }],
    })
  })
})

describe('buildMetadata', () => {
  it('uses the site name when a page has no title', () => {
    const metadata = buildMetadata(
      { path: '/', title: '', image: { url: '/og/site/home', width: 1200, height: 630, alt: '' } },
      site,
    )
    expect(metadata.title).toEqual({ absolute: 'Caring Medical' })
    expect(metadata.openGraph).toMatchObject({ title: 'Caring Medical' })
  })
})
