import type { Metadata } from 'next'

import { FormSection, populatedForm } from '@/components/FormSection'
import { JsonLd } from '@/components/JsonLd'
import { OfficeDetails } from '@/components/OfficeDetails'
import { ReviewsWidget } from '@/components/ReviewsWidget'
import { getOffice, getPhysiciansAtOffice, getSiteSettings } from '@/data'
import { getCallsToAction } from '@/data/globals'
import { documentMetadata } from '@/seo/metadata'
import { officeGraph } from '@/seo/structuredData'
import { requestPath } from '@/redirects/normalize'
import { redirectOrNotFound } from '@/redirects/redirectOrNotFound'
import { getStaticSlugs } from '@/data/static'

type Props = { params: Promise<{ slug: string }> }

// A bounded set is rendered at build; the rest on first request, then served from the cache
// until an edit expires it (see docs/architecture.md, Caching).
export const dynamicParams = true

export const generateStaticParams = () => getStaticSlugs('offices')

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [office, settings] = await Promise.all([getOffice((await params).slug), getSiteSettings()])
  return office ? documentMetadata('offices', office, settings) : {}
}

export default async function OfficePage({ params }: Props) {
  const { slug } = await params
  const office = await getOffice(slug)
  if (!office) return redirectOrNotFound(requestPath(['offices', slug]))
  const [physicians, callsToAction] = await Promise.all([
    getPhysiciansAtOffice(office.id),
    getCallsToAction(),
  ])
  const form = populatedForm(callsToAction.contactForm)
  return (
    <div className="container">
      <JsonLd data={officeGraph(office)} />
      <p className="back-link">
        <a href="/offices">All offices</a>
      </p>
      <h1>{office.name}</h1>
      <OfficeDetails office={office} physicians={physicians} />
      {form ? (
        <section className="office-form" aria-labelledby="office-form-heading">
          <h2 id="office-form-heading">Write to the {office.name}</h2>
          <FormSection
            form={form}
            defaults={{ office: office.name }}
            fallback={office.phone ? `call this office at ${office.phone}` : undefined}
          />
        </section>
      ) : null}
      <ReviewsWidget
        heading={`What patients say about the ${office.name}`}
        office={office}
        count={3}
      />
    </div>
  )
}
