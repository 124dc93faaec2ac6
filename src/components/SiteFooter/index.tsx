import Link from 'next/link'

import { PhoneLink } from '@/components/PhoneLink'
import { cityLine, streetLine } from '@/format/address'
import { linkHref, pathFor } from '@/format/links'
import type { Footer, Office, SiteSetting } from '@/payload-types'

type Props = {
  offices: Office[]
  settings: Pick<SiteSetting, 'siteName' | 'footerNote' | 'copyright' | 'disclaimerPage'>
  navItems?: Footer['navItems']
}

const PhoneItem = ({ number, label }: { number: string; label: string }) => (
  <li>
    <PhoneLink number={number} /> <span className="muted">{label}</span>
  </li>
)

export const SiteFooter = ({ offices, settings, navItems }: Props) => {
  const links = (navItems ?? [])
    .map(({ id, link }) => ({ id, label: link.label, href: linkHref(link) }))
    .filter((link): link is { id: string; label: string; href: string } => Boolean(link.href))
  const disclaimer = typeof settings.disclaimerPage === 'object' ? settings.disclaimerPage : null
  const disclaimerHref = disclaimer ? pathFor('pages', disclaimer.slug) : undefined
  const notes = [...new Set(offices.map((office) => office.networkNote).filter(Boolean))]
  return (
    <footer className="site-footer" id="site-footer">
      <div className="container">
        <h2 className="visually-hidden">Our offices</h2>
        <ul className="office-list" aria-label="Offices">
          {offices.map((office) => (
            <li key={office.id} className="office-card">
              <h3>{office.name}</h3>
              <address>
                {streetLine(office.address)}
                <br />
                {cityLine(office.address)}
              </address>
              <ul className="plain">
                <PhoneItem number={office.phone} label="Phone" />
                {office.fax ? <PhoneItem number={office.fax} label="Fax" /> : null}
              </ul>
            </li>
          ))}
        </ul>
        {notes.map((note) => (
          <p key={note} className="network-note">
            {note}
          </p>
        ))}
        {settings.footerNote ? <p className="footer-note">{settings.footerNote}</p> : null}
        {links.length ? (
          <nav aria-label="Footer">
            <ul className="footer-links">
              {links.map((link) => (
                <li key={link.id ?? link.href}>
                  <Link href={link.href}>{link.label}</Link>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
        <p className="copyright">
          © {new Date().getFullYear()} {settings.copyright || settings.siteName}
          {disclaimer && disclaimerHref ? (
            <>
              {' · '}
              <Link href={disclaimerHref}>{disclaimer.title}</Link>
            </>
          ) : null}
        </p>
      </div>
    </footer>
  )
}
