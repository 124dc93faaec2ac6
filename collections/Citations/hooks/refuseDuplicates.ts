import { type CollectionBeforeChangeHook, ValidationError, type Where } from 'payload'

import type { Citation } from '@/payload-types'

// "Cite a paper once": a second citation with the same PMID or DOI would split one paper's
// reference numbers and edits across two records.
export const refuseDuplicates: CollectionBeforeChangeHook<Citation> = async ({
  data,
  originalDoc,
  req,
}) => {
  const checks: Array<{ path: 'pmid' | 'doi'; label: string; where: Where }> = []
  if (data.pmid)
    checks.push({ path: 'pmid', label: 'PubMed ID', where: { pmid: { equals: data.pmid } } })
  if (data.doiKey)
    checks.push({ path: 'doi', label: 'DOI', where: { doiKey: { equals: data.doiKey } } })
  const errors = []
  for (const { path, label, where } of checks) {
    const { docs } = await req.payload.find({
      collection: 'citations',
      where: originalDoc?.id ? { and: [where, { id: { not_equals: originalDoc.id } }] } : where,
      limit: 1,
      depth: 0,
      select: { title: true, deletedAt: true },
      // A trashed copy counts: restoring it must not make two records of one paper.
      trash: true,
      req,
    })
    if (docs[0])
      errors.push({
        path,
        message: docs[0].deletedAt
          ? `This ${label} is already saved as "${docs[0].title}" (citation ${docs[0].id}), which is in the trash. Restore that one instead.`
          : `This ${label} is already saved as "${docs[0].title}" (citation ${docs[0].id}). Cite that one instead.`,
      })
  }
  if (errors.length) throw new ValidationError({ collection: 'citations', errors }, req.t)
  return data
}
