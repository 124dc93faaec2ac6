import type { Endpoint } from 'payload'

import { isStaffUser } from '@/access/roles'
import {
  isSearchableCollection,
  SEARCHABLE_COLLECTIONS,
  type SearchableCollection,
} from '@/search/entries'
import { reindexSearch, type ReindexReport } from '@/search/sync'

const refuse = (status: number, message: string, field?: string) =>
  Response.json({ errors: [{ message, ...(field ? { field } : {}) }] }, { status })

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`

const NAMES: Record<SearchableCollection, [string, string]> = {
  articles: ['article', 'articles'],
  pages: ['page', 'pages'],
  topics: ['topic', 'topics'],
  physicians: ['physician', 'physicians'],
}

export const describeReindex = (
  report: ReindexReport,
  collections: readonly SearchableCollection[] = SEARCHABLE_COLLECTIONS,
): string => {
  const parts = collections.map((collection) => plural(report[collection], ...NAMES[collection]))
  const removed = report.removed
    ? ` Removed ${plural(report.removed, 'outdated entry', 'outdated entries')}.`
    : ''
  return `Search index rebuilt: ${parts.join(', ')}.${removed}`
}

/** The collections named in the body, all of them when it names none; a message when it is wrong. */
const readCollections = (body: unknown): readonly SearchableCollection[] | string => {
  if (body === undefined || body === null) return SEARCHABLE_COLLECTIONS
  if (typeof body !== 'object' || Array.isArray(body))
    return 'The body must be a JSON object, e.g. { "collections": ["articles"] }, or empty.'
  const { collections } = body as { collections?: unknown }
  if (collections === undefined) return SEARCHABLE_COLLECTIONS
  if (!Array.isArray(collections) || !collections.length)
    return `"collections" must be a non-empty list of: ${SEARCHABLE_COLLECTIONS.join(', ')}.`
  const unknown = collections.filter((name) => !isSearchableCollection(name))
  if (unknown.length)
    return `"collections" may only name ${SEARCHABLE_COLLECTIONS.join(', ')} (not ${unknown
      .slice(0, 5)
      .map((name) => JSON.stringify(name).slice(0, 60))
      .join(', ')}).`
  return [...new Set(collections as SearchableCollection[])]
}

/**
 * `POST /api/search/reindex`, optionally with `{ "collections": ["articles", …] }`: rebuilds the
 * search index from the published documents, as @payloadcms/plugin-search's endpoint does.
 * Staff only.
 */
export const reindexEndpoint: Endpoint = {
  path: '/reindex',
  method: 'post',
  handler: async (req) => {
    if (!isStaffUser(req.user)) {
      return refuse(
        req.user ? 403 : 401,
        'Only signed-in clinic staff can rebuild the search index.',
      )
    }
    let body: unknown
    const text = await req.text?.()
    if (text?.trim()) {
      try {
        body = JSON.parse(text)
      } catch {
        return refuse(400, 'The request body must be JSON, e.g. { "collections": ["articles"] }.')
      }
    }
    const collections = readCollections(body)
    if (typeof collections === 'string') return refuse(400, collections, 'collections')
    try {
      const report = await reindexSearch(req.payload, { collections, req })
      return Response.json({ message: describeReindex(report, collections), report })
    } catch (error) {
      req.payload.logger.error({ err: error, msg: 'Search reindex failed' })
      return refuse(500, 'The search index could not be rebuilt. Please try again.')
    }
  },
}
