import { NavLinks } from '@/components/NavLinks'
import { PhoneLink } from '@/components/PhoneLink'
import { cityLine, streetLine } from '@/display/address'
import { pathFor } from '@/urls'
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
        <NavLinks items={navItems} label="Footer" className="footer-links" />
        <p className="copyright">
          © {new Date().getFullYear()} {settings.copyright || settings.siteName}
          {disclaimer && disclaimerHref ? (
            <>
              {' · '}
              <a href={disclaimerHref}>{disclaimer.title}</a>
            </>
          ) : null}
        </p>
      </div>
    </footer>
  )
}
