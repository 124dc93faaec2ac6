import { HeaderSearch } from '@/components/HeaderSearch'
import { NavLinks } from '@/components/NavLinks'
import type { Header, SiteSetting } from '@/payload-types'

type Props = {
  settings: Pick<SiteSetting, 'siteName' | 'tagline'>
  navItems: Header['navItems']
}

export const SiteHeader = ({ settings, navItems }: Props) => (
  <header className="site-header">
    <div className="container header-row">
      <a href="/" className="brand">
        <span className="brand-name">{settings.siteName}</span>
        {settings.tagline ? <span className="brand-tagline">{settings.tagline}</span> : null}
      </a>
      <NavLinks items={navItems} label="Main" className="nav-list" />
      <HeaderSearch />
    </div>
  </header>
)
