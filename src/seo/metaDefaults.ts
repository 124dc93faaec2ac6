import type { Article, Media, Office, Page, Physician, Topic } from '@/payload-types'
import { addressOneLine } from '@/display/address'
import { populated, populatedAll } from '@/data/populated'
import { lexicalToOneLine } from '@/lexical/plainText'

// The generated defaults of the `meta` group (what @payloadcms/plugin-seo's generateTitle,
// generateDescription and generateImage would give), shared by the pages and the admin's
// suggestions. Pure: plain documents in, strings out; relationships may be ids or documents.

export const META_COLLECTIONS = ['articles', 'pages', 'physicians', 'offices', 'topics'] as const
export type MetaCollection = (typeof META_COLLECTIONS)[number]

export const isMetaCollection = (value: unknown): value is MetaCollection =>
  (META_COLLECTIONS as readonly unknown[]).includes(value)

/** What search engines show in full (Google cuts titles near 60 and snippets near 155). */
export const TITLE_LENGTH = { min: 50, max: 60 } as const
export const DESCRIPTION_LENGTH = { min: 100, max: 155 } as const

/** Open Graph's large image (also Twitter's summary_large_image). */
export const OG_SIZE = { width: 1200, height: 630 } as const

export type Site = { siteName: string; tagline?: string | null }

type Meta = { title?: string | null; description?: string | null; image?: unknown } | null

export type MetaDocs = {
  articles: Pick<Article, 'title' | 'slug'> &
    Partial<Pick<Article, 'subtitle' | 'excerpt' | 'content' | 'heroImage' | 'updatedAt'>>
  pages: Pick<Page, 'title' | 'slug'> & Partial<Pick<Page, 'content' | 'updatedAt'>>
  physicians: Pick<Physician, 'name' | 'slug'> &
    Partial<Pick<Physician, 'credentials' | 'jobTitle' | 'bio' | 'photo' | 'offices' | 'updatedAt'>>
  offices: Pick<Office, 'name' | 'slug'> &
    Partial<Pick<Office, 'address' | 'phone' | 'acceptingNewPatients' | 'updatedAt'>>
  topics: Pick<Topic, 'name' | 'slug'> &
    Partial<Pick<Topic, 'description' | 'parent' | 'updatedAt'>>
}
export type MetaDoc<C extends MetaCollection = MetaCollection> = MetaDocs[C] & { meta?: Meta }

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  rsquo: '’',
  lsquo: '‘',
  rdquo: '”',
  ldquo: '“',
}

const decodeEntity = (entity: string, name: string): string => {
  if (name.startsWith('#')) {
    const code =
      name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1))
    return Number.isInteger(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : ' '
  }
  return ENTITIES[name.toLowerCase()] ?? entity
}

/**
 * Staff text as plain words: HTML tags and comments dropped, entities decoded, Markdown emphasis
 * markers and control characters removed, whitespace collapsed. Text pasted from elsewhere often
 * carries such markup, and a description shows it literally.
 */
