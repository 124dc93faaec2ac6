import { getSitemapEntries, getSitemapPartCount } from '@/data/seo'
import { sitemapXml } from '@/seo/sitemap'
import { absoluteUrl } from '@/urls'

// Read per request over cached reads, like the index: a publish shows without a rebuild.
export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ part: string }> }

/** Part <n> of the sitemap, public at /sitemap-<n>.xml (a rewrite in next.config.mjs). */
export async function GET(_request: Request, { params }: Props): Promise<Response> {
  const { part } = await params
  const index = /^\d{1,6}$/.test(part) ? Number(part) : -1
  if (index < 0 || index >= (await getSitemapPartCount())) {
    return new Response('No such sitemap.', {
      status: 404,
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    })
  }
  const entries = await getSitemapEntries(index)
  const xml = sitemapXml(
    entries.map(({ path, lastModified }) => ({ url: absoluteUrl(path), lastModified })),
  )
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } })
}
