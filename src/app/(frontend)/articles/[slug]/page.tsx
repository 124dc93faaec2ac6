import type { Metadata } from 'next'

import { ArticleSidebar } from '@/components/ArticleSidebar'
import { ArticleView } from '@/components/ArticleView'
import { JsonLd } from '@/components/JsonLd'
import { ReviewsWidget } from '@/components/ReviewsWidget'
import { getArticleForView, getOffices, getSiteSettings } from '@/data'
import { getCallsToAction } from '@/data/globals'
import { documentMetadata } from '@/seo/metadata'
import { articleGraph } from '@/seo/structuredData'
import { requestPath } from '@/redirects/normalize'
import { redirectOrNotFound } from '@/redirects/redirectOrNotFound'
import { getStaticSlugs } from '@/data/static'

type Props = { params: Promise<{ slug: string }> }

// A bounded set is rendered at build; the rest on first request, then served from the cache
// until an edit expires it (see docs/architecture.md, Caching).
export const dynamicParams = true

export const generateStaticParams = () => getStaticSlugs('articles')

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
  if (!article) return redirectOrNotFound(requestPath(['articles', slug]))
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
