import { CitationInputError, type CitationData } from './types'
import { normalizeDoi, tidy, tidyTitle, toInitials } from './names'

type CslName = { family?: string; given?: string; literal?: string; name?: string }

/** CSL-JSON (what citation-js and Crossref produce) → our citation shape. */
export type CslLike = {
  author?: CslName[]
  title?: string | string[]
  'container-title'?: string | string[]
  'container-title-short'?: string | string[]
  'short-container-title'?: string | string[]
  journalAbbreviation?: string
  issued?: { 'date-parts'?: (number | string)[][] }
  'published-print'?: { 'date-parts'?: (number | string)[][] }
  'published-online'?: { 'date-parts'?: (number | string)[][] }
  volume?: string | number
  issue?: string | number
  page?: string | number
  DOI?: string
  PMID?: string | number
  PMCID?: string
  URL?: string
}

const first = (value: string | string[] | undefined): string =>
  tidy(Array.isArray(value) ? value[0] : value)

// Crossref titles may carry JATS/HTML markup and entities ("<i>In vitro</i> &amp; …").
const plainText = (value: string): string =>
  value
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#0?39;|&apos;/g, "'")
    .replace(/&amp;/g, '&')

const yearOf = (item: CslLike): number | undefined => {
  for (const date of [item.issued, item['published-print'], item['published-online']]) {
    const year = Number(date?.['date-parts']?.[0]?.[0])
    if (Number.isInteger(year) && year > 0) return year
  }
  return undefined
}

const text = (value: string | number | undefined): string | undefined =>
  value === undefined || value === null ? undefined : tidy(String(value)) || undefined

export const fromCsl = (item: CslLike, field: string): CitationData => {
  const authors: CitationData['authors'] = []
  let moreAuthors = false
  for (const name of item.author ?? []) {
    const family = tidy(name.family)
    if (family.toLowerCase() === 'others' && !name.given) moreAuthors = true
    else if (family) authors.push({ family, given: toInitials(name.given) })
    else if (tidy(name.literal ?? name.name))
      authors.push({ family: tidy(name.literal ?? name.name), given: '' })
  }
  const title = tidyTitle(plainText(first(item.title)))
  if (!title) throw new CitationInputError('The reference has no title.', field)
  const journal =
    first(item['container-title-short']) ||
    first(item['short-container-title']) ||
    tidy(item.journalAbbreviation) ||
    first(item['container-title'])
  const doi = item.DOI ? normalizeDoi(item.DOI) : undefined
  const pmcid = tidy(item.PMCID)
  return {
    authors,
    moreAuthors,
    title,
    journal: journal ? plainText(journal) : undefined,
    year: yearOf(item),
    volume: text(item.volume),
    issue: text(item.issue),
    pages: text(item.page)?.replace(/[–—]/g, '-'),
    pmid: text(item.PMID),
    pmcid: pmcid ? (pmcid.startsWith('PMC') ? pmcid : `PMC${pmcid}`) : undefined,
    doi: doi || undefined,
    url: tidy(item.URL) || undefined,
  }
}