export const plainText = (value: unknown): string =>
  typeof value !== 'string'
    ? ''
    : value
        .replace(/<!--[\s\S]*?-->/g, ' ')
        .replace(/<\/?[a-zA-Z][^<>]*>/g, ' ')
        .replace(/&(#\d{1,7}|#x[0-9a-f]{1,6}|[a-z]{2,8});/gi, decodeEntity)
        .replace(/(\*\*|__|`)/g, '')
        .replace(/[\u0000-\u001f\u007f]/g, ' ')
        .replace(/\s+/g, ' ')
        .replace(/ ([.,;:!?)])/g, '$1')
        .trim()

/**
 * At most `max` characters, cut at a word boundary with an ellipsis when it is longer. A single
 * word longer than `max` is cut inside it.
 */
export const clip = (text: string, max: number = DESCRIPTION_LENGTH.max): string => {
  if (text.length <= max) return text
  const room = text.slice(0, max) // one character is kept free for the ellipsis
  const space = room.lastIndexOf(' ')
  const cut = space > max / 2 ? room.slice(0, space) : room.slice(0, max - 1)
  // No half of an emoji (a lone surrogate) before the ellipsis.
  return `${cut.replace(/[\uD800-\uDBFF]$/, '').replace(/[\s,;:–—-]+$/, '')}…`
}

/** Joins sentences while they fit in `max`; a sentence that does not fit is clipped only when
 * enough room is left for it to say something, otherwise left out. */
const fitSentences = (sentences: string[], max: number = DESCRIPTION_LENGTH.max): string => {
  let result = ''
  for (const sentence of sentences.map(plainText).filter(Boolean)) {
    const joined = result ? `${result} ${sentence}` : sentence
    if (joined.length <= max) result = joined
    else {
      if (!result || max - result.length > 60) result = clip(joined, max)
      break
    }
  }
  return result
}

type LexicalNode = { type?: unknown; children?: unknown }

/** The text blocks of Lexical rich text in reading order: paragraphs, quotes and list items. */
const textBlocks = (data: unknown): string[] => {
  const blocks: string[] = []
  const walk = (node: LexicalNode) => {
    if (node.type === 'paragraph' || node.type === 'quote' || node.type === 'listitem') {
      const text = plainText(lexicalToOneLine(node))
      if (text) blocks.push(text)
      return
    }
    // Headings are skipped: "Introduction" says nothing in a search result.
    if (node.type === 'heading') return
    if (Array.isArray(node.children)) (node.children as LexicalNode[]).forEach(walk)
  }
  const root = (data as { root?: LexicalNode } | null | undefined)?.root
  if (root && typeof root === 'object') walk(root)
  return blocks
}

/**
 * The opening of rich text as a description: the first paragraph, and the next ones while it is
 * short, clipped to `max`.
 */
export const leadText = (data: unknown, max: number = DESCRIPTION_LENGTH.max): string => {
  let text = ''
  for (const block of textBlocks(data)) {
    text = text ? `${text} ${block}` : block
    if (text.length >= DESCRIPTION_LENGTH.min) break
  }
  return clip(text, max)
}

/** The <title>: the page's title with the site name after it, when both fit in 60 characters. */
export const withSiteName = (title: string, siteName: string): string => {
  const full = `${title} · ${siteName}`
  return !title ? siteName : full.length <= TITLE_LENGTH.max ? full : title
}

/** A list in prose: "a", "a and b", "a, b and c". */
const prose = (items: string[]): string =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`

/** The page's own title (before any site name): what the document is called. */
export const defaultTitle = <C extends MetaCollection>(collection: C, doc: MetaDoc<C>): string => {
  switch (collection) {
    case 'physicians': {
      const { name, credentials } = doc as MetaDoc<'physicians'>
      return [name, name ? credentials : ''].map(plainText).filter(Boolean).join(', ')
    }
    case 'offices':
    case 'topics':
      return plainText((doc as MetaDoc<'offices' | 'topics'>).name)
    default:
      return plainText((doc as MetaDoc<'articles' | 'pages'>).title)
  }
}

const physicianDescription = (doc: MetaDoc<'physicians'>, site: Site): string => {
  const who = defaultTitle('physicians', doc)
  if (!who) return ''
  const role = plainText(doc.jobTitle)
  const offices = populatedAll<Pick<Office, 'name' | 'address'>>(doc.offices)
    .filter((office) => plainText(office.name))
    .map((office) => {
      const place = addressOneLine(office.address, {
        street: false,
        postalCode: false,
        clean: plainText,
      })
      return `the ${plainText(office.name)}${place ? ` in ${place}` : ''}`
    })
  const intro = role ? `${who} (${role})` : who
  return fitSentences([
    offices.length
      ? `${intro} sees patients at ${prose(offices)}.`
      : `${intro}, a physician at ${plainText(site.siteName)}.`,
    leadText(doc.bio, 1000),
  ])
}

const officeDescription = (doc: MetaDoc<'offices'>, site: Site): string => {
  const { address, phone } = doc
  const name = plainText(doc.name)
  if (!name) return ''
  const where = addressOneLine(address, { clean: plainText })
  return fitSentences([
    `${name} of ${plainText(site.siteName)}${where ? ` at ${where}` : ''}.`,
    phone ? `Call ${plainText(phone)} for an appointment.` : '',
    doc.acceptingNewPatients ? 'Accepting new patients.' : '',
  ])
}

const topicDescription = (doc: MetaDoc<'topics'>, site: Site): string => {
  const own = plainText(doc.description)
  if (own) return clip(own)
  const parent = populated<Pick<Topic, 'name'>>(doc.parent)
  const name = plainText(doc.name)
  if (!name) return ''
  return fitSentences([
    `Articles about ${name}${parent ? ` (${plainText(parent.name)})` : ''} by the physicians of ${plainText(site.siteName)}.`,
    'Causes, treatment options and research, explained for patients.',
  ])
}

/** The description when the editor wrote none; may be empty when the document has no text. */
export const defaultDescription = <C extends MetaCollection>(
  collection: C,
  doc: MetaDoc<C>,
  site: Site,
): string => {
  switch (collection) {
    case 'articles': {
      const article = doc as MetaDoc<'articles'>
      return (
        clip(plainText(article.excerpt)) ||
        leadText(article.content) ||
        clip(plainText(article.subtitle))
      )
    }
    case 'pages':
      return leadText((doc as MetaDoc<'pages'>).content)
    case 'physicians':
      return physicianDescription(doc as MetaDoc<'physicians'>, site)
    case 'offices':
      return officeDescription(doc as MetaDoc<'offices'>, site)
    default:
      return topicDescription(doc as MetaDoc<'topics'>, site)
  }
}

/** The generated title and description, as the admin suggests them. */
export const metaDefaults = <C extends MetaCollection>(
  collection: C,
  doc: MetaDoc<C>,
  site: Site,
): { title: string; description: string } => ({
  title: withSiteName(defaultTitle(collection, doc), plainText(site.siteName)),
  description: defaultDescription(collection, doc, site),
})

export type OgImage = { url: string; width: number; height: number; alt: string }

/**
 * The media's 1200×630 `og` size. Payload does not enlarge: an upload smaller than that in both
 * directions has no such size, and then nothing is returned so the next choice is used.
 */
export const ogImageOf = (media: unknown): OgImage | undefined => {
  const og = populated<Media>(media)?.sizes?.og
  if (!og?.url || og.width !== OG_SIZE.width || og.height !== OG_SIZE.height) return undefined
  return { url: og.url, ...OG_SIZE, alt: plainText(populated<Media>(media)?.alt) }
}

/** Listing pages that get a card of their own (`/og/site/<key>`). */
export const SITE_CARDS = {
  home: { kicker: '', title: '' },
  articles: { kicker: 'Patient education', title: 'Articles' },
  offices: { kicker: 'Visit us', title: 'Our offices' },
  reviews: { kicker: 'In their own words', title: 'Patient reviews' },
  contact: { kicker: 'Contact', title: 'How can we help you?' },
} as const
export type SiteCard = keyof typeof SITE_CARDS

/** A short version stamp, so a changed document gets a new card URL (social sites cache them). */
const version = (updatedAt: string | null | undefined): string => {
  const time = updatedAt ? Date.parse(updatedAt) : NaN
  return Number.isFinite(time) ? `?v=${time.toString(36)}` : ''
}

/** The generated card of a document or listing page. */
export const cardPath = (
  collection: MetaCollection | 'site',
  slug: string,
  updatedAt?: string | null,
): string => `/og/${collection}/${encodeURIComponent(slug)}${version(updatedAt)}`

/** The generated card as an Open Graph image. */
export const cardImage = (
  collection: MetaCollection | 'site',
  slug: string,
  title: string,
  site: Site,
  updatedAt?: string | null,
): OgImage => ({
  url: cardPath(collection, slug, updatedAt),
  ...OG_SIZE,
  alt: title ? `${plainText(site.siteName)}: ${title}` : plainText(site.siteName),
})

/** The image when shared: the editor's choice, else the main image or portrait, else the card. */
export const defaultImage = <C extends MetaCollection>(
  collection: C,
  doc: MetaDoc<C>,
  site: Site,
): OgImage => {
  const own =
    collection === 'articles'
      ? (doc as MetaDoc<'articles'>).heroImage
      : collection === 'physicians'
        ? (doc as MetaDoc<'physicians'>).photo
        : undefined
  return (
    ogImageOf(doc.meta?.image) ??
    ogImageOf(own) ??
    cardImage(collection, doc.slug, defaultTitle(collection, doc), site, doc.updatedAt)
  )
}
