import type { Metadata } from 'next'

import { NotFoundHelp } from '@/components/NotFoundHelp'
import { SiteShell } from '@/components/SiteShell'

import './(frontend)/styles.css'

// Addresses no route matches (e.g. /articles/a/b) get the same helpful page as a missing
// article, inside the same header and footer; the site has two root layouts, so this is how.
export const dynamic = 'force-dynamic'

export const metadata: Metadata = { title: 'Page not found', robots: { index: false } }

export default function GlobalNotFound() {
  return (
    <SiteShell>
      <NotFoundHelp />
    </SiteShell>
  )
}
