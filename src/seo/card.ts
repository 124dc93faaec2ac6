import type { Article, Office, Page, Physician, Topic } from '@/payload-types'

import { inCardFont } from './cardFont'
import {
  clip,
  defaultTitle,
  type MetaCollection,
  type MetaDoc,
  plainText,
  type Site,
  SITE_CARDS,
  type SiteCard,
} from './metaDefaults'
import { populated } from '@/data/populated'

// What the generated 1200×630 card says (drawn by ogCard.tsx): fixed text and the document's own
// fields, never anything from the request.

export type CardContent = { kicker: string; title: string; subtitle: string }

/**
 * Text the card can draw: only characters of the bundled font (anything else would make Satori
 * fetch a font from the network), whitespace collapsed, clipped at a word.
 */
export const cardText = (value: unknown, max: number): string =>
  clip(
    [...plainText(value).normalize('NFC')]
      .map((char) =>
        inCardFont(char.codePointAt(0)!)
          ? char
          : // An accented letter the font lacks still shows as its base letter.
            ([...char.normalize('NFD')].filter((part) => inCardFont(part.codePointAt(0)!))[0] ??
            ''),
      )
      .join('')
      .replace(/\s+/g, ' ')
      .trim(),
    max,
  )

export type CardDocs = {
  articles: Pick<Article, 'title' | 'slug' | 'author'>
  pages: Pick<Page, 'title' | 'slug'>
  physicians: Pick<Physician, 'name' | 'slug' | 'credentials' | 'jobTitle'>
  offices: Pick<Office, 'name' | 'slug' | 'address'>
  topics: Pick<Topic, 'name' | 'slug' | 'parent'>
}

const KICKERS: Record<MetaCollection, string> = {
  articles: 'Article',
  pages: '',
  physicians: 'Physician',
  offices: 'Office',
  topics: 'Topic',
}

const documentSubtitle = (collection: MetaCollection, doc: Record<string, unknown>): string => {
  switch (collection) {
    case 'articles': {
      const author = populated<Physician>(doc.author)
      return author ? `By ${defaultTitle('physicians', author)}` : ''
    }
    case 'physicians':
      return plainText(doc.jobTitle)
    case 'offices': {
      const address = populated<Office['address']>(doc.address)
      return address ? [address.city, address.state].map(plainText).filter(Boolean).join(', ') : ''
    }
    case 'topics': {
      const parent = populated<Topic>(doc.parent)
      return parent ? `Part of ${plainText(parent.name)}` : ''
    }
    default:
      return ''
  }
}

/** What a document's card says: its kind, its title and one line about it. */
export const documentCard = <C extends MetaCollection>(
  collection: C,
  doc: CardDocs[C],
): CardContent => ({
  kicker: KICKERS[collection],
  title: cardText(defaultTitle(collection, doc as MetaDoc<C>), 110),
  subtitle: cardText(documentSubtitle(collection, doc as Record<string, unknown>), 80),
})

/** A listing page's card; the home page's is the tagline under the site's name. */
export const siteCard = (card: SiteCard, site: Site): CardContent =>
  card === 'home'
    ? { kicker: '', title: cardText(site.tagline || site.siteName, 110), subtitle: '' }
    : {
        kicker: SITE_CARDS[card].kicker,
        title: SITE_CARDS[card].title,
        subtitle: '',
      }
