import type { Header } from '@/payload-types'
import { safeHref } from '@/hardening/hostile'

type RequiredLink = NonNullable<Header['navItems']>[number]['link']

/** A staff-edited link; optional links (e.g. the contact box's) may have no label yet. */
export type NavLink = Omit<RequiredLink, 'label'> & { label?: string | null }

const ROUTE_PREFIX = {
  pages: '',
  articles: '/articles',
  topics: '/topics',
  offices: '/offices',
  physicians: '/physicians',
} as const

/** The collections whose documents have a public page. */
export type RoutedCollection = keyof typeof ROUTE_PREFIX

const isRouted = (relationTo: string): relationTo is RoutedCollection => relationTo in ROUTE_PREFIX

/** Public path of a document of a known kind: ('topics', 'knees') → /topics/knees. */
export const pathOf = (collection: RoutedCollection, slug: string | null | undefined): string =>
  `${ROUTE_PREFIX[collection]}/${slug ?? ''}`

/** Public path of a linked document, e.g. ('articles', 'knee-pain') → /articles/knee-pain; undefined when it has none. */
export const pathFor = (
  relationTo: string | undefined,
  slug: string | null | undefined,
): string | undefined =>
  relationTo && slug && isRouted(relationTo) ? pathOf(relationTo, slug) : undefined

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
