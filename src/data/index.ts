import type { Where } from 'payload'
import { cache } from 'react'

import type { SluggedCollection } from '@/cache/tags'
import type { Article, Office, Page, Physician, SiteSetting, Topic, User } from '@/payload-types'

import { cached } from '@/cache/cached'
import { getPayloadClient } from './client'
import { getPreviewUser } from './preview'
import { tags } from '@/cache/tags'

export { getPayloadClient }

// The one place public pages read content. Every query runs with overrideAccess: false, as an
// anonymous visitor or a previewing editor, so access control decides what shows, never the page.

/** What an article list shows of each article (see ArticleList). */
const ARTICLE_CARD = {
  title: true,
  slug: true,
  subtitle: true,
  excerpt: true,
  publishedAt: true,
} as const


/**
 * One document by slug as a visitor may see it (null when there is none). With `preview`, the
 * newest draft as that signed-in editor may see it.
 */
const findBySlug = async <C extends SluggedCollection>(
  collection: C,
  slug: string,
  depth: number,
  preview?: User | null,
) => {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection,
    where: { slug: { equals: slug } },
    draft: Boolean(preview),
    user: preview ?? undefined,
    depth,
    limit: 1,
    pagination: false,
    overrideAccess: false,
  })
  return docs[0] ?? null
}

/** A published document by slug, cached under its own tag and RELATED (what it populates). */
const publishedBySlug = cached(
  'publishedBySlug',
  <C extends SluggedCollection>(collection: C, slug: string, depth: number) =>
    findBySlug(collection, slug, depth),
  (collection, slug) => [tags.doc(collection, slug), tags.related],
)

export const getSiteSettings = cached(
  'getSiteSettings',
  async (): Promise<SiteSetting> => {
    const payload = await getPayloadClient()
    return payload.findGlobal({ slug: 'site-settings', depth: 1, overrideAccess: false })
  },
  () => [tags.global('site-settings')],
)

export const getOffices = cached('getOffices', async (): Promise<Office[]> => {
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
}, () => [tags.list('offices')])

/** The article for its page: published, or the newest draft while an editor previews. */
export const getArticleForView = cache(async (slug: string): Promise<Article | null> => {
  const preview = await getPreviewUser()
  return preview
    ? findBySlug('articles', slug, 2, preview)
    : (publishedBySlug('articles', slug, 2) as Promise<Article | null>)
})

/** Published articles as cards, newest first: the home page, physician and topic pages. */
const findArticleCards = async (where: Where, limit: number): Promise<Article[]> => {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'articles',
    where,
    sort: '-publishedAt',
    draft: false,
    depth: 0,
    limit,
    overrideAccess: false,
    select: ARTICLE_CARD,
  })
  return docs as Article[]
}

export const getLatestArticles = cached(
  'getLatestArticles',
  (limit = 10) => findArticleCards({}, limit),
  () => [tags.latestArticles],
)

/** The page for its address: published, or the newest draft while an editor previews. */
export const getPageForView = cache(async (slug: string): Promise<Page | null> => {
  const preview = await getPreviewUser()
  return preview
    ? findBySlug('pages', slug, 1, preview)
    : (publishedBySlug('pages', slug, 1) as Promise<Page | null>)
})

export const getPhysician = (slug: string): Promise<Physician | null> =>
  publishedBySlug('physicians', slug, 1) as Promise<Physician | null>

export const getTopic = (slug: string): Promise<Topic | null> =>
  publishedBySlug('topics', slug, 1) as Promise<Topic | null>

type ArticleFilter = { author?: number | string; topics?: Array<number | string> }

/** Published articles, newest first, written by a physician or filed under any of some topics. */
export const getArticlesWhere = cached(
  'getArticlesWhere',
  async (filter: ArticleFilter, limit = 50): Promise<Article[]> => {
    const where: Where = {}
    if (filter.author !== undefined) where.author = { equals: filter.author }
    if (filter.topics?.length) where.topics = { in: filter.topics }
    return findArticleCards(where, limit)
  },
  (filter) => [
    ...(filter.author !== undefined ? [tags.articlesOfAuthor(filter.author)] : []),
    ...(filter.topics ?? []).map(tags.articlesOfTopic),
    // Cards show only the articles' own fields; a new or removed filter value lists differently.
    tags.articleList,
  ],
)

/** Every topic, by name, for filters and lists. */
export const getAllTopics = cached('getAllTopics', async (): Promise<Topic[]> => {
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
}, () => [tags.list('topics')])

export type ArticlesPage = {
  articles: Article[]
  page: number
  totalPages: number
  totalDocs: number
}

/** One page of published articles, newest first, optionally filed under any of some topics. */
export const getArticlesPage = cached(
  'getArticlesPage',
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
      select: ARTICLE_CARD,
    })
    return {
      articles: result.docs as Article[],
      page,
      totalPages: result.totalPages,
      totalDocs: result.totalDocs,
    }
  },
  () => [tags.articleList],
)

export const getOffice = (slug: string): Promise<Office | null> =>
  publishedBySlug('offices', slug, 1) as Promise<Office | null>

/** Physicians who see patients at an office, by name. */
export const getPhysiciansAtOffice = cached(
  'getPhysiciansAtOffice',
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
  (officeId) => [tags.physiciansAt(officeId), tags.list('physicians')],
)
