import type {
  BreadcrumbList,
  DayOfWeek,
  Graph,
  ImageObjectLeaf,
  IndividualPhysicianLeaf,
  ListItem,
  MedicalClinicLeaf,
  MedicalOrganizationLeaf,
  MedicalWebPageLeaf,
  OpeningHoursSpecification,
  PostalAddress,
  ScholarlyArticleLeaf,
  Thing,
  WebSiteLeaf,
} from 'schema-dts'

import { citationLinks } from '@/citations/links'
import { WEEKDAYS, type Weekday } from '@/display/hours'
import type {
  Article,
  Citation,
  Media,
  Office,
  Page,
  Physician,
  SiteSetting,
  Topic,
} from '@/payload-types'
import { siteOrigin, pathOf } from '@/urls'
import { populated, populatedAll } from '@/data/populated'
import { lexicalToOneLine } from '@/lexical/plainText'

// Pure builders for the site's JSON-LD: plain Payload docs in, schema-dts typed objects out.
// Never Review or AggregateRating: Google treats a business's reviews of itself as self-serving.

export { siteOrigin }

const absolute = (origin: string, path: string): string =>
  /^https?:\/\//.test(path) ? path : `${origin}${path.startsWith('/') ? '' : '/'}${path}`

/** Stable node ids, so the page's nodes can point at the layout's (and merge with them). */
export const ids = {
  website: (origin: string) => `${origin}/#website`,
  organization: (origin: string) => `${origin}/#organization`,
  clinic: (origin: string, slug: string) => `${origin}/offices/${slug}#clinic`,
  physician: (origin: string, slug: string) => `${origin}/physicians/${slug}#physician`,
}

/**
 * The organization's logo: public/logo.png, src/app/icon.svg drawn at 512 × 512. Google wants a
 * logo of at least 112 × 112 px, and the SVG has no size of its own (only a 32-unit viewBox).
 * The site settings have no logo upload to prefer.
 */
export const LOGO = { path: '/logo.png', width: 512, height: 512 } as const

/** "Monday" → "https://schema.org/Monday". */
export const dayOfWeekUrl = (day: Weekday): DayOfWeek => `https://schema.org/${day}`

/** One OpeningHoursSpecification per hours row; rows missing days or times are left out. */
export const openingHours = (hours: Office['hours']): OpeningHoursSpecification[] =>
  (hours ?? [])
    .map((row) => ({
      days: (row.days ?? []).filter((day) => WEEKDAYS.includes(day)),
      opens: row.opens?.trim(),
      closes: row.closes?.trim(),
    }))
    .filter((row) => row.days.length && row.opens && row.closes)
    .map((row) => ({
      '@type': 'OpeningHoursSpecification',
      dayOfWeek: row.days.map(dayOfWeekUrl),
      opens: row.opens,
      closes: row.closes,
    }))

export const postalAddress = (address: Office['address']): PostalAddress => ({
  '@type': 'PostalAddress',
  streetAddress: [address.street, address.suite].filter(Boolean).join(', '),
  addressLocality: address.city,
  addressRegion: address.state,
  postalCode: address.postalCode,
  addressCountry: address.country,
})

export const medicalClinic = (office: Office, origin = siteOrigin()): MedicalClinicLeaf => {
  const url = absolute(origin, pathOf('offices', office.slug))
  const hours = openingHours(office.hours)
  const { lat, lng } = office.geo ?? {}
  return {
    '@type': 'MedicalClinic',
    '@id': ids.clinic(origin, office.slug),
    name: office.name,
    url,
    address: postalAddress(office.address),
    telephone: office.phone,
    ...(office.fax ? { faxNumber: office.fax } : {}),
    ...(office.email ? { email: office.email } : {}),
    ...(hours.length ? { openingHoursSpecification: hours } : {}),
    // The stored numbers as they are: never rounded (Google asks for at least 5 decimals, which
    // only the data can give), never padded with invented ones.
    ...(typeof lat === 'number' && typeof lng === 'number'
      ? { geo: { '@type': 'GeoCoordinates', latitude: lat, longitude: lng } }
      : {}),
    ...(typeof office.acceptingNewPatients === 'boolean'
      ? { isAcceptingNewPatients: office.acceptingNewPatients }
      : {}),
    parentOrganization: { '@id': ids.organization(origin) },
  }
}

export const website = (settings: SiteSetting, origin = siteOrigin()): WebSiteLeaf => ({
  '@type': 'WebSite',
  '@id': ids.website(origin),
  name: settings.siteName,
  url: `${origin}/`,
  ...(settings.tagline ? { description: settings.tagline } : {}),
  publisher: { '@id': ids.organization(origin) },
})

