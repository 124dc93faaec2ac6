import type { ReactNode } from 'react'

import { OfficePhoneList } from '@/components/OfficePhoneList'
import { linkHref, type NavLink } from '@/urls'
import type { CallsToAction, Office } from '@/payload-types'

export type ContactBox = {
  heading?: string | null
  body?: string | null
  link?: NavLink | null
}

type Props = {
  contact: ContactBox | null | undefined
  offices: Pick<Office, 'id' | 'name' | 'phone'>[]
  headingLevel?: 'h2' | 'h3'
  /** The contact form, when it is shown here instead of a link to /contact. */
  form?: ReactNode
}

/** The contact box as staff wrote it in the Calls to action settings. */
export const contactBox = (settings: CallsToAction): ContactBox => ({
  heading: settings.contactHeading,
  body: settings.contactBody,
  link: settings.contactLink,
})

/** "How can we help you?": the staff's words, a link to write to us, and every office's phone. */
export const ContactTeaser = ({ contact, offices, headingLevel: Heading = 'h2', form }: Props) => {
  const href = linkHref(contact?.link)
  return (
    <section className="contact-teaser" aria-labelledby="contact-teaser-heading">
      <Heading id="contact-teaser-heading">{contact?.heading || 'How can we help you?'}</Heading>
      {contact?.body ? <p>{contact.body}</p> : null}
      {form ?? null}
      {!form && href && contact?.link?.label ? (
        <p>
          <a className="button" href={href}>
            {contact.link.label}
          </a>
        </p>
      ) : null}
      <OfficePhoneList offices={offices} />
    </section>
  )
}
