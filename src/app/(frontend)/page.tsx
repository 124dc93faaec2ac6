import type { Metadata } from 'next'

import { ArticleList } from '@/components/ArticleList'
import { ContactTeaser, contactBox } from '@/components/ContactTeaser'
import { HomeHero } from '@/components/HomeHero'
import { OfficeSummary } from '@/components/OfficeSummary'
import { ReviewsWidget } from '@/components/ReviewsWidget'
import { TopicList } from '@/components/TopicList'
import { getLatestArticles, getOffices, getSiteSettings } from '@/data'
import { getCallsToAction, getHomePage } from '@/data/globals'
import { getTopLevelTopics } from '@/data/navigation'
import type { Article } from '@/payload-types'
import { clip, plainText } from '@/seo/metaDefaults'
import { listingMetadata } from '@/seo/metadata'

const isPublishedArticle = (value: unknown): value is Article =>
  Boolean(value && typeof value === 'object' && (value as Article).slug)

export async function generateMetadata(): Promise<Metadata> {
  const [settings, home] = await Promise.all([getSiteSettings(), getHomePage()])
  return listingMetadata(
    'home',
    {
      path: '/',
      title: settings.siteName,
      documentTitle: settings.siteName,
      description: clip(plainText(home.intro)) || undefined,
    },
    settings,
  )
}

// Static: old WordPress links (/?p=123) are redirected by src/proxy.ts before reaching it.
export default async function HomePage() {
  const [home, callsToAction, latest, topics, offices] = await Promise.all([
    getHomePage(),
    getCallsToAction(),
    getLatestArticles(9),
    getTopLevelTopics(),
    getOffices(),
  ])
  // Staff-picked articles (only the published ones come back populated), else the newest three.
  const picked = (home.featuredArticles ?? []).filter(isPublishedArticle)
  const featured = picked.length ? picked : latest.slice(0, 3)
  const featuredIds = new Set(featured.map((article) => article.id))
  const more = latest.filter((article) => !featuredIds.has(article.id)).slice(0, 6)

  return (
    <div className="container home">
      <HomeHero home={home} />
      <section aria-labelledby="featured-heading">
        <h2 id="featured-heading">{picked.length ? 'Featured articles' : 'Latest articles'}</h2>
        <ArticleList articles={featured} empty="No articles have been published yet." />
        {more.length ? (
          <>
            <h2>More articles</h2>
            <ArticleList articles={more} empty="" />
          </>
        ) : null}
        <p>
          <a href="/articles">All articles</a>
        </p>
      </section>
      {topics.length ? (
        <section aria-labelledby="topics-heading">
          <h2 id="topics-heading">Topics</h2>
          <TopicList topics={topics} />
        </section>
      ) : null}
      <div className="home-columns">
        <ReviewsWidget
          heading={callsToAction.reviewsHeading}
          count={callsToAction.reviewsCount ?? 2}
        />
        <ContactTeaser contact={contactBox(callsToAction)} offices={offices} />
      </div>
      {offices.length ? (
        <section aria-labelledby="offices-heading">
          <h2 id="offices-heading">Our offices</h2>
          <div className="office-summaries">
            {offices.map((office) => (
              <OfficeSummary key={office.id} office={office} headingLevel="h3" />
            ))}
          </div>
        </section>
      ) : null}
    </div>
  )
}
