import type { SluggedCollection } from '@/cache/tags'
import { getPayloadClient } from './client'

/** How many documents of each kind `next build` renders ahead; the rest render on first visit. */
export const STATIC_LIMITS: Record<SluggedCollection, number> = {
  articles: 20,
  pages: 50,
  physicians: 50,
  offices: 50,
  topics: 50,
}

/**
 * The slugs a build prerenders: the newest articles and the first of everything else, so build
 * time does not grow with the number of articles. Read as a visitor, so drafts are never built.
 */
export const getStaticSlugs = async (collection: SluggedCollection): Promise<{ slug: string }[]> => {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection,
    sort: collection === 'articles' ? '-publishedAt' : '-updatedAt',
    draft: false,
    depth: 0,
    limit: STATIC_LIMITS[collection],
    pagination: false,
    overrideAccess: false,
    select: { slug: true } as never,
  })
  return (docs as { slug?: string | null }[])
    .filter((doc): doc is { slug: string } => Boolean(doc.slug))
    .map(({ slug }) => ({ slug }))
}
