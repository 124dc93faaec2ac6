import { getSiteSettings } from '@/data'
import { getFeedArticles } from '@/data/seo'
import { articlesRss, FEED_CONTENT_TYPES } from '@/seo/feed'

// Rendered once and kept until an article or the site settings change (cache tags).
export const dynamic = 'force-static'

/** The RSS 2.0 feed of the 20 newest published articles. */
export async function GET(): Promise<Response> {
  const [settings, articles] = await Promise.all([getSiteSettings(), getFeedArticles(20)])
  return new Response(articlesRss(settings, articles), {
    headers: { 'Content-Type': FEED_CONTENT_TYPES.rss },
  })
}
