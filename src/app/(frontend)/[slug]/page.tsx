import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { JsonLd } from '@/components/JsonLd'
import { RichText } from '@/components/RichText'
import { getPageForView } from '@/data'
import { pageGraph } from '@/seo/structuredData'
import { FEED_LINKS } from '@/seo/feedLinks'

type Props = { params: Promise<{ slug: string }> }

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
