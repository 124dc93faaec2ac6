import type { Metadata } from 'next'
import type { ReactNode } from 'react'

import { JsonLd } from '@/components/JsonLd'
import { SiteShell } from '@/components/SiteShell'
import { getOffices, getSiteSettings } from '@/data'
import { siteMetadata, siteViewport } from '@/seo/siteMetadata'
import { siteGraph } from '@/seo/structuredData'

import './styles.css'

export async function generateMetadata(): Promise<Metadata> {
  return siteMetadata()
}

export const viewport = siteViewport

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
