import type { PayloadRequest } from 'payload'

import type { StatusCollection } from '@/publishStatus/settle'

import { previousPublished, type VersionKind, versionKind, type VersionSummary } from './rows'

export type VersionRow = {
  id: number | string
  updatedAt: string
  autosave: boolean
  kind: VersionKind
  savedBy: string | null
  /** Whether any version is older than this one (hidden autosaves count). */
  hasOlder: boolean
  /** The published version this one is compared with by default, if there is one. */
  versionFrom?: { id: number | string; updatedAt: string }
}

export type VersionPage = {
  rows: VersionRow[]
  page: number
  totalPages: number
  totalDocs: number
  limit: number
}

type Options = {
  collection: StatusCollection
  id: number | string
  page: number
  limit: number
  hideAutosaves: boolean
  /** Payload's own flag: is a version of this document live? */
  hasPublishedDoc: boolean
}

/**
 * One page of a document's versions, newest first, as `req.user` may read them, with what the
 * Versions list needs per row. All of them are read at once (`maxPerDoc` keeps at most 50), so a
 * row on any page finds the publish before it, and autosaves are left out here: Payload refuses
 * `autosave` in a `where` unless access is overridden.
 */
export const loadVersionPage = async (
  req: PayloadRequest,
  { collection, id, page, limit, hideAutosaves, hasPublishedDoc }: Options,
): Promise<VersionPage> => {
  const { docs } = await req.payload.findVersions({
    collection,
    depth: 0,
    overrideAccess: false,
    pagination: false,
    req,
    user: req.user,
    sort: '-updatedAt',
    select: {
      id: true,
      updatedAt: true,
      autosave: true,
      version: { _status: true, savedBy: true },
    },
    where: { parent: { equals: id } },
  })
  const all = docs as VersionSummary[]
  const published = all.filter((each) => each.version?._status === 'published')
  const current = {
    // Newest first: the first publish is the live one, while the document is published.
    published: hasPublishedDoc ? (published[0] ?? null) : null,
    draft: all.find((each) => each.version?._status === 'draft') ?? null,
  }
  const oldest = all.at(-1)
  const shown = hideAutosaves ? all.filter((each) => !each.autosave) : all
  const totalPages = Math.max(1, Math.ceil(shown.length / limit))
  const pageShown = Math.min(page, totalPages)
  const rows = shown.slice((pageShown - 1) * limit, pageShown * limit).map((doc): VersionRow => {
    const from = previousPublished(doc, published)
    return {
      id: doc.id,
      updatedAt: doc.updatedAt,
      autosave: Boolean(doc.autosave),
      kind: versionKind(doc, current),
      savedBy: doc.version?.savedBy ?? null,
      hasOlder: doc.id !== oldest?.id,
      ...(from ? { versionFrom: { id: from.id, updatedAt: from.updatedAt } } : {}),
    }
  })
  return { rows, page: pageShown, totalPages, totalDocs: shown.length, limit }
}
