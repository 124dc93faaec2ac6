import Link from 'next/link'

import { cityLine, streetLine } from '@/format/address'
import type { Office, SiteSetting } from '@/payload-types'
import { phoneToE164 } from '@/validation'

type Props = {
  offices: Office[]
  settings: Pick<SiteSetting, 'siteName' | 'footerNote' | 'copyright'>
}

const PhoneLink = ({ number, label }: { number: string; label: string }) => {
  const e164 = phoneToE164(number)
  return (
    <li>
      {e164 ? <a href={`tel:${e164}`}>{number}</a> : number} <span className="muted">{label}</span>
    </li>
  )
}

export const SiteFooter = ({ offices, settings }: Props) => {
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
                <PhoneLink number={office.phone} label="Phone" />
                {office.fax ? <PhoneLink number={office.fax} label="Fax" /> : null}
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
        <p className="copyright">
          © {new Date().getFullYear()} {settings.copyright || settings.siteName} ·{' '}
          <Link href="/disclaimer">Disclaimer</Link>
        </p>
      </div>
    </footer>
  )
}
