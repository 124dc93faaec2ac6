import { CallToActionBox } from '@/components/CallToActionBox'
import { ContactTeaser, contactBox } from '@/components/ContactTeaser'
import { FormSection, phoneFallback, populatedForm } from '@/components/FormSection'
import type { ReactNode } from 'react'

import type { CallsToAction, Office } from '@/payload-types'

type Props = {
  callsToAction: CallsToAction
  /** The reviews widget, a server component that fetches its own reviews. */
  reviews?: ReactNode
  offices: Pick<Office, 'id' | 'name' | 'phone'>[]
}

const contactFormOf = (callsToAction: CallsToAction, offices: Props['offices']) => {
  const form = populatedForm(callsToAction.contactForm)
  return form ? <FormSection form={form} fallback={phoneFallback(offices)} /> : undefined
}

/** Beside an article: the staff's calls to action, then reviews, then how to reach us. */
export const ArticleSidebar = ({ callsToAction, reviews, offices }: Props) => (
  <aside className="sidebar" aria-label="Get help">
    {(callsToAction.sidebar ?? []).map((item) => (
      <CallToActionBox key={item.id} heading={item.heading} body={item.body} link={item.link} />
    ))}
    {reviews}
    <ContactTeaser
      contact={contactBox(callsToAction)}
      offices={offices}
      form={contactFormOf(callsToAction, offices)}
    />
  </aside>
)
