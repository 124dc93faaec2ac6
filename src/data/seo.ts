import type { CollectionSlug } from 'payload'

import type { Article, Physician, Topic } from '@/payload-types'
import { pathFor } from '@/urls'
import type { CardDocs } from '@/seo/card'
import type { MetaCollection } from '@/seo/metaDefaults'
import { pagesForRange, SITEMAP_LIMIT, sitemapPartCount, slicesForPart } from '@/seo/sitemap'

import { cached } from '@/cache/cached'
import { getPayloadClient } from './client'
import { tags } from '@/cache/tags'

// What the sitemap and the feeds read. Like every public read, as an anonymous visitor
// (overrideAccess: false, draft: false): drafts, pending reviews and submissions cannot leak.

export type SitemapEntry = { path: string; lastModified?: string }

/** Collections with a public page per document, in the order the sitemap lists them. */
const DOC_SOURCES = ['pages', 'topics', 'physicians', 'offices', 'articles'] as const
type DocSource = (typeof DOC_SOURCES)[number]

/** Documents fetched per query: only slug and dates, so 10,000+ articles stay cheap. */
const PAGE_SIZE = 1000

const newestUpdate = async (collection: CollectionSlug): Promise<string | undefined> => {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection,
    sort: '-updatedAt',
    draft: false,
    depth: 0,
    limit: 1,
    pagination: false,
    overrideAccess: false,
    select: { updatedAt: true },
  })
  return (docs[0] as { updatedAt?: string } | undefined)?.updatedAt
}

/** The listing pages, dated by the newest thing they show. */
const listingEntries = cached(
  'listingEntries',
  async (): Promise<SitemapEntry[]> => {
  const [articles, offices, reviews] = await Promise.all([
    newestUpdate('articles'),
    newestUpdate('offices'),
    newestUpdate('reviews'),
  ])
  return [
    { path: '/', lastModified: articles },
    { path: '/articles', lastModified: articles },
    { path: '/offices', lastModified: offices },
    { path: '/reviews', lastModified: reviews },
    // The contact form's office choice is the only content on it that changes.
    { path: '/contact', lastModified: offices },
  ]
},
  () => [tags.sitemap],
)

/** How many sitemap entries each source has: listing pages first, then each collection. */
export const getSitemapSizes = cached(
  'getSitemapSizes',
  async (): Promise<number[]> => {
  const payload = await getPayloadClient()
  const counts = await Promise.all(
    DOC_SOURCES.map((collection) =>
      payload
        .count({ collection, overrideAccess: false })
        .then(({ totalDocs }) => totalDocs),
    ),
  )
  return [(await listingEntries()).length, ...counts]
},
  () => [tags.sitemap],
)

/** How many sitemap files the site needs (each at most SITEMAP_LIMIT URLs). */
export const getSitemapPartCount = cached(
  'getSitemapPartCount',
  
  async (perPart = SITEMAP_LIMIT): Promise<number> =>
    sitemapPartCount((await getSitemapSizes()).reduce((sum, size) => sum + size, 0), perPart),
  () => [tags.sitemap],
)

type DatedDoc = { slug?: string | null; updatedAt?: string; publishedAt?: string | null }

const docEntries = async (
  collection: DocSource,
  start: number,
  end: number,
): Promise<SitemapEntry[]> => {
  const payload = await getPayloadClient()
  const entries: SitemapEntry[] = []
  for (const { page, skip, take } of pagesForRange(start, end, PAGE_SIZE)) {
    const { docs } = await payload.find({
      collection,
      // A stable order, so the parts neither overlap nor skip documents.
      sort: 'id',
      draft: false,
      depth: 0,
      page,
      limit: PAGE_SIZE,
      overrideAccess: false,
      select:
        collection === 'articles'
          ? { slug: true, updatedAt: true, publishedAt: true }
          : { slug: true, updatedAt: true },
    })
    for (const doc of (docs as DatedDoc[]).slice(skip, skip + take)) {
      const path = pathFor(collection, doc.slug)
      if (path) entries.push({ path, lastModified: doc.updatedAt ?? doc.publishedAt ?? undefined })
    }
  }
  return entries
}

/** The entries of sitemap part `part` (0-based), at most `perPart` of them. */
export const getSitemapEntries = cached(
  'getSitemapEntries',
  
  async (part: number, perPart = SITEMAP_LIMIT): Promise<SitemapEntry[]> => {
    const sizes = await getSitemapSizes()
    const chunks = await Promise.all(
      slicesForPart(sizes, part, perPart).map(async ({ source, start, end }) =>
        source === 0
          ? (await listingEntries()).slice(start, end)
          : docEntries(DOC_SOURCES[source - 1], start, end),
      ),
    )
    return chunks.flat()
  },
  () => [tags.sitemap],
)

/** What a feed item shows of an article, with author and topic names. */
export type FeedArticle = Pick<
  Article,
  'id' | 'title' | 'slug' | 'excerpt' | 'publishedAt' | 'updatedAt' | 'createdAt'
> &
  Partial<Pick<Article, 'subtitle' | 'content' | 'meta'>> & {
    author?: (Pick<Physician, 'name'> & Partial<Pick<Physician, 'slug'>>) | number | string | null
    topics?: Array<Pick<Topic, 'name' | 'slug'> | number | string> | null
  }

/** The newest published articles for the RSS and Atom feeds. */
export const getFeedArticles = cached(
  'getFeedArticles',
  async (limit = 20): Promise<FeedArticle[]> => {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'articles',
    sort: ['-publishedAt', '-createdAt'],
    draft: false,
    depth: 1,
    limit,
    pagination: false,
    overrideAccess: false,
    select: {
      title: true,
      slug: true,
      excerpt: true,
      // An entry's summary when the excerpt is empty (a feed entry should have some text).
      subtitle: true,
      meta: { description: true },
      content: true,
      publishedAt: true,
      updatedAt: true,
      createdAt: true,
      author: true,
      topics: true,
    },
    populate: { physicians: { name: true, slug: true }, topics: { name: true, slug: true } },
  })
  return docs as unknown as FeedArticle[]
},
  () => [tags.feeds],
)

const CARD_SELECT: Record<MetaCollection, Record<string, true>> = {
  articles: { title: true, slug: true, author: true },
  pages: { title: true, slug: true },
  physicians: { name: true, slug: true, credentials: true, jobTitle: true },
  offices: { name: true, slug: true, address: true },
  topics: { name: true, slug: true, parent: true },
}

/** The few fields a document's generated card shows; null for drafts and unknown slugs. */
export const getCardDocument = cached(
  'getCardDocument',
  
  async <C extends MetaCollection>(collection: C, slug: string): Promise<CardDocs[C] | null> => {
    const payload = await getPayloadClient()
    const { docs } = await payload.find({
      collection,
      where: { slug: { equals: slug } },
      draft: false,
      depth: 1,
      limit: 1,
      pagination: false,
      overrideAccess: false,
      select: CARD_SELECT[collection] as never,
      populate: { physicians: { name: true, credentials: true }, topics: { name: true } },
    })
    return (docs[0] as unknown as CardDocs[C] | undefined) ?? null
  },
  (collection, slug) => [tags.doc(collection, slug), tags.related],
)
