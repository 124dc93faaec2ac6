import type { Metadata } from 'next'

import { OfficeSummary } from '@/components/OfficeSummary'
import { getOffices } from '@/data'
import { getCallsToAction } from '@/data/globals'

export async function generateMetadata(): Promise<Metadata> {
  const { contact } = await getCallsToAction()
  return {
    title: contact?.heading || 'Contact us',
    description: 'Call the office nearest you, or find its address and hours.',
  }
}

export default async function ContactPage() {
  const [{ contact }, offices] = await Promise.all([getCallsToAction(), getOffices()])
  return (
    <div className="container">
      <h1>{contact?.heading || 'How can we help you?'}</h1>
      {contact?.body ? <p className="lead">{contact.body}</p> : null}
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
