import Link from 'next/link'

import { linkHref } from '@/format/links'
import type { Header, SiteSetting } from '@/payload-types'

type Props = {
  settings: Pick<SiteSetting, 'siteName' | 'tagline'>
  navItems: Header['navItems']
}

export const SiteHeader = ({ settings, navItems }: Props) => {
  const links = (navItems ?? [])
    .map(({ id, link }) => ({ id, label: link.label, href: linkHref(link) }))
    .filter((link): link is { id: string; label: string; href: string } => Boolean(link.href))
  return (
    <header className="site-header">
      <div className="container header-row">
        <Link href="/" className="brand">
          <span className="brand-name">{settings.siteName}</span>
          {settings.tagline ? <span className="brand-tagline">{settings.tagline}</span> : null}
        </Link>
        {links.length ? (
          <nav aria-label="Main">
            <ul className="nav-list">
              {links.map((link) => (
                <li key={link.id ?? link.href}>
                  <Link href={link.href}>{link.label}</Link>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
      </div>
    </header>
  )
}
