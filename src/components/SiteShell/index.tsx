import type { ReactNode } from 'react'

import { SiteFooter } from '@/components/SiteFooter'
import { SiteHeader } from '@/components/SiteHeader'
import { getOffices, getSiteSettings } from '@/data'
import { getFooter, getHeader } from '@/data/navigation'

/** The document every public page shares: skip link, header menu, main, office footer. */
export const SiteShell = async ({ children }: { children: ReactNode }) => {
  const [settings, offices, header, footer] = await Promise.all([
    getSiteSettings(),
    getOffices(),
    getHeader(),
    getFooter(),
  ])
  return (
    <html lang="en" data-hydration="islands">
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <SiteHeader settings={settings} navItems={header.navItems} />
        <main id="main" tabIndex={-1}>
          {children}
        </main>
        <SiteFooter offices={offices} settings={settings} navItems={footer.navItems} />
      </body>
    </html>
  )
}
