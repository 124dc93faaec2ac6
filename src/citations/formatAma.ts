import type { Citation } from '@/payload-types'

export type CitationParts = Pick<
  Citation,
  'authors' | 'moreAuthors' | 'title' | 'journal' | 'year' | 'volume' | 'issue' | 'pages' | 'doi'
>

const MAX_LISTED = 6
const LISTED_BEFORE_ET_AL = 3

const clean = (value: string | null | undefined): string =>
  (value ?? '').replace(/\s+/g, ' ').trim()

const endWithPeriod = (text: string): string => (/[.?!]$/.test(text) ? text : `${text}.`)

export const formatAuthors = (
  authors: CitationParts['authors'],
  moreAuthors?: boolean | null,
): string => {
  const names = (authors ?? [])
    .map(({ family, given }) =>
      [clean(family), clean(given).replace(/[.\s]/g, '')].filter(Boolean).join(' '),
    )
    .filter(Boolean)
  if (names.length === 0) return ''
  const truncate = names.length > MAX_LISTED || Boolean(moreAuthors)
  const listed = truncate ? names.slice(0, LISTED_BEFORE_ET_AL) : names
  return `${listed.join(', ')}${truncate ? ', et al' : ''}.`
}

/** AMA (11th ed.) journal reference as plain text, omitting whatever is unknown. */
export const formatAma = (citation: CitationParts): string => {
  const parts: string[] = []
  const authors = formatAuthors(citation.authors, citation.moreAuthors)
  if (authors) parts.push(authors)
  const title = clean(citation.title)
  if (title) parts.push(endWithPeriod(title))
  const journal = clean(citation.journal)
  if (journal) parts.push(endWithPeriod(journal))

  const volume = clean(citation.volume)
  const issue = clean(citation.issue)
  const pages = clean(citation.pages).replace(/[–—]/g, '-')
  if (citation.year && !volume && !pages) {
    parts.push(`Published online ${citation.year}.`)
  } else {
    let locator = citation.year ? String(citation.year) : ''
    if (volume) locator += `${locator ? ';' : ''}${volume}${issue ? `(${issue})` : ''}`
    if (pages) locator += `${locator ? ':' : ''}${pages}`
    if (locator) parts.push(`${locator}.`)
  }
  const doi = clean(citation.doi)
  if (doi) parts.push(`doi:${doi}`)
  return parts.join(' ')
}
