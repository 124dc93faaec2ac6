import type { Header } from '@/payload-types'
import { safeHref } from '@/hardening/hostile'

// Every address the site builds: its origin, the public path of each document, feeds, sitemap
// parts and uploads. Pages, feeds, the sitemap, JSON-LD and search results all use these.

/** The public origin, e.g. https://www.example-clinic.com, without a trailing slash. */
export const serverUrl = (): string =>
  (process.env.NEXT_PUBLIC_SERVER_URL || '').replace(/\/+$/, '')

/**
 * The public origin; sitemaps, feeds and canonical URLs need absolute URLs even when
 * NEXT_PUBLIC_SERVER_URL is unset, and then the local server's own address is the best guess.
 */
export const siteOrigin = (): string =>
  serverUrl() || `http://localhost:${process.env.PORT || 3000}`

/** An absolute URL for a site path, e.g. /articles/knee → https://clinic.example/articles/knee. */
export const absoluteUrl = (path: string): string =>
  `${siteOrigin()}${path.startsWith('/') ? path : `/${path}`}`

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

export const FEED_PATHS = { rss: '/feed.xml', atom: '/feed.atom' } as const

/** Where the sitemap index is: what robots.txt points to, listing every part. */
export const sitemapIndexUrl = (): string => absoluteUrl('/sitemap.xml')

/**
 * Where part `id` of the sitemap is served: at the root, because a sitemap may only list
 * addresses under its own folder (sitemaps.org), so a part at /sitemaps/sitemap/0.xml could only
 * list /sitemaps/sitemap/…. next.config.mjs rewrites it to src/app/(frontend)/next/sitemap.
 */
export const sitemapPartUrl = (id: number): string => absoluteUrl(`/sitemap-${id}.xml`)

/**
 * The address next/image should load an upload from. With NEXT_PUBLIC_SERVER_URL set, Payload
 * makes upload URLs absolute, and next/image refuses absolute URLs of hosts it was not told
 * about (400): our own uploads go back to a site path, which it optimises without a network hop.
 */
export const mediaSrc = (url: string, origin: string = serverUrl()): string =>
  origin && url.startsWith(`${origin}/`) ? url.slice(origin.length) : url
