import type { CollectionBeforeDeleteHook } from 'payload'

import { isSearchableCollection } from '@/search/entries'
import { findSearchEntryIds } from '@/search/sync'

export const searchEntriesKey = (collection: string, id: number | string) =>
  `${collection}:${String(id)}`

declare module 'payload' {
  interface RequestContext {
    /** The search entries of documents being deleted, by `collection:id`, for afterDelete. */
    searchEntries?: Record<string, Array<number | string>>
  }
}

/**
 * Notes which search entries point at a document about to be deleted. On SQLite the delete also
 * removes the entry's link to the document, after which the entry could no longer be found by
 * it; removeFromSearchIndex deletes these once the document is gone.
 */
export const rememberSearchEntries: CollectionBeforeDeleteHook = async ({
  collection,
  id,
  req,
}) => {
  if (!isSearchableCollection(collection.slug)) return
  const ids = await findSearchEntryIds(req.payload, collection.slug, id, { req })
  // Assigned after the query: a Local API call made with `req` gives it a new context object.
  req.context.searchEntries = {
    ...req.context.searchEntries,
    [searchEntriesKey(collection.slug, id)]: ids,
  }
}