export const logo = (settings: SiteSetting, origin = siteOrigin()): ImageObjectLeaf => ({
  '@type': 'ImageObject',
  '@id': `${origin}/#logo`,
  url: `${origin}${LOGO.path}`,
  contentUrl: `${origin}${LOGO.path}`,
  caption: settings.siteName,
})

export const medicalOrganization = (
  settings: SiteSetting,
  offices: Office[],
  origin = siteOrigin(),
): MedicalOrganizationLeaf => ({
  '@type': 'MedicalOrganization',
  '@id': ids.organization(origin),
  name: settings.siteName,
  url: `${origin}/`,
  logo: logo(settings, origin),
  ...(offices[0]?.phone ? { telephone: offices[0].phone } : {}),
  ...(offices.length ? { address: offices.map((office) => postalAddress(office.address)) } : {}),
  ...(offices.length ? { location: offices.map((office) => medicalClinic(office, origin)) } : {}),
})

/** WebSite and MedicalOrganization, on every public page (from the layout). */
export const siteGraph = (
  settings: SiteSetting,
  offices: Office[],
  origin = siteOrigin(),
): Graph => ({
  '@context': 'https://schema.org',
  '@graph': [website(settings, origin), medicalOrganization(settings, offices, origin)],
})

/** Plain text of Lexical rich text (paragraphs joined by a space), for descriptions. */
export const lexicalText = (data: unknown): string => lexicalToOneLine(data)

/**
 * A schema.org Date (YYYY-MM-DD) for a day-only field: lastReviewed is a Date, not a DateTime.
 * Payload stores the picked day at 12:00 UTC, so the UTC date is the day the editor chose.
 */
export const calendarDate = (value: string | null | undefined): string | undefined => {
  const time = value ? Date.parse(value) : NaN
  return Number.isFinite(time) ? new Date(time).toISOString().slice(0, 10) : undefined
}

const mediaUrl = (media: Media | undefined, origin: string): string | undefined =>
  media?.url ? absolute(origin, media.url) : undefined

/**
 * A physician. schema.org's IndividualPhysician is a MedicalOrganization (not a Person), so the
 * clinics go in `practicesAt` (its own property) and the credentials in `hasCredential`; Person's
 * honorificSuffix/worksFor/workLocation are not valid on it.
 */
export const individualPhysician = (
  physician: Physician,
  origin = siteOrigin(),
  options: { full?: boolean } = {},
): IndividualPhysicianLeaf => {
  const offices = populatedAll<Office>(physician.offices)
  const description = options.full ? lexicalText(physician.bio) : ''
  const image = options.full ? mediaUrl(populated<Media>(physician.photo), origin) : undefined
  return {
    '@type': 'IndividualPhysician',
    '@id': ids.physician(origin, physician.slug),
    name: physician.name,
    url: absolute(origin, pathOf('physicians', physician.slug)),
    ...(physician.credentials
      ? {
          alternateName: `${physician.name}, ${physician.credentials}`,
          hasCredential: {
            '@type': 'EducationalOccupationalCredential',
            credentialCategory: 'degree',
            name: physician.credentials,
          },
        }
      : {}),
    ...(description ? { description: description.slice(0, 500) } : {}),
    ...(image ? { image } : {}),
    ...(offices.length
      ? { practicesAt: offices.map((office) => ({ '@id': ids.clinic(origin, office.slug) })) }
      : {}),
  }
}

/** A cited paper, linked to its DOI and PubMed records (only identifiers we have). */
export const scholarlyArticle = (citation: Citation): ScholarlyArticleLeaf => {
  const links = citationLinks(citation).map((link) => link.href)
  const doi = links.find((href) => href.startsWith('https://doi.org/'))
  const url = doi ?? links[0]
  return {
    '@type': 'ScholarlyArticle',
    name: citation.title,
    headline: citation.title,
    ...(citation.authors?.length
      ? {
          author: citation.authors.map((author) => ({
            '@type': 'Person' as const,
            name: [author.family, author.given].filter(Boolean).join(' '),
          })),
        }
      : {}),
    ...(citation.journal ? { isPartOf: { '@type': 'Periodical', name: citation.journal } } : {}),
    ...(citation.year ? { datePublished: String(citation.year) } : {}),
    ...(url ? { url } : {}),
    ...(links.length ? { sameAs: links } : {}),
  }
}

export type Crumb = { name: string; path: string }

export const breadcrumbList = (crumbs: Crumb[], origin = siteOrigin()): BreadcrumbList => ({
  '@type': 'BreadcrumbList',
  itemListElement: [{ name: 'Home', path: '/' }, ...crumbs].map((crumb, index): ListItem => ({
    '@type': 'ListItem',
    position: index + 1,
    name: crumb.name,
    item: absolute(origin, crumb.path),
  })),
})

