import type { Metadata } from 'next'

import { ArticleList } from '@/components/ArticleList'
import { JsonLd } from '@/components/JsonLd'
import { PlainRichText } from '@/components/RichText/plain'
import { getArticlesWhere, getPhysician, getSiteSettings } from '@/data'
import { cityLine, streetLine } from '@/display/address'
import { physicianDisplayName } from '@/display/names'
import type { Media, Office } from '@/payload-types'
import { documentMetadata } from '@/seo/metadata'
import { physicianGraph } from '@/seo/structuredData'
import { requestPath } from '@/redirects/normalize'
import { redirectOrNotFound } from '@/redirects/redirectOrNotFound'
import { mediaSrc } from '@/urls'
import { ResponsiveImage } from '@/components/ResponsiveImage'
import { getStaticSlugs } from '@/data/static'

type Props = { params: Promise<{ slug: string }> }

// A bounded set is rendered at build; the rest on first request, then served from the cache
// until an edit expires it (see docs/architecture.md, Caching).
export const dynamicParams = true

export const generateStaticParams = () => getStaticSlugs('physicians')

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [physician, settings] = await Promise.all([
    getPhysician((await params).slug),
    getSiteSettings(),
  ])
  return physician ? documentMetadata('physicians', physician, settings) : {}
}

export default async function PhysicianPage({ params }: Props) {
  const { slug } = await params
  const physician = await getPhysician(slug)
  if (!physician) return redirectOrNotFound(requestPath(['physicians', slug]))
  const articles = await getArticlesWhere({ author: physician.id })
  const photo = typeof physician.photo === 'object' ? (physician.photo as Media | null) : null
  const offices = (physician.offices ?? []).filter(
    (o): o is Office => Boolean(o) && typeof o === 'object',
  )
  return (
    <article className="container narrow">
      <JsonLd data={physicianGraph(physician)} />
      <h1>{physicianDisplayName(physician)}</h1>
      {physician.jobTitle ? <p className="subtitle">{physician.jobTitle}</p> : null}
      {photo?.url ? (
        <ResponsiveImage
          className="portrait"
          src={mediaSrc(photo.url)}
          alt={photo.alt}
          width={photo.width ?? 600}
          height={photo.height ?? 600}
          sizes="(max-width: 600px) 60vw, 280px"
          // Right under the name: the page's largest image, so it must not wait for lazy loading.
          priority
        />
      ) : null}
      {physician.bio ? <PlainRichText data={physician.bio} /> : null}
      {offices.length ? (
        <>
          <h2>Sees patients at</h2>
          <ul className="plain stacked">
            {offices.map((office) => (
              <li key={office.id}>
                <strong>{office.name}</strong>, {streetLine(office.address)},{' '}
                {cityLine(office.address)}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <h2>Articles by {physician.name}</h2>
      <ArticleList articles={articles} empty="No published articles yet." />
    </article>
  )
}
