import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { OfficeDetails } from '@/components/OfficeDetails'
import { ReviewsWidget } from '@/components/ReviewsWidget'
import { getOffice, getPhysiciansAtOffice } from '@/data'
import { oneLineAddress } from '@/format/map'

type Props = { params: Promise<{ slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const office = await getOffice((await params).slug)
  return office ? { title: office.name, description: oneLineAddress(office.address) } : {}
}

export default async function OfficePage({ params }: Props) {
  const office = await getOffice((await params).slug)
  if (!office) notFound()
  const physicians = await getPhysiciansAtOffice(office.id)
  return (
    <div className="container">
      <p className="back-link">
        <Link href="/offices">All offices</Link>
      </p>
      <h1>{office.name}</h1>
      <OfficeDetails office={office} physicians={physicians} />
      <ReviewsWidget
        heading={`What patients say about the ${office.name}`}
        office={office}
        count={3}
      />
    </div>
  )
}
