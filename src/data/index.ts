import configPromise from '@payload-config'
import { getPayload, type Payload } from 'payload'
import { cache } from 'react'

import type { Article, Office, Page, SiteSetting } from '@/payload-types'

// The one place public pages read content. Every query runs as an anonymous visitor
// (overrideAccess: false), so access control decides what is public, never the page.
export const getPayloadClient = (): Promise<Payload> =>
  getPayload({ config: configPromise, cron: true })

export const getSiteSettings = cache(async (): Promise<SiteSetting> => {
  const payload = await getPayloadClient()
  return payload.findGlobal({ slug: 'site-settings', depth: 0, overrideAccess: false })
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

export const getPublishedArticle = cache(async (slug: string): Promise<Article | null> => {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'articles',
    where: { slug: { equals: slug } },
    draft: false,
    depth: 2,
    limit: 1,
    pagination: false,
    overrideAccess: false,
  })
  return docs[0] ?? null
})

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

export const getPublishedPage = cache(async (slug: string): Promise<Page | null> => {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'pages',
    where: { slug: { equals: slug } },
    draft: false,
    depth: 1,
    limit: 1,
    pagination: false,
    overrideAccess: false,
  })
  return docs[0] ?? null
})
