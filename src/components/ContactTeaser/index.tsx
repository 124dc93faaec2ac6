import Link from 'next/link'

import { PhoneLink } from '@/components/PhoneLink'
import { linkHref } from '@/format/links'
import type { CallsToAction, Office } from '@/payload-types'

type Props = {
  contact: CallsToAction['contact']
  offices: Pick<Office, 'id' | 'name' | 'phone'>[]
  headingLevel?: 'h2' | 'h3'
}

/** "How can we help you?": the staff's words, a link to write to us, and every office's phone. */
export const ContactTeaser = ({ contact, offices, headingLevel: Heading = 'h2' }: Props) => {
  const href = linkHref(contact?.link)
  return (
    <section className="contact-teaser" aria-labelledby="contact-teaser-heading">
      <Heading id="contact-teaser-heading">{contact?.heading || 'How can we help you?'}</Heading>
      {contact?.body ? <p>{contact.body}</p> : null}
      {href && contact?.link?.label ? (
        <p>
          <Link className="button" href={href}>
            {contact.link.label}
          </Link>
        </p>
      ) : null}
      {offices.length ? (
        <ul className="plain phone-list">
          {offices.map((office) => (
            <li key={office.id}>
              {office.name}: <PhoneLink number={office.phone} />
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  )
}
