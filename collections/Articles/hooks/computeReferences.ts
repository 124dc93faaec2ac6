import type { CollectionBeforeChangeHook } from 'payload'

import { numberReferences } from '@/citations/numberReferences'
import type { Article } from '@/payload-types'

/**
 * `references` lists the cited papers in order of first appearance in the text, so REST and
 * GraphQL clients number them exactly as the site does (reference n = references[n - 1]).
 */
export const computeReferences: CollectionBeforeChangeHook<Article> = async ({
  data,
  originalDoc,
  req,
}) => {
  const content = data.content ?? originalDoc?.content
  // Numbers on SQLite, strings on MongoDB.
  const ids = numberReferences(content).references.map(({ citation }) =>
    typeof citation === 'object' ? citation.id : citation,
  ) as number[]
  if (!ids.length) return { ...data, references: [] }
  // Drafts skip validation, so a cite may name a paper that was deleted meanwhile.
  const { docs } = await req.payload.find({
    collection: 'citations',
    where: { id: { in: ids } },
    limit: ids.length,
    depth: 0,
    select: {},
    pagination: false,
    req,
  })
  const existing = new Set(docs.map(({ id }) => id))
  return { ...data, references: ids.filter((id) => existing.has(id)) }
}