/** A topic's ancestors, root first, without the topic itself; stops at a loop. */
export const topicAncestors = (
  topics: Pick<Topic, 'id' | 'name' | 'slug' | 'parent'>[],
  topic: Pick<Topic, 'id' | 'parent'>,
): Pick<Topic, 'id' | 'name' | 'slug'>[] => {
  const byId = new Map(topics.map((t) => [t.id, t]))
  const chain: Pick<Topic, 'id' | 'name' | 'slug'>[] = []
  const seen = new Set([topic.id])
  let parent = typeof topic.parent === 'object' ? topic.parent?.id : topic.parent
  while (parent != null && !seen.has(parent)) {
    const found = byId.get(parent)
    if (!found) break
    seen.add(parent)
    chain.unshift(found)
    parent = typeof found.parent === 'object' ? found.parent?.id : found.parent
  }
  return chain
}

const withContext = (nodes: Thing[]): Graph => ({
  '@context': 'https://schema.org',
  '@graph': nodes,
})

/** An article: MedicalWebPage (topics, author, reviewer, dates, citations) and its breadcrumbs. */
export const articleGraph = (article: Article, origin = siteOrigin()): Graph => {
  const url = absolute(origin, pathOf('articles', article.slug))
  const author = populated<Physician>(article.author)
  const reviewer = populated<Physician>(article.reviewedBy)
  const topics = populatedAll<Topic>(article.topics)
  const citations = populatedAll<Citation>(article.references)
  // The same order as the sharing image: the one chosen for sharing, else the hero image.
  const image =
    mediaUrl(populated<Media>(article.meta?.image), origin) ??
    mediaUrl(populated<Media>(article.heroImage), origin)
  const description = article.meta?.description || article.excerpt || article.subtitle
  const lastReviewed = calendarDate(article.lastReviewedAt)
  const page: MedicalWebPageLeaf = {
    '@type': 'MedicalWebPage',
    '@id': `${url}#webpage`,
    url,
    // The meta title is the whole <title> (often with the site name): not the article's name.
    name: article.title,
    headline: article.title,
    ...(description ? { description } : {}),
    ...(image ? { image } : {}),
    ...(topics.length
      ? {
          about: topics.map((topic) => ({
            '@type': 'Thing' as const,
            name: topic.name,
            url: absolute(origin, pathOf('topics', topic.slug)),
          })),
        }
      : {}),
    ...(author ? { author: individualPhysician(author, origin) } : {}),
    ...(reviewer ? { reviewedBy: individualPhysician(reviewer, origin) } : {}),
    ...(lastReviewed ? { lastReviewed } : {}),
    ...(article.publishedAt ? { datePublished: article.publishedAt } : {}),
    dateModified: article.updatedAt,
    ...(citations.length ? { citation: citations.map(scholarlyArticle) } : {}),
    isPartOf: { '@id': ids.website(origin) },
    publisher: { '@id': ids.organization(origin) },
    inLanguage: 'en-US',
  }
  return withContext([
    page,
    breadcrumbList(
      [
        { name: 'Articles', path: '/articles' },
        { name: article.title, path: pathOf('articles', article.slug) },
      ],
      origin,
    ),
  ])
}

export const officeGraph = (office: Office, origin = siteOrigin()): Graph =>
  withContext([
    medicalClinic(office, origin),
    breadcrumbList(
      [
        { name: 'Offices', path: '/offices' },
        { name: office.name, path: pathOf('offices', office.slug) },
      ],
      origin,
    ),
  ])

export const physicianGraph = (physician: Physician, origin = siteOrigin()): Graph =>
  withContext([
    individualPhysician(physician, origin, { full: true }),
    breadcrumbList([{ name: physician.name, path: pathOf('physicians', physician.slug) }], origin),
  ])

export const topicGraph = (
  topic: Topic,
  allTopics: Pick<Topic, 'id' | 'name' | 'slug' | 'parent'>[],
  origin = siteOrigin(),
): Graph =>
  withContext([
    breadcrumbList(
      [...topicAncestors(allTopics, topic), topic].map((t) => ({
        name: t.name,
        path: pathOf('topics', t.slug),
      })),
      origin,
    ),
  ])

export const pageGraph = (page: Pick<Page, 'title' | 'slug'>, origin = siteOrigin()): Graph =>
  withContext([breadcrumbList([{ name: page.title, path: `/${page.slug}` }], origin)])

/** JSON for a <script> element: `<` escaped, so "</script>" in any text cannot end it. */
export const serializeJsonLd = (data: unknown): string =>
  JSON.stringify(data).replace(/</g, '\\u003c')
