import type { DefaultServerCellComponentProps } from 'payload'

import { pathFor } from '@/urls'
import type { Redirect } from '@/payload-types'

const KINDS: Record<string, string> = {
  articles: 'Article',
  pages: 'Page',
  topics: 'Topic',
  physicians: 'Physician',
  offices: 'Office',
}

type Doc = { slug?: string | null; _status?: string | null } & Record<string, unknown>

/**
 * The list's "To" column (a server component): where the redirect sends visitors, and whether
 * it works right now, since a redirect to an unpublished or deleted page leads to the 404 page.
 */
export const RedirectTargetCell = async ({
  cellData,
  payload,
}: DefaultServerCellComponentProps) => {
  const to = cellData as Redirect['to'] | undefined
  if (to?.type === 'custom') return <span>→ {to.url || '—'}</span>
  const ref = to?.reference
  if (!ref) return <span>→ no page (it was deleted): visitors get “page not found”</span>
  const config = payload.collections[ref.relationTo]?.config
  const titleField = config?.admin?.useAsTitle || 'id'
  const hasDrafts = Boolean(config?.versions && config.versions.drafts)
  const doc = (await payload.findByID({
    collection: ref.relationTo,
    id: typeof ref.value === 'object' ? ref.value.id : ref.value,
    depth: 0,
    disableErrors: true,
    select: { slug: true, [titleField]: true, ...(hasDrafts ? { _status: true } : {}) },
  })) as Doc | null
  if (!doc) return <span>→ no page (it was deleted): visitors get “page not found”</span>
  const title = String(doc[titleField] ?? '')
  const path = pathFor(ref.relationTo, doc.slug)
  return (
    <span>
      → {KINDS[ref.relationTo] ?? ref.relationTo} “{title}”{path ? ` (${path})` : ''}
      {hasDrafts && doc._status !== 'published' ? (
        <em> · not published yet: visitors get “page not found”</em>
      ) : null}
    </span>
  )
}
