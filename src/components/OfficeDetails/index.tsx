import { OpeningHours } from '@/components/OpeningHours'
import { PhoneLink } from '@/components/PhoneLink'
import { cityLine, streetLine } from '@/display/address'
import { physicianDisplayName } from '@/display/names'
import { mapUrl } from '@/display/map'
import type { Office, Physician } from '@/payload-types'
import { pathOf } from '@/urls'

type Props = {
  office: Office
  physicians: Pick<Physician, 'id' | 'name' | 'credentials' | 'slug' | 'jobTitle'>[]
}

/** "Accepting new patients" or "Not accepting new patients at the moment"; nothing if unknown. */
export const NewPatients = ({ accepting }: { accepting: Office['acceptingNewPatients'] }) => {
  if (accepting === true) return <p className="status status-yes">Accepting new patients</p>
  if (accepting === false)
    return <p className="status status-no">Not accepting new patients at the moment</p>
  return null
}

/** The address on two lines and a link that opens it in Google Maps. */
export const OfficeAddress = ({ office }: { office: Office }) => (
  <>
    <address>
      {streetLine(office.address)}
      <br />
      {cityLine(office.address)}
    </address>
    <p className="map-link">
      <a href={mapUrl(office.address)}>
        Get directions<span className="visually-hidden"> to the {office.name}</span> on Google Maps
      </a>
    </p>
  </>
)

/** Everything a patient needs to reach one office: address, map, numbers, hours, physicians. */
export const OfficeDetails = ({ office, physicians }: Props) => (
  <div className="office-details">
    <NewPatients accepting={office.acceptingNewPatients} />
    <div className="office-grid">
      <section aria-labelledby="office-address">
        <h2 id="office-address">Address</h2>
        <OfficeAddress office={office} />
        <h2 id="office-contact">Contact</h2>
        <dl className="contact-list">
          <div>
            <dt>Phone</dt>
            <dd>
              <PhoneLink number={office.phone} />
            </dd>
          </div>
          {office.fax ? (
            <div>
              <dt>Fax</dt>
              <dd>
                <PhoneLink number={office.fax} />
              </dd>
            </div>
          ) : null}
          {office.email ? (
            <div>
              <dt>Email</dt>
              <dd>
                <a href={`mailto:${office.email}`}>{office.email}</a>
              </dd>
            </div>
          ) : null}
        </dl>
        {office.networkNote ? <p className="network-note">{office.networkNote}</p> : null}
      </section>
      <section aria-labelledby="office-hours">
        <h2 id="office-hours">Opening hours</h2>
        <OpeningHours hours={office.hours} />
      </section>
    </div>
    <section aria-labelledby="office-physicians">
      <h2 id="office-physicians">Physicians at this office</h2>
      {physicians.length ? (
        <ul className="plain stacked physician-list">
          {physicians.map((physician) => (
            <li key={physician.id}>
              <a href={pathOf('physicians', physician.slug)}>{physicianDisplayName(physician)}</a>
              {physician.jobTitle ? <span className="muted"> · {physician.jobTitle}</span> : null}
            </li>
          ))}
        </ul>
      ) : (
        <p>Call the office to find out which physicians see patients here.</p>
      )}
    </section>
  </div>
)
