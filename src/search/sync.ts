import type { Payload, PayloadRequest, Where } from 'payload'

import type { Search } from '@/payload-types'

import {
  buildSearchEntry,
  SEARCHABLE_COLLECTIONS,
  type SearchableCollection,
  type SearchEntryData,
} from './entries'

// Keeps the `search` collection exact: one entry per published document, holding its published
// text. Every change is followed by re-reading the document's published version (never the
// draft that was just saved), so drafts, unpublishing, scheduled publishing and deletes all come
// down to one rule. `req` is passed through so the work joins the request's transaction.

type ID = number | string

type Options = { req?: PayloadRequest }

const VERSIONED: ReadonlySet<SearchableCollection> = new Set(['articles', 'pages'])

const BATCH = 100

const COMPARED = ['title', 'priority', 'slug', 'text', 'date', 'searchText'] as const

type StoredEntry = Pick<Search, 'id' | (typeof COMPARED)[number]> & {
  doc?: Search['doc'] | null
}

const PUBLISHED: Where = { _status: { equals: 'published' } }

const publishedWhere = (collection: SearchableCollection, where?: Where): Where => {
  if (!VERSIONED.has(collection)) return where ?? {}
  return where ? { and: [where, PUBLISHED] } : PUBLISHED
}

/** The document as visitors see it, or null when it has no published version (or is gone). */
const findPublished = async (
  payload: Payload,
  collection: SearchableCollection,
  id: ID,
  { req }: Options,
) => {
  const { docs } = await payload.find({
    collection,
    where: publishedWhere(collection, { id: { equals: id } }),
    draft: false,
    depth: 0,
    limit: 1,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return docs[0] ?? null
}

const entryKey = (collection: string, id: ID) => `${collection}:${String(id)}`

const keyOf = (entry: StoredEntry): string | null => {
  const doc = entry.doc
  if (!doc || typeof doc !== 'object' || !('relationTo' in doc)) return null
  const value = typeof doc.value === 'object' && doc.value ? doc.value.id : doc.value
  return value === undefined || value === null ? null : entryKey(doc.relationTo, value)
}

const findEntries = async (payload: Payload, where: Where | undefined, { req }: Options) => {
  const { docs } = await payload.find({
    collection: 'search',
    where,
    depth: 0,
    pagination: false,
    showHiddenFields: true,
    overrideAccess: true,
    req,
  })
  return docs as StoredEntry[]
}

const deleteEntries = async (payload: Payload, ids: ID[], { req }: Options) => {
  if (!ids.length) return
  await payload.delete({
    collection: 'search',
    where: { id: { in: ids } },
    depth: 0,
    overrideAccess: true,
    req,
  })
}

const isCurrent = (entry: StoredEntry, data: SearchEntryData) =>
  COMPARED.every((field) => (entry[field] ?? null) === (data[field] ?? null))

/**
 * Makes `entries` (all stored for one document) into exactly one entry equal to `data`; answers
 * how many duplicates it removed.
 */
const writeEntry = async (
  payload: Payload,
  data: SearchEntryData,
  entries: StoredEntry[],
  options: Options,
): Promise<number> => {
  const [entry, ...duplicates] = entries
  await deleteEntries(
    payload,
    duplicates.map(({ id }) => id),
    options,
  )
  if (!entry) {
    await payload.create({
      collection: 'search',
      data: data as never,
      depth: 0,
      overrideAccess: true,
      req: options.req,
    })
  } else if (!isCurrent(entry, data)) {
    await payload.update({
      collection: 'search',
      id: entry.id,
      data: data as never,
      depth: 0,
      overrideAccess: true,
      req: options.req,
    })
  }
  return duplicates.length
}

const whereDoc = (collection: SearchableCollection, id: ID): Where => ({
  and: [{ 'doc.relationTo': { equals: collection } }, { 'doc.value': { equals: id } }],
})

/**
 * Brings one document's entry up to date: its published version indexed, or no entry when it has
 * none (a never-published draft, an unpublished or deleted document).
 */
export const syncSearchEntry = async (
  payload: Payload,
  collection: SearchableCollection,
  id: ID,
  options: Options = {},
): Promise<'indexed' | 'removed'> => {
  const [published, entries] = await Promise.all([
    findPublished(payload, collection, id, options),
    findEntries(payload, whereDoc(collection, id), options),
  ])
  if (!published) {
    await deleteEntries(
      payload,
      entries.map((entry) => entry.id),
      options,
    )
    return 'removed'
  }
  await writeEntry(payload, buildSearchEntry(collection, published as never), entries, options)
  return 'indexed'
}

/** Removes the entries of a document (after it was deleted). */
export const removeSearchEntries = async (
  payload: Payload,
  entryIds: ID[],
  options: Options = {},
): Promise<void> => deleteEntries(payload, entryIds, options)

/** The ids of the entries that point at a document. */
export const findSearchEntryIds = async (
  payload: Payload,
  collection: SearchableCollection,
  id: ID,
  options: Options = {},
): Promise<ID[]> =>
  (await findEntries(payload, whereDoc(collection, id), options)).map((entry) => entry.id)

export type ReindexReport = Record<SearchableCollection, number> & { removed: number }

/**
 * Rebuilds the index from the published documents of some (by default all) searchable
 * collections: creates missing entries, updates stale ones and removes entries whose document is
 * gone or unpublished. Entries are replaced in place, so searching keeps working meanwhile.
 */
export const reindexSearch = async (
  payload: Payload,
  {
    collections = SEARCHABLE_COLLECTIONS,
    req,
  }: Options & { collections?: readonly SearchableCollection[] } = {},
): Promise<ReindexReport> => {
  const options = { req }
  const report: ReindexReport = { articles: 0, pages: 0, topics: 0, physicians: 0, removed: 0 }
  const stored = new Map<string, StoredEntry[]>()
  const orphans: ID[] = []
  for (const entry of await findEntries(payload, undefined, options)) {
    const key = keyOf(entry)
    const relationTo = key?.split(':')[0]
    if (!key) orphans.push(entry.id)
    else if (collections.includes(relationTo as SearchableCollection))
      stored.set(key, [...(stored.get(key) ?? []), entry])
  }
  for (const collection of collections) {
    for (let page = 1; ; page += 1) {
      const result = await payload.find({
        collection,
        where: publishedWhere(collection),
        draft: false,
        depth: 0,
        limit: BATCH,
        page,
        sort: 'id',
        overrideAccess: true,
        req,
      })
      for (const doc of result.docs) {
        const key = entryKey(collection, doc.id)
        report.removed += await writeEntry(
          payload,
          buildSearchEntry(collection, doc as never),
          stored.get(key) ?? [],
          options,
        )
        stored.delete(key)
        report[collection] += 1
      }
      if (!result.hasNextPage) break
    }
  }
  // Left over: entries of documents that are no longer published or no longer exist.
  const stale = [...orphans, ...[...stored.values()].flat().map((entry) => entry.id)]
  await deleteEntries(payload, stale, options)
  report.removed += stale.length
  return report
}

/**
 * Builds the index when it is empty although published content exists: a database from before
 * the index existed, on SQLite or MongoDB. Cheap when there is nothing to do: a few counts.
 */
export const ensureSearchIndex = async (payload: Payload): Promise<ReindexReport | null> => {
  const { totalDocs: entries } = await payload.count({ collection: 'search', overrideAccess: true })
  if (entries) return null
  for (const collection of SEARCHABLE_COLLECTIONS) {
    const { totalDocs } = await payload.count({
      collection,
      where: publishedWhere(collection),
      overrideAccess: true,
    })
    if (totalDocs) return reindexSearch(payload)
  }
  return null
}
