import { Cite, plugins } from '@citation-js/core'
import '@citation-js/plugin-csl'

import type { Citation } from '@/payload-types'

import { AMA_STYLE_ID, amaStyle } from './amaStyle'

export type CitationParts = Pick<
  Citation,
  'authors' | 'moreAuthors' | 'title' | 'journal' | 'year' | 'volume' | 'issue' | 'pages' | 'doi'
>

type CslName = { family: string; given: string } | { literal: string }

export type CslItem = {
  id: string
  type: 'article-journal'
  author?: CslName[]
  title?: string
  'container-title'?: string
  issued?: { 'date-parts': number[][] }
  volume?: string
  issue?: string
  page?: string
  DOI?: string
}

const styles = plugins.config.get('@csl').styles
if (!styles.has(AMA_STYLE_ID)) styles.add(AMA_STYLE_ID, amaStyle)

const clean = (value: string | null | undefined): string =>
  (value ?? '').replace(/\s+/g, ' ').trim()

// CSL processors read "MI" as a first name and shorten it to "M"; "M. I." keeps both initials.
const spellOut = (initials: string): string =>
  initials
    .replace(/\p{Lu}(?=\p{Lu}|-|$)/gu, '$&. ')
    .replace(/-/g, '.-')
    .replace(/\.\s*\./g, '.')
    .trim()

const cslName = ({ family, given }: { family: string; given?: string | null }): CslName | null => {
  const familyName = clean(family)
  const initials = clean(given).replace(/[.\s]/g, '')
  if (!familyName) return null
  // A name without initials is a group author ("OARSI Working Group"), printed as written.
  return initials ? { family: familyName, given: spellOut(initials) } : { literal: familyName }
}

/** The citation as CSL-JSON, the input every CSL processor understands. */
export const toCsl = (citation: CitationParts): CslItem => {
  const author = (citation.authors ?? []).map(cslName).filter((name) => name !== null)
  // "Source listed only some authors": a trailing "et al" keeps the list honest; with six
  // listed names it also pushes the list past six, so AMA's "first three, et al" applies.
  if (citation.moreAuthors && author.length) author.push({ literal: 'et al' })
  const item: CslItem = { id: 'citation', type: 'article-journal' }
  if (author.length) item.author = author
  const text = {
    title: clean(citation.title),
    'container-title': clean(citation.journal),
    volume: clean(citation.volume),
    issue: clean(citation.issue),
    page: clean(citation.pages).replace(/[–—]/g, '-'),
    DOI: clean(citation.doi),
  } as const
  for (const [key, value] of Object.entries(text)) {
    if (value) item[key as keyof typeof text] = value
  }
  if (citation.year) item.issued = { 'date-parts': [[citation.year]] }
  return item
}

/** AMA (11th ed.) journal reference as plain text, omitting whatever is unknown. */
export const formatAma = (citation: CitationParts): string => {
  const item = toCsl(citation)
  if (Object.keys(item).length <= 2) return ''
  const output: string = new Cite(item).format('bibliography', {
    format: 'text',
    template: AMA_STYLE_ID,
    lang: 'en-US',
  })
  return output.replace(/\s+/g, ' ').trim()
}
