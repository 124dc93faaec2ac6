import { NewPatients, OfficeAddress } from '@/components/OfficeDetails'
import { PhoneLink } from '@/components/PhoneLink'
import type { Office } from '@/payload-types'
import { pathOf } from '@/urls'

/** One office in the /offices list: name linking to its page, address, phone, new patients. */
export const OfficeSummary = ({
  office,
  headingLevel: Heading = 'h2',
}: {
  office: Office
  headingLevel?: 'h2' | 'h3'
}) => (
  <article className="office-summary" aria-labelledby={`office-${office.id}`}>
    <Heading id={`office-${office.id}`}>
      <a href={pathOf('offices', office.slug)}>{office.name}</a>
    </Heading>
    <OfficeAddress office={office} />
    <p>
      Phone: <PhoneLink number={office.phone} />
    </p>
    <NewPatients accepting={office.acceptingNewPatients} />
    <p>
      <a href={pathOf('offices', office.slug)}>
        Hours, fax and physicians<span className="visually-hidden"> at the {office.name}</span>
      </a>
    </p>
  </article>
)
