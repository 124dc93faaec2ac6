import { physicianDisplayName } from '@/display/names'
import type { Article, Page, Physician, Search, Topic } from '@/payload-types'

import { foldText } from './fold'
import { lexicalToPlainText } from '@/lexical/plainText'

/** The collections the site search covers, each document once, published only. */
export const SEARCHABLE_COLLECTIONS = ['articles', 'pages', 'topics', 'physicians'] as const
export type SearchableCollection = (typeof SEARCHABLE_COLLECTIONS)[number]

export const isSearchableCollection = (value: unknown): value is SearchableCollection =>
  (SEARCHABLE_COLLECTIONS as readonly unknown[]).includes(value)

/**
 * Order among equally good matches: a topic or a physician page is the best way into the site
 * for a word it is named after, then stand-alone pages, then articles (newest first).
 */
export const SEARCH_PRIORITY: Record<SearchableCollection, number> = {
  topics: 40,
  physicians: 30,
  pages: 20,
  articles: 10,
}

export const SEARCH_TYPE_LABELS: Record<SearchableCollection, string> = {
  articles: 'Article',
  pages: 'Page',
  topics: 'Topic',
  physicians: 'Physician',
}

/** The fields of a search entry that are derived from its document. */
export type SearchEntryData = Pick<Search, 'title' | 'priority' | 'slug' | 'text' | 'date'> & {
  doc: { relationTo: SearchableCollection; value: number | string }
  searchText: string
}

type SearchableDoc = {
  articles: Article
  pages: Page
  topics: Topic
  physicians: Physician
}

const lines = (...parts: Array<string | null | undefined>): string =>
  parts
    .map((part) => part?.trim())
    .filter(Boolean)
    .join('\n')

const titleAndText = <C extends SearchableCollection>(
  collection: C,
  doc: SearchableDoc[C],
): { title: string; text: string; date: string | null | undefined } => {
  switch (collection) {
    case 'articles': {
      const article = doc as Article
      return {
        title: article.title,
        text: lines(article.subtitle, article.excerpt, lexicalToPlainText(article.content)),
        date: article.publishedAt,
      }
    }
    case 'pages': {
      const page = doc as Page
      return { title: page.title, text: lexicalToPlainText(page.content), date: page.publishedAt }
    }
    case 'topics': {
      const topic = doc as Topic
      return { title: topic.name, text: lines(topic.description), date: topic.updatedAt }
    }
    default: {
      const physician = doc as Physician
      return {
        title: physicianDisplayName(physician),
        text: lines(physician.jobTitle, lexicalToPlainText(physician.bio)),
        date: physician.updatedAt,
      }
    }
  }
}

/** The search entry for a published document (the caller makes sure it is published). */
export const buildSearchEntry = <C extends SearchableCollection>(
  collection: C,
  doc: SearchableDoc[C],
): SearchEntryData => {
  const { title, text, date } = titleAndText(collection, doc)
  return {
    title,
    priority: SEARCH_PRIORITY[collection],
    doc: { relationTo: collection, value: doc.id },
    slug: doc.slug ?? null,
    text,
    date: date ?? null,
    // Title and text together, folded, so every word can be found in either with one condition.
    searchText: foldText(`${title}\n${text}`),
  }
}
