import type { CollectionAfterChangeHook } from 'payload'

import { isSearchableCollection } from '@/search/entries'
import { syncSearchEntry } from '@/search/sync'

/**
 * Keeps the site search's entry for this document exact after every save: drafts, autosaves,
 * publishing, unpublishing and scheduled publishing (jobs) alike. The entry is rebuilt from the
 * published version, so a draft never reaches the index. A failure is logged rather than
 * failing the editor's save; "Reindex" in the admin repairs the index.
 */
export const syncSearchIndex: CollectionAfterChangeHook = async ({ collection, doc, req }) => {
  if (!isSearchableCollection(collection.slug)) return doc
  try {
    await syncSearchEntry(req.payload, collection.slug, doc.id, { req })
  } catch (error) {
    req.payload.logger.error({
      err: error,
      msg: `Could not update the search index for ${collection.slug} ${doc.id}`,
    })
  }
  return doc
}
