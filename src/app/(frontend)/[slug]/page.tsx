import type { Metadata } from 'next'

import { JsonLd } from '@/components/JsonLd'
import { RichText } from '@/components/RichText'
import { getPageForView, getSiteSettings } from '@/data'
import { documentMetadata } from '@/seo/metadata'
import { pageGraph } from '@/seo/structuredData'
import { requestPath } from '@/redirects/normalize'
import { redirectOrNotFound } from '@/redirects/redirectOrNotFound'
import { getStaticSlugs } from '@/data/static'

type Props = { params: Promise<{ slug: string }> }

// A bounded set is rendered at build; the rest on first request, then served from the cache
// until an edit expires it (see docs/architecture.md, Caching).
export const dynamicParams = true

export const generateStaticParams = () => getStaticSlugs('pages')

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params
  const [page, settings] = await Promise.all([getPageForView(slug), getSiteSettings()])
  return page ? documentMetadata('pages', page, settings) : {}
}

export default async function StandalonePage({ params }: Props) {
  const { slug } = await params
  const page = await getPageForView(slug)
  if (!page) return redirectOrNotFound(requestPath([slug]))
  return (
    <article className="container narrow">
      <JsonLd data={pageGraph(page)} />
      <h1>{page.title}</h1>
      <RichText data={page.content} />
    </article>
  )
}
