import type { Metadata } from 'next'

import { FormSection, phoneFallback, populatedForm } from '@/components/FormSection'
import { OfficeSummary } from '@/components/OfficeSummary'
import { getOffices, getSiteSettings } from '@/data'
import { getCallsToAction } from '@/data/globals'
import { listingMetadata } from '@/seo/metadata'

export async function generateMetadata(): Promise<Metadata> {
  const [{ contactHeading }, settings] = await Promise.all([getCallsToAction(), getSiteSettings()])
  return listingMetadata(
    'contact',
    {
      path: '/contact',
      title: contactHeading || 'Contact us',
      description: 'Write to our patient team, or call the office nearest you.',
    },
    settings,
  )
}

export default async function ContactPage() {
  const [{ contactHeading, contactBody, contactForm }, offices] = await Promise.all([
    getCallsToAction(),
    getOffices(),
  ])
  return (
    <div className="container">
      <h1>{contactHeading || 'How can we help you?'}</h1>
      {contactBody ? <p className="lead">{contactBody}</p> : null}
      {populatedForm(contactForm) ? (
        <section className="contact-form" aria-label="Write to us">
          <FormSection form={populatedForm(contactForm)!} fallback={phoneFallback(offices)} />
        </section>
      ) : null}
      <h2>Call or visit</h2>
      {offices.length ? (
        <div className="office-summaries">
          {offices.map((office) => (
            <OfficeSummary key={office.id} office={office} />
          ))}
        </div>
      ) : (
        <p>Our office details will appear here soon.</p>
      )}
    </div>
  )
}
