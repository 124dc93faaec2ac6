import { formatDateTime } from '@/display/date'

/**
 * The rows of the Versions list (src/components/admin/VersionsList). Pure, so the rules (which
 * version a row is compared with, how it is labelled) are tested without Payload.
 */

export type VersionSummary = {
  id: number | string
  updatedAt: string
  autosave?: boolean | null
  version?: { _status?: 'draft' | 'published' | null; savedBy?: string | null } | null
}

export type VersionKind = 'currentlyPublished' | 'previouslyPublished' | 'currentDraft' | 'draft'

export const VERSION_KIND_LABELS: Record<VersionKind, string> = {
  currentlyPublished: 'Currently published',
  previouslyPublished: 'Previously published',
  currentDraft: 'Current draft',
  draft: 'Draft',
}

const time = (iso: string) => new Date(iso).getTime()

/**
 * The newest published version saved before `row`, from the document's published versions (any
 * order). The row's link compares against it, so an editor sees what changed since the last
 * publish instead of since the autosave a second earlier. Undefined when there is none.
 */
export const previousPublished = <T extends Pick<VersionSummary, 'id' | 'updatedAt'>>(
  row: Pick<VersionSummary, 'id' | 'updatedAt'>,
  published: T[],
): T | undefined => {
  const before = time(row.updatedAt)
  let best: T | undefined
  for (const candidate of published) {
    if (candidate.id === row.id || time(candidate.updatedAt) >= before) continue
    if (!best || time(candidate.updatedAt) > time(best.updatedAt)) best = candidate
  }
  return best
}

/**
 * Payload's own labels (its getVersionLabel): the live version is "Currently published"; the
 * newest draft is "Current draft" unless a publish came after it.
 */
export const versionKind = (
  row: VersionSummary,
  current: { published?: VersionSummary | null; draft?: VersionSummary | null },
): VersionKind => {
  if (row.version?._status === 'published') {
    return current.published && row.id === current.published.id
      ? 'currentlyPublished'
      : 'previouslyPublished'
  }
  const publishedAfterDraft =
    current.published &&
    current.draft &&
    time(current.published.updatedAt) > time(current.draft.updatedAt)
  return !publishedAfterDraft && current.draft && row.id === current.draft.id
    ? 'currentDraft'
    : 'draft'
}

/** "Dec 6, 2026, 10:05:32 AM CST": seconds too, since autosaves come 1.5 s apart. */
export const formatSavedAt = (iso: string, timeZone: string): string =>
  formatDateTime(iso, timeZone, { seconds: true })

/** The version comparison's address; `versionFrom` left off lets Payload use the previous one. */
export const comparisonPath = ({
  collection,
  docId,
  versionId,
  versionFrom,
  trashed = false,
}: {
  collection: string
  docId: number | string
  versionId: number | string
  versionFrom?: number | string
  trashed?: boolean
}): `/${string}` => {
  const doc = `${trashed ? 'trash/' : ''}${docId}`
  const path: `/${string}` = `/collections/${collection}/${doc}/versions/${versionId}`
  return versionFrom === undefined
    ? path
    : `${path}?versionFrom=${encodeURIComponent(String(versionFrom))}`
}
