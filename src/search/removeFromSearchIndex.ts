import type { CollectionAfterDeleteHook } from 'payload'

import { isSearchableCollection } from '@/search/entries'
import { removeSearchEntries, syncSearchEntry } from '@/search/sync'

import { searchEntriesKey } from './rememberSearchEntries'

/** A deleted document leaves the site search at once (see rememberSearchEntries). */
export const removeFromSearchIndex: CollectionAfterDeleteHook = async ({ collection, id, req }) => {
  if (!isSearchableCollection(collection.slug)) return
  try {
    const remembered = req.context.searchEntries?.[searchEntriesKey(collection.slug, id)]
    if (Array.isArray(remembered)) await removeSearchEntries(req.payload, remembered, { req })
    // Anything still linked to the document (MongoDB keeps the link) goes too.
    await syncSearchEntry(req.payload, collection.slug, id, { req })
  } catch (error) {
    req.payload.logger.error({
      err: error,
      msg: `Could not remove ${collection.slug} ${id} from the search index`,
    })
  }
}
