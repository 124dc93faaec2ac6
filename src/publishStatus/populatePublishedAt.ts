import type { CollectionBeforeChangeHook } from 'payload'

// The public date of a piece is the first time it went live, unless an editor set one.
export const populatePublishedAt: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  if (data._status === 'published' && !data.publishedAt && !originalDoc?.publishedAt) {
    return { ...data, publishedAt: new Date().toISOString() }
  }
  return data
}
