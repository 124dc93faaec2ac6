import type { Metadata } from 'next'

import { pathFor, absoluteUrl } from '@/urls'
import type { Article, Physician, Topic } from '@/payload-types'

import { FEED_LINKS } from './feedLinks'
import {
  cardImage,
  defaultDescription,
  defaultImage,
  defaultTitle,
  type MetaCollection,
  type MetaDoc,
  type OgImage,
  plainText,
  type Site,
  SITE_CARDS,
  type SiteCard,
  withSiteName,
} from './metaDefaults'
import { populated } from '@/data/populated'

// Every public page's <head> from one place: title, description, canonical URL, Open Graph and
// Twitter card. Pages pass what they are about; relative URLs become absolute through the
// layout's metadataBase (NEXT_PUBLIC_SERVER_URL).

export type ArticleFacts = {
  publishedTime?: string
  modifiedTime?: string
  authors?: string[]
  section?: string
  tags?: string[]
}

export type PageMeta = {
  /** The canonical path, with the query that makes it a page of its own (e.g. ?page=2). */
  path: string
  /** The page's own title: og:title and twitter:title. */
  title: string
  /** The whole <title>; by default the title with the site name when both fit. */
  documentTitle?: string
  description?: string
  image: OgImage
  /** Makes og:type "article", with its dates, authors and topics. */
  article?: ArticleFacts
}

export const buildMetadata = (page: PageMeta, site: Site): Metadata => {
  const siteName = plainText(site.siteName)
  const title = page.title || siteName
  const description = page.description || plainText(site.tagline) || undefined
  const images = [{ ...page.image }]
  const shared = { url: page.path, siteName, locale: 'en_US', title, description, images }
  return {
    title: { absolute: page.documentTitle || withSiteName(page.title, siteName) },
    description,
    // Next replaces the layout's `alternates` as a whole: keep the feed links.
    alternates: { canonical: page.path, types: FEED_LINKS },
    openGraph: page.article
      ? { ...shared, type: 'article', ...page.article }
      : { ...shared, type: 'website' },
    twitter: { card: 'summary_large_image', title, description, images },
  }
}

const articleFacts = (article: Partial<Article>): ArticleFacts => {
  const author = populated<Physician>(article.author)
  const topics = (article.topics ?? []).map((t) => populated<Topic>(t)).filter((t) => !!t)
  const authorPath = author && pathFor('physicians', author.slug)
  return {
    ...(article.publishedAt ? { publishedTime: article.publishedAt } : {}),
    ...(article.updatedAt ? { modifiedTime: article.updatedAt } : {}),
    ...(authorPath ? { authors: [absoluteUrl(authorPath)] } : {}),
    ...(topics.length ? { section: topics[0].name, tags: topics.map((topic) => topic.name) } : {}),
  }
}

/** What a document's page says about itself: the editor's `meta`, else the generated defaults. */
export const documentPageMeta = <C extends MetaCollection>(
  collection: C,
  doc: MetaDoc<C>,
  site: Site,
): PageMeta => {
  const title = defaultTitle(collection, doc)
  const ownTitle = plainText(doc.meta?.title)
  return {
    path: pathFor(collection, doc.slug) ?? '/',
    title: ownTitle || title,
    documentTitle: ownTitle || withSiteName(title, plainText(site.siteName)),
    description: plainText(doc.meta?.description) || defaultDescription(collection, doc, site),
    image: defaultImage(collection, doc, site),
    ...(collection === 'articles' ? { article: articleFacts(doc as Partial<Article>) } : {}),
  }
}

export const documentMetadata = <C extends MetaCollection>(
  collection: C,
  doc: MetaDoc<C>,
  site: Site,
): Metadata => buildMetadata(documentPageMeta(collection, doc, site), site)

/** A listing page (home, articles, offices…), with its own card unless given an image. */
export const listingMetadata = (
  card: SiteCard,
  page: Omit<PageMeta, 'image'> & { image?: OgImage },
  site: Site,
): Metadata =>
  buildMetadata(
    {
      ...page,
      image: page.image ?? cardImage('site', card, SITE_CARDS[card].title, site),
    },
    site,
  )
