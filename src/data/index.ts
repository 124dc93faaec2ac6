import configPromise from '@payload-config'
import { getPayload, type Payload, type Where } from 'payload'
import { cache } from 'react'

import type { Article, Office, Page, Physician, SiteSetting, Topic } from '@/payload-types'

// The one place public pages read content. Every query runs as an anonymous visitor
// (overrideAccess: false), so access control decides what is public, never the page.
export const getPayloadClient = (): Promise<Payload> =>
  getPayload({ config: configPromise, cron: true })

type SluggedCollection = 'articles' | 'offices' | 'pages' | 'physicians' | 'topics'

/** One published document by slug, as a visitor may see it; null when there is none. */
const findBySlug = async <C extends SluggedCollection>(collection: C, slug: string, depth: number) => {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection,
    where: { slug: { equals: slug } },
    draft: false,
    depth,
    limit: 1,
    pagination: false,
    overrideAccess: false,
  })
  return docs[0] ?? null
}

export const getSiteSettings = cache(async (): Promise<SiteSetting> => {
  const payload = await getPayloadClient()
  return payload.findGlobal({ slug: 'site-settings', depth: 1, overrideAccess: false })
})

export const getOffices = cache(async (): Promise<Office[]> => {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'offices',
    sort: ['order', 'name'],
    depth: 0,
    limit: 100,
    pagination: false,
    overrideAccess: false,
  })
  return docs
})

export const getPublishedArticle = cache(
  (slug: string): Promise<Article | null> => findBySlug('articles', slug, 2),
)

export const getLatestArticles = cache(async (limit = 10): Promise<Article[]> => {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'articles',
    sort: '-publishedAt',
    draft: false,
    depth: 1,
    limit,
    overrideAccess: false,
    select: {
      title: true,
      slug: true,
      subtitle: true,
      excerpt: true,
      publishedAt: true,
      author: true,
    },
  })
  return docs as Article[]
})

export const getPublishedPage = cache(
  (slug: string): Promise<Page | null> => findBySlug('pages', slug, 1),
)

export const getPhysician = cache(
  (slug: string): Promise<Physician | null> => findBySlug('physicians', slug, 1),
)

export const getTopic = cache(
  (slug: string): Promise<Topic | null> => findBySlug('topics', slug, 1),
)

type ArticleFilter = { author?: number | string; topics?: Array<number | string> }

/** Published articles, newest first, written by a physician or filed under any of some topics. */
export const getArticlesWhere = cache(
  async (filter: ArticleFilter, limit = 50): Promise<Article[]> => {
    const payload = await getPayloadClient()
    const where: Where = {}
    if (filter.author !== undefined) where.author = { equals: filter.author }
    if (filter.topics?.length) where.topics = { in: filter.topics }
    const { docs } = await payload.find({
      collection: 'articles',
      where,
      sort: '-publishedAt',
      draft: false,
      depth: 0,
      limit,
      overrideAccess: false,
      select: { title: true, slug: true, subtitle: true, excerpt: true, publishedAt: true },
    })
    return docs as Article[]
  },
)

/** Every topic, by name, for filters and lists. */
export const getAllTopics = cache(async (): Promise<Topic[]> => {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'topics',
    sort: 'name',
    depth: 0,
    limit: 500,
    pagination: false,
    overrideAccess: false,
  })
  return docs
})

export type ArticlesPage = {
  articles: Article[]
  page: number
  totalPages: number
  totalDocs: number
}

/** One page of published articles, newest first, optionally filed under any of some topics. */
export const getArticlesPage = cache(
  async (page: number, limit: number, topics?: Array<number | string>): Promise<ArticlesPage> => {
    const payload = await getPayloadClient()
    const where: Where = topics?.length ? { topics: { in: topics } } : {}
    const result = await payload.find({
      collection: 'articles',
      where,
      sort: ['-publishedAt', '-createdAt'],
      draft: false,
      depth: 0,
      page,
      limit,
      overrideAccess: false,
      select: { title: true, slug: true, subtitle: true, excerpt: true, publishedAt: true },
    })
    return {
      articles: result.docs as Article[],
      page,
      totalPages: result.totalPages,
      totalDocs: result.totalDocs,
    }
  },
)

export const getOffice = cache(
  (slug: string): Promise<Office | null> => findBySlug('offices', slug, 0),
)

/** Physicians who see patients at an office, by name. */
export const getPhysiciansAtOffice = cache(
  async (officeId: number | string): Promise<Physician[]> => {
    const payload = await getPayloadClient()
    const { docs } = await payload.find({
      collection: 'physicians',
      where: { offices: { in: [officeId] } },
      sort: 'name',
      depth: 0,
      limit: 100,
      pagination: false,
      overrideAccess: false,
      select: { name: true, credentials: true, slug: true, jobTitle: true },
    })
    return docs as Physician[]
  },
)
