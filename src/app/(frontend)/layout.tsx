import type { Metadata, Viewport } from 'next'
import type { ReactNode } from 'react'

import { SiteFooter } from '@/components/SiteFooter'
import { SiteHeader } from '@/components/SiteHeader'
import { getOffices, getSiteSettings } from '@/data'
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

export default async function FrontendLayout({ children }: { children: ReactNode }) {
  const [settings, offices] = await Promise.all([getSiteSettings(), getOffices()])
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <SiteHeader settings={settings} />
        <main id="main" tabIndex={-1}>
          {children}
        </main>
        <SiteFooter offices={offices} settings={settings} />
      </body>
    </html>
  )
}
