import type { Where } from 'payload'

import type { Search } from '@/payload-types'
import {
  isSearchableCollection,
  SEARCH_TYPE_LABELS,
  type SearchableCollection,
} from '@/search/entries'
import { pathFor } from '@/urls'
import { foldText } from '@/search/fold'
import { normalizeSearchQuery, type SearchQuery } from '@/search/query'
import { makeSnippet, type SnippetSegment } from '@/search/snippet'

import { cached } from '@/cache/cached'
import { getPayloadClient } from './client'
import { tags } from '@/cache/tags'

// The site search. It reads the `search` index (src/search), which holds only published
// documents, as an anonymous visitor. Every word must occur in the title or the text; results
// whose title holds more of the words come first, then by priority and date.

export const RESULTS_PER_PAGE = 10

/** Matches ranked per query; a broader query is told to add a word. */
export const MAX_RANKED = 500

// SQLite's LIKE treats these as wildcards and Payload does not escape them; such words are
// checked again literally below. (MongoDB escapes regular-expression characters itself.)
const LIKE_WILDCARDS = /[%_]/

export type SearchHit = {
  id: number | string
  type: SearchableCollection
  typeLabel: string
  title: string
  href: string
  snippet: SnippetSegment[]
  date: string | null
}

export type SearchOutcome = {
  query: SearchQuery
  hits: SearchHit[]
  /** Matches in all; 0 when nothing was searched for. */
  totalDocs: number
  /** The page shown (a page past the last one shows the last). */
  page: number
  totalPages: number
  /** The page asked for did not exist. */
  pageOutOfRange: boolean
  /** More than MAX_RANKED matched; only that many were ranked and can be paged through. */
  capped: boolean
}

type Candidate = Pick<Search, 'id' | 'title' | 'priority' | 'date' | 'doc'> & {
  searchText?: string | null
}

const docKey = (entry: Pick<Search, 'doc'>): string | null => {
  const doc = entry.doc
  if (!doc || typeof doc !== 'object') return null
  const value = typeof doc.value === 'object' && doc.value ? doc.value.id : doc.value
  return value === undefined || value === null ? null : `${doc.relationTo}:${String(value)}`
}

const titleHits = (title: string, terms: string[]) => {
  const folded = foldText(title)
  return terms.filter((term) => folded.includes(term)).length
}

const byRank = (terms: string[]) => {
  const score = new Map<Candidate, number>()
  const hits = (entry: Candidate) => {
    if (!score.has(entry)) score.set(entry, titleHits(entry.title, terms))
    return score.get(entry)!
  }
  return (a: Candidate, b: Candidate) =>
    hits(b) - hits(a) ||
    (b.priority ?? 0) - (a.priority ?? 0) ||
    (b.date ?? '').localeCompare(a.date ?? '') ||
    a.title.localeCompare(b.title)
}

const empty = (query: SearchQuery): SearchOutcome => ({
  query,
  hits: [],
  totalDocs: 0,
  page: 1,
  totalPages: 0,
  pageOutOfRange: false,
  capped: false,
})

/**
 * One page of site search results for what a visitor typed (any string; see
 * normalizeSearchQuery for how it is tidied and limited).
 */
export const searchSite = cached(
  'searchSite',
  async (raw: string, page = 1): Promise<SearchOutcome> => {
  const query = normalizeSearchQuery(raw)
  const { terms } = query
  if (!terms.length) return empty(query)
  const payload = await getPayloadClient()
  const literal = terms.some((term) => LIKE_WILDCARDS.test(term))

  // Words reach the database as bound parameters; `like` is case-insensitive on both adapters
  // and the stored text is already folded, so accents do not matter either.
  const where: Where = { and: terms.map((term): Where => ({ searchText: { like: term } })) }
  const found = await payload.find({
    collection: 'search',
    where,
    sort: ['-priority', '-date'],
    depth: 0,
    limit: MAX_RANKED,
    // searchText is hidden from API clients, and Payload refuses hidden fields in a query made
    // with access control. The entries shown are read again below with access control, so
    // nothing a visitor may not read can come through.
    overrideAccess: true,
    showHiddenFields: true,
    select: {
      title: true,
      priority: true,
      date: true,
      doc: true,
      ...(literal ? { searchText: true as const } : {}),
    },
  })
  let candidates = found.docs as Candidate[]
  if (literal) {
    candidates = candidates.filter((entry) =>
      terms.every((term) => (entry.searchText ?? '').includes(term)),
    )
  }
  // One result per document, even if the index briefly holds a duplicate.
  const seen = new Set<string>()
  candidates = candidates.filter((entry) => {
    const key = docKey(entry)
    if (!key || seen.has(key)) return false
    seen.add(key)
    return true
  })
  candidates.sort(byRank(terms))

  if (!candidates.length) return empty(query)
  const capped = found.totalDocs > MAX_RANKED
  // Past the cap the database's count is the best figure (wildcard words were not re-checked).
  const totalDocs = capped && !literal ? found.totalDocs : candidates.length
  const totalPages = Math.ceil(candidates.length / RESULTS_PER_PAGE)
  const shown = Math.min(Math.max(1, page), totalPages)
  const slice = candidates.slice((shown - 1) * RESULTS_PER_PAGE, shown * RESULTS_PER_PAGE)

  const { docs } = await payload.find({
    collection: 'search',
    where: { id: { in: slice.map((entry) => entry.id) } },
    depth: 0,
    limit: RESULTS_PER_PAGE,
    pagination: false,
    overrideAccess: false,
    select: { title: true, slug: true, text: true, date: true, doc: true },
  })
  const byId = new Map(docs.map((doc) => [String(doc.id), doc as Search]))
  const hits = slice.flatMap((candidate): SearchHit[] => {
    const entry = byId.get(String(candidate.id))
    const type = entry?.doc?.relationTo
    const href = entry && type ? pathFor(type, entry.slug) : undefined
    if (!entry || !isSearchableCollection(type) || !href) return []
    return [
      {
        id: entry.id,
        type,
        typeLabel: SEARCH_TYPE_LABELS[type],
        title: entry.title,
        href,
        snippet: makeSnippet(entry.text ?? '', query.words),
        date: entry.date ?? null,
      },
    ]
  })
  return { query, hits, totalDocs, page: shown, totalPages, pageOutOfRange: shown !== page, capped }
},
  () => [tags.search],
)
