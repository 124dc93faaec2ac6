import type { Metadata, Viewport } from 'next'

import { getSiteSettings } from '@/data'
import { isPreviewing } from '@/data/preview'

import { FEED_LINKS } from './feedLinks'
import { siteOrigin } from '@/urls'

// The <head> every public document shares, whether it is rendered inside the site's layout or
// as the 404 page (src/app/global-not-found.tsx), which has no layout above it.

export const siteViewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: '#0d4f5c',
}

export const siteMetadata = async (): Promise<Metadata> => {
  const [settings, previewing] = await Promise.all([getSiteSettings(), isPreviewing()])
  return {
    // Canonical, Open Graph and Twitter URLs are made absolute against the public origin.
    metadataBase: new URL(siteOrigin()),
    title: { default: settings.siteName, template: `%s · ${settings.siteName}` },
    description: settings.tagline ?? undefined,
    alternates: { types: FEED_LINKS },
    // A preview may show drafts: never index it or follow its links. Pages set no `robots` of
    // their own except search (noindex); a 404 gets Next's own noindex.
    ...(previewing ? { robots: { index: false, follow: false } } : {}),
  }
}
