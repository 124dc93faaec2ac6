import type { Metadata } from 'next'

import { JsonLd } from '@/components/JsonLd'
import { NotFoundHelp } from '@/components/NotFoundHelp'
import { SiteShell } from '@/components/SiteShell'
import { getOffices, getSiteSettings } from '@/data'
import { siteMetadata, siteViewport } from '@/seo/siteMetadata'
import { siteGraph } from '@/seo/structuredData'

import './(frontend)/styles.css'

// Addresses no route matches (e.g. /articles/a/b), and every page whose content is missing
// (notFound(), rendered through this file by patches/next+16.4.6+003+…), get this helpful page in
// the same document as every other page; the site has two root layouts, so this is how. Static
// like the other pages: its reads are cached under their tags, so an office edit shows here too.
// Next adds noindex to every 404 itself.

export async function generateMetadata(): Promise<Metadata> {
  const [site, settings] = await Promise.all([siteMetadata(), getSiteSettings()])
  return { ...site, title: `Page not found · ${settings.siteName}` }
}

export const viewport = siteViewport

export default async function GlobalNotFound() {
  const [settings, offices] = await Promise.all([getSiteSettings(), getOffices()])
  return (
    <SiteShell>
      <JsonLd data={siteGraph(settings, offices)} />
      <NotFoundHelp />
    </SiteShell>
  )
}
