import { Feed } from 'feed'

import type { FeedArticle } from '@/data/seo'
import { pathFor } from '@/format/links'

import { absoluteUrl, FEED_PATHS, siteOrigin } from './urls'

export const FEED_CONTENT_TYPES = {
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
} as const

type FeedSettings = { siteName: string; tagline?: string | null }

const articleDate = (article: FeedArticle): Date =>
  new Date(article.publishedAt ?? article.createdAt)

/** The articles feed, ready for `.rss2()` or `.atom1()`. */
export const buildArticlesFeed = (settings: FeedSettings, articles: FeedArticle[]): Feed => {
  const origin = siteOrigin()
  const feed = new Feed({
    id: `${origin}/`,
    link: `${origin}/`,
    title: settings.siteName,
    description: settings.tagline ?? undefined,
    language: 'en',
    updated: articles.length ? articleDate(articles[0]) : undefined,
    generator: false,
    copyright: `© ${settings.siteName}`,
    feedLinks: { rss: absoluteUrl(FEED_PATHS.rss), atom: absoluteUrl(FEED_PATHS.atom) },
  })
  for (const article of articles) {
    const link = absoluteUrl(pathFor('articles', article.slug) ?? `/articles/${article.id}`)
    const author = typeof article.author === 'object' ? article.author?.name : undefined
    feed.addItem({
      title: article.title,
      id: link,
      link,
      description: article.excerpt ?? undefined,
      date: new Date(article.updatedAt ?? articleDate(article)),
      published: articleDate(article),
      author: author ? [{ name: author }] : undefined,
      category: (article.topics ?? [])
        .flatMap((topic) => (typeof topic === 'object' && topic.name ? [topic] : []))
        // RSS shows the name; Atom requires a term (the slug) and shows the name as its label.
        .map(({ name, slug }) => ({ name, term: slug ?? name })),
    })
  }
  return feed
}
