import type { Metadata } from 'next'

import { OfficeSummary } from '@/components/OfficeSummary'
import { getOffices, getSiteSettings } from '@/data'
import { listingMetadata } from '@/seo/metadata'

export async function generateMetadata(): Promise<Metadata> {
  return listingMetadata(
    'offices',
    {
      path: '/offices',
      title: 'Our offices',
      description:
        'Addresses, phone numbers, opening hours and directions for each of our offices.',
    },
    await getSiteSettings(),
  )
}

export default async function OfficesPage() {
  const offices = await getOffices()
  return (
    <div className="container">
      <h1>Our offices</h1>
      {offices.length ? (
        <ul className="office-summaries plain">
          {offices.map((office) => (
            <li key={office.id}>
              <OfficeSummary office={office} />
            </li>
          ))}
        </ul>
      ) : (
        <p>Our office details will be listed here soon.</p>
      )}
    </div>
  )
}
