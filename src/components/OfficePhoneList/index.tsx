import { PhoneLink } from '@/components/PhoneLink'
import type { Office } from '@/payload-types'

type Props = { offices: Pick<Office, 'id' | 'name' | 'phone'>[] }

/** "Chicagoland Office: (708) 393-8266", one callable line per office; nothing without offices. */
export const OfficePhoneList = ({ offices }: Props) =>
  offices.length ? (
    <ul className="plain stacked">
      {offices.map((office) => (
        <li key={office.id}>
          {office.name}: <PhoneLink number={office.phone} />
        </li>
      ))}
    </ul>
  ) : null
