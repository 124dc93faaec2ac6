import type { Metadata } from 'next'

import { OfficeSummary } from '@/components/OfficeSummary'
import { getOffices } from '@/data'
import { getCallsToAction } from '@/data/globals'

export async function generateMetadata(): Promise<Metadata> {
  const { contactHeading } = await getCallsToAction()
  return {
    title: contactHeading || 'Contact us',
    description: 'Call the office nearest you, or find its address and hours.',
  }
}

export default async function ContactPage() {
  const [{ contactHeading, contactBody }, offices] = await Promise.all([
    getCallsToAction(),
    getOffices(),
  ])
  return (
    <div className="container">
      <h1>{contactHeading || 'How can we help you?'}</h1>
      {contactBody ? <p className="lead">{contactBody}</p> : null}
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
