import { Feed, type Item } from 'feed'

import type { FeedArticle } from '@/data/seo'
import { pathFor, absoluteUrl, FEED_PATHS, siteOrigin } from '@/urls'

import { leadText } from './metaDefaults'

export const FEED_CONTENT_TYPES = {
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
} as const

export const DUBLIN_CORE = 'http://purl.org/dc/elements/1.1/'

type FeedSettings = { siteName: string; tagline?: string | null }
type Format = keyof typeof FEED_CONTENT_TYPES

/**
 * Staff text without the characters XML 1.0 forbids (C0 controls but tab and newlines, lone
 * surrogates, U+FFFE/U+FFFF): one pasted into a title would make the whole feed unreadable.
 */
const xmlText = (value: string | null | undefined): string =>
  (value ?? '').replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '').trim()

/**
 * Plain text for the elements that hold HTML (RSS <description>, Atom's type="html" title and
 * summary, as `feed` writes them): "<5 mg" or "&amp;" must show as typed, not as markup.
 */
const asHtml = (text: string): string =>
  text.replace(/[&<>]/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[char]!)

const publishedOf = (article: FeedArticle): Date =>
  new Date(article.publishedAt ?? article.createdAt)

// Never before publication: an article saved, then published later on schedule, has an
// updatedAt older than its publishedAt.
const updatedOf = (article: FeedArticle): Date =>
  new Date(Math.max(Date.parse(article.updatedAt), publishedOf(article).getTime()))

/** Some text for every entry (the validator warns about an Atom entry without any). */
const summaryOf = (article: FeedArticle): string =>
  xmlText(article.excerpt) ||
  xmlText(article.meta?.description) ||
  xmlText(leadText(article.content, 300)) ||
  xmlText(article.subtitle)

/** The articles feed for `.rss2()` or `.atom1()`; the two escape titles differently. */
const buildArticlesFeed = (
  format: Format,
  settings: FeedSettings,
  articles: FeedArticle[],
): Feed => {
  const origin = siteOrigin()
  const siteName = xmlText(settings.siteName)
  const items = articles.map((article): Item => {
    const link = absoluteUrl(pathFor('articles', article.slug) ?? `/articles/${article.id}`)
    const author = typeof article.author === 'object' ? article.author : undefined
    const authorName = xmlText(author?.name)
    const authorPath = pathFor('physicians', author?.slug)
    const title = xmlText(article.title)
    const summary = summaryOf(article)
    return {
      // RSS titles are plain text; Atom's are type="html".
      title: format === 'atom' ? asHtml(title) : title,
      // No id: RSS then writes the address as a permalink guid, and Atom uses it as the entry's
      // id. Both are what they were before, so readers do not see old entries as new.
      link,
      description: summary ? asHtml(summary) : undefined,
      date: updatedOf(article),
      published: publishedOf(article),
      // RSS 2.0's <author> must be an email address, so the name goes in dc:creator.
      ...(authorName && format === 'rss'
        ? { extensions: [{ name: 'dc:creator', objects: { _text: authorName } }] }
        : {}),
      ...(authorName && format === 'atom'
        ? { author: [{ name: authorName, link: authorPath && absoluteUrl(authorPath) }] }
        : {}),
      category: (article.topics ?? [])
        .flatMap((topic) => (typeof topic === 'object' && topic.name ? [topic] : []))
        // RSS shows the name; Atom requires a term (the slug) and shows the name as its label.
        .map(({ name, slug }) => ({ name: xmlText(name), term: xmlText(slug ?? name) })),
    }
  })
  const feed = new Feed({
    id: `${origin}/`,
    link: `${origin}/`,
    title: siteName,
    description: xmlText(settings.tagline) || `Articles from ${siteName}`,
    language: 'en',
    // The last change of any entry: RSS lastBuildDate, Atom updated.
    updated: items.length
      ? new Date(Math.max(...items.map((item) => item.date.getTime())))
      : undefined,
    generator: false,
    copyright: `© ${siteName}`,
    feedLinks: { rss: absoluteUrl(FEED_PATHS.rss), atom: absoluteUrl(FEED_PATHS.atom) },
    // Atom only (RFC 4287 §4.1.1): the author of every entry that names none of its own.
    author: { name: siteName, link: `${origin}/` },
  })
  items.forEach((item) => feed.addItem(item))
  return feed
}

/**
 * `feed` 6 declares xmlns:dc only when items carry content:encoded, and has no option for it, so
 * the root element gets the declaration that dc:creator needs here.
 */
const declareDublinCore = (xml: string): string =>
  /<rss\b[^>]*\sxmlns:dc=/.test(xml) ? xml : xml.replace(/<rss\b/, `<rss xmlns:dc="${DUBLIN_CORE}"`)

/** The RSS 2.0 feed of these articles. */
export const articlesRss = (settings: FeedSettings, articles: FeedArticle[]): string =>
  declareDublinCore(buildArticlesFeed('rss', settings, articles).rss2())

/** The Atom feed of these articles. */
export const articlesAtom = (settings: FeedSettings, articles: FeedArticle[]): string =>
  buildArticlesFeed('atom', settings, articles).atom1()
