import type { Endpoint, PayloadRequest } from 'payload'

import { isStaffUser } from '@/access/roles'
import { type MetaCollection, type MetaDoc, metaDefaults } from '@/seo/metaDefaults'

const refuse = (status: number, message: string) =>
  Response.json({ errors: [{ message }] }, { status })

type Id = number | string

/** Relationship values as the admin's form holds them (ids, or documents with an id). */
const idsOf = (value: unknown): Id[] =>
  (Array.isArray(value) ? value : [value])
    .map((item) => (item && typeof item === 'object' ? (item as { id?: unknown }).id : item))
    .filter(
      (id): id is Id =>
        (typeof id === 'number' && Number.isInteger(id)) ||
        (typeof id === 'string' && /^[\w-]{1,64}$/.test(id)),
    )
    .slice(0, 50)

/**
 * The form's data with what the defaults name from other documents filled in: a physician's
 * offices, a topic's parent. Read with the editor's own access; a lookup that fails (a deleted
 * office, an id of the wrong shape) only leaves that part out of the suggestion.
 */
const withRelations = async (
  req: PayloadRequest,
  collection: MetaCollection,
  data: Record<string, unknown>,
): Promise<Record<string, unknown>> => {
  const relation =
    collection === 'physicians'
      ? { field: 'offices', relationTo: 'offices' as const }
      : collection === 'topics'
        ? { field: 'parent', relationTo: 'topics' as const }
        : null
  if (!relation) return data
  const ids = idsOf(data[relation.field])
  let docs: unknown[] = []
  if (ids.length) {
    try {
      ;({ docs } = await req.payload.find({
        collection: relation.relationTo,
        where: { id: { in: ids } },
        depth: 0,
        limit: ids.length,
        pagination: false,
        overrideAccess: false,
        req,
      }))
    } catch (error) {
      req.payload.logger.warn({ err: error, msg: 'SEO suggestion: related documents not read' })
    }
  }
  return { ...data, [relation.field]: relation.field === 'parent' ? (docs[0] ?? null) : docs }
}

/**
 * POST /api/<collection>/meta-defaults with { data: the document as edited }: the title and
 * description the site will use while the `meta` fields are empty, for the admin to suggest.
 */
export const metaDefaultsEndpoint = (collection: MetaCollection): Endpoint => ({
  path: '/meta-defaults',
  method: 'post',
  handler: async (req) => {
    if (!isStaffUser(req.user))
      return refuse(req.user ? 403 : 401, 'Only signed-in clinic staff can see SEO suggestions.')
    let body: unknown
    try {
      body = await req.json?.()
    } catch {
      return refuse(400, 'The request body must be JSON, e.g. { "data": { "title": "…" } }.')
    }
    const data = (body as { data?: unknown } | null)?.data
    if (!data || typeof data !== 'object' || Array.isArray(data))
      return refuse(400, 'Send the document being edited as { "data": { … } }.')
    const [doc, site] = await Promise.all([
      withRelations(req, collection, data as Record<string, unknown>),
      req.payload.findGlobal({ slug: 'site-settings', depth: 0, overrideAccess: false, req }),
    ])
    return Response.json(metaDefaults(collection, doc as MetaDoc, site), {
      headers: { 'cache-control': 'no-store' },
    })
  },
})
