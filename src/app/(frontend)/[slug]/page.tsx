import type { Metadata } from 'next'

import { JsonLd } from '@/components/JsonLd'
import { RichText } from '@/components/RichText'
import { getPageForView, getSiteSettings } from '@/data'
import { documentMetadata } from '@/seo/metadata'
import { pageGraph } from '@/seo/structuredData'
import { requestPath, type SearchParams } from '@/redirects/normalize'
import { redirectOrNotFound } from '@/redirects/redirectOrNotFound'

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<SearchParams> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params
  const [page, settings] = await Promise.all([getPageForView(slug), getSiteSettings()])
  return page ? documentMetadata('pages', page, settings) : {}
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
