import {
  APIError,
  type CollectionBeforeChangeHook,
  type CollectionBeforeDeleteHook,
  type PayloadRequest,
} from 'payload'

// A published article would lose a numbered reference, and its readers the source of a claim.
// Drafts may still be edited, so they do not block a delete.
const refuseWhenCited = async (id: number | string, req: PayloadRequest, when: string) => {
  const { docs, totalDocs } = await req.payload.find({
    collection: 'articles',
    where: { and: [{ references: { contains: id } }, { _status: { equals: 'published' } }] },
    limit: 3,
    depth: 0,
    select: { title: true },
    overrideAccess: true,
    req,
  })
  if (!totalDocs) return
  const titles = docs.map(({ title }) => `"${title}"`).join(', ')
  const more = totalDocs > docs.length ? ` and ${totalDocs - docs.length} more` : ''
  throw new APIError(
    `This citation is cited in ${totalDocs === 1 ? 'a published article' : `${totalDocs} published articles`}: ${titles}${more}. Remove it from ${totalDocs === 1 ? 'that article' : 'those articles'} ${when}.`,
    409,
    // With data the error reaches clients as written; without it, a minified production build
    // can report "An unknown error occurred." instead.
    { citedIn: docs.map(({ id, title }) => ({ id, title })), totalCitedIn: totalDocs },
    true,
  )
}

export const refuseDeleteWhenCited: CollectionBeforeDeleteHook = async ({ id, req }) =>
  refuseWhenCited(id, req, 'first')

// Moving to the trash hides the paper from visitors just as a delete would.
export const refuseTrashWhenCited: CollectionBeforeChangeHook = async ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (operation === 'update' && data.deletedAt && !originalDoc?.deletedAt)
    await refuseWhenCited(originalDoc.id, req, 'before moving it to the trash')
  return data
}
