import type { Metadata, Viewport } from 'next'
import type { ReactNode } from 'react'

import { JsonLd } from '@/components/JsonLd'
import { SiteShell } from '@/components/SiteShell'
import { getOffices, getSiteSettings } from '@/data'
import { isPreviewing } from '@/data/preview'
import { FEED_LINKS } from '@/seo/feedLinks'
import { siteGraph } from '@/seo/structuredData'
import { siteOrigin } from '@/seo/urls'

import './styles.css'

export async function generateMetadata(): Promise<Metadata> {
  const [settings, previewing] = await Promise.all([getSiteSettings(), isPreviewing()])
  return {
    // Canonical, Open Graph and Twitter URLs are made absolute against the public origin.
    metadataBase: new URL(siteOrigin()),
    title: { default: settings.siteName, template: `%s · ${settings.siteName}` },
    description: settings.tagline ?? undefined,
    alternates: { types: FEED_LINKS },
    // A preview may show drafts: never index it or follow its links. Pages set no `robots` of
    // their own except search and the 404 (both noindex), so this one always applies.
    ...(previewing ? { robots: { index: false, follow: false } } : {}),
  }
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#0d4f5c' }

export default async function FrontendLayout({ children }: { children: ReactNode }) {
  // Read as an anonymous visitor (never the previewing editor), so no draft reaches this data.
  const [settings, offices] = await Promise.all([getSiteSettings(), getOffices()])
  return (
    <SiteShell>
      <JsonLd data={siteGraph(settings, offices)} />
      {children}
    </SiteShell>
  )
}
