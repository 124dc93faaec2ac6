import type { Header } from '@/payload-types'
import { safeHref } from '@/validation/hostile'

type RequiredLink = NonNullable<Header['navItems']>[number]['link']

/** A staff-edited link; optional links (e.g. the contact box's) may have no label yet. */
export type NavLink = Omit<RequiredLink, 'label'> & { label?: string | null }

const ROUTE_PREFIX: Record<string, string> = {
  pages: '',
  articles: '/articles',
  topics: '/topics',
  offices: '/offices',
  physicians: '/physicians',
}

/** Public path of a document, e.g. ('articles', 'knee-pain') → /articles/knee-pain. */
export const pathFor = (
  relationTo: string | undefined,
  slug: string | null | undefined,
): string | undefined =>
  relationTo && slug && relationTo in ROUTE_PREFIX
    ? `${ROUTE_PREFIX[relationTo]}/${slug}`
    : undefined

/** Where a staff-edited link goes; undefined when its page was deleted or unpublished. */
export const linkHref = (link: NavLink | null | undefined): string | undefined => {
  if (!link) return undefined
  // Old data with a script or data address renders no link at all.
  if (link.type === 'custom') return safeHref(link.url)
  const value = link.reference?.value
  return typeof value === 'object' && value
    ? pathFor(link.reference?.relationTo, value.slug)
    : undefined
}
