import Link from 'next/link'

import type { SiteSetting } from '@/payload-types'

type Props = { settings: Pick<SiteSetting, 'siteName' | 'tagline'> }

export const SiteHeader = ({ settings }: Props) => (
  <header className="site-header">
    <div className="container header-row">
      <Link href="/" className="brand">
        <span className="brand-name">{settings.siteName}</span>
        {settings.tagline ? <span className="brand-tagline">{settings.tagline}</span> : null}
      </Link>
      <nav aria-label="Main">
        <ul className="nav-list">
          <li>
            <Link href="/">Articles</Link>
          </li>
          <li>
            <a href="#site-footer">Offices</a>
          </li>
        </ul>
      </nav>
    </div>
  </header>
)
