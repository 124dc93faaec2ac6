import { getSiteSettings } from '@/data'
import { getCardDocument } from '@/data/seo'
import { type CardContent, documentCard, siteCard } from '@/seo/card'
import { isMetaCollection, SITE_CARDS, type SiteCard } from '@/seo/metaDefaults'
import { renderCard } from '@/seo/ogCard'

type Props = { params: Promise<{ collection: string; slug: string }> }

const isSiteCard = (value: string): value is SiteCard => Object.hasOwn(SITE_CARDS, value)

/** The card's words, from the named document or listing page; null when there is none. */
const cardFor = async (
  collection: string,
  slug: string,
  siteName: string,
  tagline?: string | null,
) => {
  if (collection === 'site') return isSiteCard(slug) ? siteCard(slug, { siteName, tagline }) : null
  // Only a well-formed slug reaches the database.
  if (!isMetaCollection(collection) || !/^[a-z0-9-]{1,120}$/.test(slug)) return null
  const doc = await getCardDocument(collection, slug)
  return doc ? documentCard(collection, doc) : null
}

/**
 * GET /og/<collection>/<slug>: the 1200×630 PNG shared for a page without an image of its own
 * (`/og/site/<listing>` for listing pages). Pages add ?v=<last change>, so a changed title gets a
 * new address and social sites, which cache images for long, fetch it again.
 */
export async function GET(_request: Request, { params }: Props): Promise<Response> {
  const { collection, slug } = await params
  const settings = await getSiteSettings()
  const content: CardContent | null = await cardFor(
    collection,
    slug,
    settings.siteName,
    settings.tagline,
  )
  if (!content)
    return new Response('There is no such page, so there is no card for it.', {
      status: 404,
      headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' },
    })
  const png = await renderCard(content, settings.siteName)
  return new Response(png, {
    headers: {
      'content-type': 'image/png',
      // A day fresh, then served while a new one is fetched: titles rarely change, and a changed
      // document is linked with a new ?v= anyway.
      'cache-control': 'public, max-age=86400, stale-while-revalidate=604800',
    },
  })
}
