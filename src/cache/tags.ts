// Every cache tag in one place. Reads in src/data are cached under these tags, and the
// revalidation hooks (src/cache/expiryHooks.ts and revalidationTags.ts) expire exactly the ones an edit affects.

type ID = number | string

export type SluggedCollection = 'articles' | 'offices' | 'pages' | 'physicians' | 'topics'

export const tags = {
  /** Every cached read: expired once at start-up (see src/instrumentation.ts). */
  site: 'site',
  /** One document as its page, its sharing card and redirects to it read it. */
  doc: (collection: SluggedCollection, slug: string) => `${collection}:${slug}`,
  /** Any list of a collection (menus, lists, filters, counts). */
  list: (collection: SluggedCollection) => `${collection}:list`,
  /** Articles filed under one topic (the topic's page). */
  articlesOfTopic: (topic: ID) => `articles:topic:${topic}`,
  /** Articles written by one physician (the physician's page). */
  articlesOfAuthor: (physician: ID) => `articles:author:${physician}`,
  /** Physicians who see patients at one office (the office's page). */
  physiciansAt: (office: ID) => `physicians:office:${office}`,
  /** The newest articles (home page). */
  latestArticles: 'articles:latest',
  /** One paged list of every article (/articles). */
  articleList: 'articles:list',
  /**
   * Documents shown inside other documents (an article's author, topics, images and references;
   * a page's form): read by the documents that populate them.
   */
  related: 'related',
  /** Links to published documents: menus, home features, calls to action, redirect targets. */
  links: 'links',
  global: (slug: GlobalTagSlug) => `global:${slug}`,
  /** Approved reviews: widgets, /reviews, their figures. */
  reviews: 'reviews',
  forms: 'forms',
  redirects: 'redirects',
  sitemap: 'sitemap',
  feeds: 'feeds',
  search: 'search',
} as const

export type GlobalTagSlug = 'site-settings' | 'header' | 'footer' | 'home-page' | 'calls-to-action'
