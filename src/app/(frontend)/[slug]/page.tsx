import type { Metadata } from 'next'

import { JsonLd } from '@/components/JsonLd'
import { RichText } from '@/components/RichText'
import { getPageForView } from '@/data'
import { pageGraph } from '@/seo/structuredData'
import { FEED_LINKS } from '@/seo/feedLinks'
import { requestPath, type SearchParams } from '@/redirects/normalize'
import { redirectOrNotFound } from '@/redirects/redirectOrNotFound'

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<SearchParams> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params
  const page = await getPageForView(slug)
  if (!page) return {}
  return {
    title: page.meta?.title || page.title,
    description: page.meta?.description || undefined,
    alternates: { canonical: `/${page.slug}`, types: FEED_LINKS },
  }
}

export default async function StandalonePage({ params, searchParams }: Props) {
  const { slug } = await params
  const page = await getPageForView(slug)
  if (!page) return redirectOrNotFound(requestPath([slug], await searchParams))
  return (
    <article className="container narrow">
      <JsonLd data={pageGraph(page)} />
      <h1>{page.title}</h1>
      <RichText data={page.content} />
    </article>
  )
}
