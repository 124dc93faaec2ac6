import { tags, type GlobalTagSlug, type SluggedCollection } from '@/cache/tags'

type ID = number | string
type Relation = ID | { id: ID } | null | undefined
type Doc = Record<string, unknown> & { id?: ID; slug?: string | null; _status?: string | null }

const idOf = (value: unknown): ID | null => {
  const relation = value as Relation
  if (relation === null || relation === undefined) return null
  return typeof relation === 'object' ? relation.id : relation
}

const ids = (...values: unknown[]): ID[] => {
  const found = new Map<string, ID>()
  for (const value of values) {
    for (const item of Array.isArray(value) ? value : [value]) {
      const id = idOf(item)
      if (id !== null) found.set(String(id), id)
    }
  }
  return [...found.values()]
}

const slugs = (...docs: Array<Doc | null | undefined>): string[] => [
  ...new Set(docs.map((doc) => doc?.slug).filter((slug): slug is string => Boolean(slug))),
]

/** What a visitor could see of a document: nothing while it is a draft or in the trash. */
const isPublic = (doc: Doc | null | undefined): boolean =>
  Boolean(doc) && !doc!.deletedAt && (doc!._status === undefined || doc!._status === 'published')

export type Change = { doc: Doc | null; previousDoc: Doc | null }

/**
 * The cache tags a change to one document expires: its own (under its new and old slug), the
 * lists and pages that show it, the sitemap, feeds and search. Empty when neither version was
 * public (a draft that was never published). `doc` is null for a delete.
 */
export const tagsForChange = (collection: string, { doc, previousDoc }: Change): string[] => {
  const visible = [doc, previousDoc].filter(isPublic) as Doc[]
  if (!visible.length) return []
  const out: string[] = []
  const documentTags = (slugged: SluggedCollection) => {
    for (const slug of slugs(...visible)) out.push(tags.doc(slugged, slug))
    out.push(tags.list(slugged), tags.sitemap, tags.links)
  }
  switch (collection) {
    case 'articles':
      documentTags('articles')
      out.push(
        ...ids(...visible.map((d) => d.topics)).map(tags.articlesOfTopic),
        ...ids(...visible.map((d) => d.author)).map(tags.articlesOfAuthor),
        tags.latestArticles,
        tags.articleList,
        tags.feeds,
        tags.search,
      )
      break
    case 'pages':
      documentTags('pages')
      out.push(tags.search)
      break
    case 'topics':
      // Topic names show on articles and in the feeds; the tree decides which topic pages list what.
      documentTags('topics')
      out.push(tags.related, tags.articleList, tags.feeds, tags.search)
      break
    case 'physicians':
      documentTags('physicians')
      out.push(
        ...ids(...visible.map((d) => d.offices)).map(tags.physiciansAt),
        tags.related,
        tags.feeds,
        tags.search,
      )
      break
    case 'offices':
      // The layout's footer and contact details read the office list.
      documentTags('offices')
      // Physicians' pages show their offices.
      out.push(tags.related)
      out.push(...ids(...visible.map((d) => d.id)).map(tags.physiciansAt))
      break
    case 'reviews': {
      // Only approved reviews are public: a pending one changing stays invisible.
      const approved = [doc, previousDoc].some((d) => d?.status === 'approved')
      if (approved) out.push(tags.reviews, tags.sitemap)
      break
    }
    case 'media':
    case 'citations':
      out.push(tags.related, tags.links)
      break
    case 'forms':
      out.push(tags.forms, tags.related)
      break
    case 'redirects':
      out.push(tags.redirects)
      break
    default:
      break
  }
  return [...new Set(out)]
}

/** A global's tag (menus, footer, home page, calls to action, site settings). */
export const tagsForGlobal = (slug: string): string[] =>
  ['site-settings', 'header', 'footer', 'home-page', 'calls-to-action'].includes(slug)
    ? [tags.global(slug as GlobalTagSlug)]
    : []
