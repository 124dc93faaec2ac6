import type { Metadata, Viewport } from 'next'
import type { ReactNode } from 'react'

import { SiteShell } from '@/components/SiteShell'
import { getSiteSettings } from '@/data'
import { serverUrl } from '@/serverUrl'

import './styles.css'

// Content is read per request for now: a publish is visible on the next page view.
export const dynamic = 'force-dynamic'

export async function generateMetadata(): Promise<Metadata> {
  const settings = await getSiteSettings()
  return {
    metadataBase: serverUrl() ? new URL(serverUrl()) : undefined,
    title: { default: settings.siteName, template: `%s · ${settings.siteName}` },
    description: settings.tagline ?? undefined,
  }
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#0d4f5c' }

export default function FrontendLayout({ children }: { children: ReactNode }) {
  return <SiteShell>{children}</SiteShell>
}
