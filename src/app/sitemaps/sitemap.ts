import type { MetadataRoute } from 'next'

import { getSitemapEntries, getSitemapPartCount } from '@/data/seo'
import { absoluteUrl } from '@/seo/urls'

// Read per request, like the pages: a publish shows in the sitemap without a rebuild.
export const dynamic = 'force-dynamic'

/**
 * One part per 50,000 URLs, served at /sitemaps/sitemap/<id>.xml. Next serves no /sitemap.xml
 * once a sitemap has parts, so src/app/sitemap.xml/route.ts is the index listing them (it cannot
 * sit beside a root sitemap.ts: Next reports the two as conflicting at /sitemap.xml).
 */
export async function generateSitemaps(): Promise<Array<{ id: number }>> {
  const parts = await getSitemapPartCount()
  return Array.from({ length: parts }, (_, id) => ({ id }))
}

export default async function sitemap(props: {
  id: Promise<string>
}): Promise<MetadataRoute.Sitemap> {
  const part = Number(await props.id)
  const entries = Number.isInteger(part) && part >= 0 ? await getSitemapEntries(part) : []
  return entries.map(({ path, lastModified }) => ({ url: absoluteUrl(path), lastModified }))
}
