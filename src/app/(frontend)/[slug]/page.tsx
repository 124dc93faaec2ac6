import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { JsonLd } from '@/components/JsonLd'
import { RichText } from '@/components/RichText'
import { getPageForView, getSiteSettings } from '@/data'
import { documentMetadata } from '@/seo/metadata'
import { pageGraph } from '@/seo/structuredData'

type Props = { params: Promise<{ slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params
  const [page, settings] = await Promise.all([getPageForView(slug), getSiteSettings()])
  return page ? documentMetadata('pages', page, settings) : {}
}

export default async function StandalonePage({ params }: Props) {
  const { slug } = await params
  const page = await getPageForView(slug)
  if (!page) notFound()
  return (
    <article className="container narrow">
      <JsonLd data={pageGraph(page)} />
      <h1>{page.title}</h1>
      <RichText data={page.content} />
    </article>
  )
}
