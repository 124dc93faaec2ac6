import type { Metadata } from 'next'

import { ArticleSidebar } from '@/components/ArticleSidebar'
import { ArticleView } from '@/components/ArticleView'
import { JsonLd } from '@/components/JsonLd'
import { ReviewsWidget } from '@/components/ReviewsWidget'
import { getArticleForView, getOffices, getSiteSettings } from '@/data'
import { getCallsToAction } from '@/data/globals'
import { documentMetadata } from '@/seo/metadata'
import { articleGraph } from '@/seo/structuredData'
import { requestPath, type SearchParams } from '@/redirects/normalize'
import { redirectOrNotFound } from '@/redirects/redirectOrNotFound'

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<SearchParams> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params
  const [article, settings] = await Promise.all([getArticleForView(slug), getSiteSettings()])
  return article ? documentMetadata('articles', article, settings) : {}
}

export default async function ArticlePage({ params, searchParams }: Props) {
  const { slug } = await params
  const [article, callsToAction, offices] = await Promise.all([
    getArticleForView(slug),
    getCallsToAction(),
    getOffices(),
  ])
  if (!article) return redirectOrNotFound(requestPath(['articles', slug], await searchParams))
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
