import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { RichText } from '@/components/RichText'
import { getPageForView } from '@/data'

type Props = { params: Promise<{ slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params
  const page = await getPageForView(slug)
  if (!page) return {}
  return { title: page.meta?.title || page.title, description: page.meta?.description || undefined }
}

export default async function StandalonePage({ params }: Props) {
  const { slug } = await params
  const page = await getPageForView(slug)
  if (!page) notFound()
  return (
    <article className="container narrow">
      <h1>{page.title}</h1>
      <RichText data={page.content} />
    </article>
  )
}
