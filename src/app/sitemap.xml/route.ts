import { getSitemapPartCount } from '@/data/seo'
import { sitemapIndexXml } from '@/seo/sitemap'
import { sitemapPartUrl } from '@/urls'

export const dynamic = 'force-dynamic'

/** /sitemap.xml: the index of the parts, served at /sitemap-<n>.xml (src/app/(frontend)/next/sitemap). */
export async function GET(): Promise<Response> {
  const parts = await getSitemapPartCount()
  const urls = Array.from({ length: parts }, (_, id) => sitemapPartUrl(id))
  return new Response(sitemapIndexXml(urls), {
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  })
}
