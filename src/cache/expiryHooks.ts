import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeChangeHook,
  GlobalAfterChangeHook,
  PayloadRequest,
} from 'payload'

import { revalidateTags } from '@/cache/revalidate'

import { tagsForChange } from './revalidationTags'
import { tagsForGlobal } from './revalidationTags'

type Doc = Record<string, unknown> & { id: number | string; _status?: string | null }

const contextKey = (collection: string, id: unknown) => `${collection}:${id}`

declare module 'payload' {
  interface RequestContext {
    /** The published version before a save, by `collection:id`, from rememberPublished. */
    publishedBefore?: Record<string, Doc | null>
  }
}

/** The version visitors see (null when there is none), not the newest draft. */
const readPublished = async (
  collection: string,
  id: number | string,
  req: PayloadRequest,
): Promise<Doc | null> => {
  const doc = (await req.payload.findByID({
    collection: collection as 'articles',
    id,
    draft: false,
    depth: 0,
    disableErrors: true,
    overrideAccess: true,
    req,
  })) as Doc | null
  return doc?._status === 'published' ? doc : null
}

/**
 * For collections with drafts, `previousDoc` is the newest draft, which may not be what visitors
 * saw. Remember the published version before the save, so the hook after it knows which slug,
 * topics and author were public, and whether this save unpublished it.
 */
export const rememberPublished: CollectionBeforeChangeHook = async ({
  collection,
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (operation === 'update' && originalDoc?.id !== undefined) {
    // Read first: a nested operation may give req a new context object.
    const published = await readPublished(collection.slug, originalDoc.id, req)
    req.context.publishedBefore = {
      ...req.context.publishedBefore,
      [contextKey(collection.slug, originalDoc.id)]: published,
    }
  }
  return data
}

/**
 * The public versions before and after a save of a collection with drafts. A draft saved over a
 * published document leaves the published one as it was: nothing public changed.
 */
const publicVersions = async (
  collection: string,
  doc: Doc,
  req: PayloadRequest,
): Promise<{ doc: Doc | null; previousDoc: Doc | null }> => {
  const before = req.context.publishedBefore?.[contextKey(collection, doc.id)] ?? null
  if (doc._status === 'published') return { doc, previousDoc: before }
  const after = await readPublished(collection, doc.id, req)
  if (after && before && after.updatedAt === before.updatedAt)
    return { doc: null, previousDoc: null }
  return { doc: after, previousDoc: before }
}

/** Expires the cached pages and reads this save affects (see revalidationTags.ts). */
export const revalidateAfterChange: CollectionAfterChangeHook = async ({
  collection,
  doc,
  previousDoc,
  req,
}) => {
  try {
    const versions = collection.versions?.drafts
      ? await publicVersions(collection.slug, doc, req)
      : { doc, previousDoc: previousDoc?.id === undefined ? null : previousDoc }
    await revalidateTags(tagsForChange(collection.slug, versions))
  } catch (error) {
    req.payload.logger.error({
      err: error,
      msg: `Could not revalidate ${collection.slug} ${doc.id}`,
    })
  }
  return doc
}

export const revalidateAfterDelete: CollectionAfterDeleteHook = async ({ collection, doc }) => {
  await revalidateTags(tagsForChange(collection.slug, { doc: null, previousDoc: doc }))
  return doc
}

export const revalidateGlobal: GlobalAfterChangeHook = async ({ global, doc }) => {
  await revalidateTags(tagsForGlobal(global.slug))
  return doc
}
