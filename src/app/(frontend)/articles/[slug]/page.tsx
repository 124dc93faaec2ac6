import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { ArticleSidebar } from '@/components/ArticleSidebar'
import { ArticleView } from '@/components/ArticleView'
import { JsonLd } from '@/components/JsonLd'
import { ReviewsWidget } from '@/components/ReviewsWidget'
import { getArticleForView, getOffices, getSiteSettings } from '@/data'
import { getCallsToAction } from '@/data/globals'
import { documentMetadata } from '@/seo/metadata'
import { articleGraph } from '@/seo/structuredData'

type Props = { params: Promise<{ slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params
  const [article, settings] = await Promise.all([getArticleForView(slug), getSiteSettings()])
  return article ? documentMetadata('articles', article, settings) : {}
}

export default async function ArticlePage({ params }: Props) {
  const { slug } = await params
  const [article, callsToAction, offices] = await Promise.all([
    getArticleForView(slug),
    getCallsToAction(),
    getOffices(),
  ])
  if (!article) notFound()
  return (
    <div className="container with-sidebar">
      <JsonLd data={articleGraph(article)} />
      <ArticleView article={article} />
      <ArticleSidebar
        callsToAction={callsToAction}
        reviews={
          <ReviewsWidget
            heading={callsToAction.reviewsHeading}
            count={callsToAction.reviewsCount ?? 2}
          />
        }
        offices={offices}
      />
    </div>
  )
}
