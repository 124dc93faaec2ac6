/** @jest-environment node */
import { readFile } from 'node:fs/promises'

import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import sharp from 'sharp'

import { JsonLd } from '@/components/JsonLd'
import type {
  Article,
  Citation,
  Media,
  Office,
  Physician,
  SiteSetting,
  Topic,
} from '@/payload-types'
import {
  articleGraph,
  breadcrumbList,
  lexicalText,
  medicalClinic,
  officeGraph,
  openingHours,
  pageGraph,
  physicianGraph,
  serializeJsonLd,
  siteGraph,
  topicGraph,
} from '@/seo/structuredData'

const ORIGIN = 'https://clinic.example'
const stamps = { createdAt: '2024-01-01T00:00:00.000Z', updatedAt: '2024-06-01T00:00:00.000Z' }

const settings: SiteSetting = {
  id: 1,
  siteName: 'Caring Medical',
  tagline: 'Healing without surgery',
}

const office: Office = {
  id: 1,
  name: 'Chicagoland Office',
  slug: 'chicagoland',
  address: {
    street: '715 Lake St.',
    suite: 'Suite 600',
    city: 'Oak Park',
    state: 'IL',
    postalCode: '60301',
    country: 'US',
  },
  phone: '(708) 393-8266',
  fax: '(855) 779-1950',
  hours: [
    { days: ['Monday', 'Tuesday', 'Thursday'], opens: '08:00', closes: '17:00' },
    { days: ['Friday'], opens: ' 09:00 ', closes: '12:00' },
    { days: [], opens: '10:00', closes: '11:00' },
  ],
  // Made-up coordinates with 6 and 7 decimals, as a geocoder gives them.
  geo: { lat: 41.888431, lng: -87.7945127 },
  acceptingNewPatients: true,
  ...stamps,
}

const physician: Physician = {
  id: 1,
  name: 'Ross Hauser',
  credentials: 'MD',
  slug: 'ross-hauser',
  bio: {
    root: {
      type: 'root',
      direction: 'ltr',
      format: '',
      indent: 0,
      version: 1,
      children: [
        {
          type: 'paragraph',
          version: 1,
          children: [{ type: 'text', version: 1, text: 'Treats joints </script><b>' }],
        },
        {
          type: 'paragraph',
          version: 1,
          children: [{ type: 'text', version: 1, text: 'Since 1993.' }],
        },
      ],
    },
  },
  offices: [office],
  photo: { id: 3, alt: 'Portrait', url: '/api/media/file/ross.jpg', ...stamps },
  ...stamps,
}

const platas: Citation = {
  id: 7,
  title: 'Anti-inflammatory effect of mesenchymal stem cells',
  authors: [
    { family: 'Platas', given: 'J' },
    { family: 'Guillén', given: 'MI' },
  ],
  moreAuthors: true,
  journal: 'Aging (Albany NY)',
  year: 2016,
  pmid: '27470464',
  doi: '10.18632/aging.101007',
  ...stamps,
}

const parent: Topic = { id: 1, name: 'Prolotherapy', slug: 'prolotherapy', ...stamps }
const knee: Topic = { id: 2, name: 'Knee', slug: 'knee', parent: 1, ...stamps }
const meniscus: Topic = { id: 3, name: 'Meniscus', slug: 'meniscus', parent: 2, ...stamps }

const article: Article = {
  id: 9,
  title: 'How stem cells help fix a broken healing cycle',
  slug: 'how-stem-cells-help',
  excerpt: 'A summary for patients.',
  content: {
    root: { type: 'root', children: [], direction: 'ltr', format: '', indent: 0, version: 1 },
  },
  author: physician,
  reviewedBy: physician,
  topics: [knee, 99],
  references: [platas, 8],
  heroImage: { id: 4, alt: 'Knee', url: '/api/media/file/knee.jpg', ...stamps },
  publishedAt: '2024-02-01T00:00:00.000Z',
  // A day-only field: Payload's date picker stores the chosen day at 12:00 UTC.
  lastReviewedAt: '2024-05-01T12:00:00.000Z',
  ...stamps,
}

type Node = Record<string, unknown>
const nodes = (graph: { '@graph': readonly unknown[] }) => graph['@graph'] as Node[]
const byType = (graph: { '@graph': readonly unknown[] }, type: string) =>
  nodes(graph).find((node) => node['@type'] === type)

describe('siteGraph', () => {
  it('has the WebSite and the MedicalOrganization with its clinics, all URLs absolute', () => {
    const graph = siteGraph(settings, [office], ORIGIN)
    expect(graph['@context']).toBe('https://schema.org')
    expect(byType(graph, 'WebSite')).toMatchObject({
      name: 'Caring Medical',
      url: 'https://clinic.example/',
    })
    const org = byType(graph, 'MedicalOrganization')!
    expect(org).toMatchObject({ name: 'Caring Medical', telephone: '(708) 393-8266' })
    expect(org.address).toEqual([
      {
        '@type': 'PostalAddress',
        streetAddress: '715 Lake St., Suite 600',
        addressLocality: 'Oak Park',
        addressRegion: 'IL',
        postalCode: '60301',
        addressCountry: 'US',
      },
    ])
    expect(org.location).toEqual([medicalClinic(office, ORIGIN)])
  })

  it('gives the organization its logo, an absolute URL of the committed PNG', () => {
    const org = byType(siteGraph(settings, [office], ORIGIN), 'MedicalOrganization')!
    expect(org.logo).toEqual({
      '@type': 'ImageObject',
      '@id': 'https://clinic.example/#logo',
      url: 'https://clinic.example/logo.png',
      contentUrl: 'https://clinic.example/logo.png',
      caption: 'Caring Medical',
    })
  })

  it('has a logo file Google accepts: a PNG of at least 112 × 112, drawn from the icon', async () => {
    const png = await readFile('public/logo.png')
    const { format, width, height } = await sharp(png).metadata()
    expect({ format, width, height }).toEqual({ format: 'png', width: 512, height: 512 })
    // Still src/app/icon.svg: redraw public/logo.png when the icon changes.
    const pixels = (image: sharp.Sharp) => image.ensureAlpha().raw().toBuffer()
    const [logo, icon] = await Promise.all([
      pixels(sharp(png)),
      // The icon's viewBox is 32 wide: 72 dpi × 16 draws it at 512 px.
      pixels(sharp('src/app/icon.svg', { density: 72 * 16 }).resize(512, 512)),
    ])
    expect(logo).toHaveLength(icon.length)
    const difference = logo.reduce((sum, value, i) => sum + Math.abs(value - icon[i]), 0)
    expect(difference / logo.length).toBeLessThan(2)
  })

  it('falls back to localhost:3000 when NEXT_PUBLIC_SERVER_URL is unset', () => {
    const saved = process.env.NEXT_PUBLIC_SERVER_URL
    delete process.env.NEXT_PUBLIC_SERVER_URL
    try {
      expect(byType(siteGraph(settings, []), 'WebSite')!.url).toBe('http://localhost:3000/')
    } finally {
      if (saved !== undefined) process.env.NEXT_PUBLIC_SERVER_URL = saved
    }
  })
})

describe('medicalClinic', () => {
  it('has address, phones, geo, new patients and the page URL', () => {
    expect(medicalClinic(office, ORIGIN)).toMatchObject({
      '@type': 'MedicalClinic',
      name: 'Chicagoland Office',
      url: 'https://clinic.example/offices/chicagoland',
      telephone: '(708) 393-8266',
      faxNumber: '(855) 779-1950',
      address: { '@type': 'PostalAddress', postalCode: '60301' },
      geo: { '@type': 'GeoCoordinates', latitude: 41.888431, longitude: -87.7945127 },
      isAcceptingNewPatients: true,
    })
  })

  it('keeps coordinates exactly as stored: no decimal lost, none invented', () => {
    const geoOf = (lat: number, lng: number) =>
      JSON.parse(serializeJsonLd(officeGraph({ ...office, geo: { lat, lng } }, ORIGIN)))[
        '@graph'
      ][0].geo
    expect(geoOf(41.720153, -87.79461234)).toEqual({
      '@type': 'GeoCoordinates',
      latitude: 41.720153,
      longitude: -87.79461234,
    })
    expect(serializeJsonLd(officeGraph(office, ORIGIN))).toContain(
      '"latitude":41.888431,"longitude":-87.7945127',
    )
    expect(geoOf(41.72, -87.8)).toMatchObject({ latitude: 41.72, longitude: -87.8 })
    expect(geoOf(0, 0)).toMatchObject({ latitude: 0, longitude: 0 })
  })

  it('maps hours rows to schema.org days, dropping rows without days', () => {
    expect(openingHours(office.hours)).toEqual([
      {
        '@type': 'OpeningHoursSpecification',
        dayOfWeek: [
          'https://schema.org/Monday',
          'https://schema.org/Tuesday',
          'https://schema.org/Thursday',
        ],
        opens: '08:00',
        closes: '17:00',
      },
      {
        '@type': 'OpeningHoursSpecification',
        dayOfWeek: ['https://schema.org/Friday'],
        opens: '09:00',
        closes: '12:00',
      },
    ])
  })

  it('invents nothing: no hours, geo, fax or new-patient flag when the office has none', () => {
    const bare = medicalClinic(
      { ...office, hours: null, geo: { lat: null, lng: 2 }, fax: null, acceptingNewPatients: null },
      ORIGIN,
    )
    expect(bare).not.toHaveProperty('openingHoursSpecification')
    expect(bare).not.toHaveProperty('geo')
    expect(bare).not.toHaveProperty('faxNumber')
    expect(bare).not.toHaveProperty('isAcceptingNewPatients')
  })
})

describe('articleGraph', () => {
  const graph = articleGraph(article, ORIGIN)
  const page = byType(graph, 'MedicalWebPage')!

  it('is a MedicalWebPage with headline, description, image, dates, topics and people', () => {
    expect(page).toMatchObject({
      url: 'https://clinic.example/articles/how-stem-cells-help',
      headline: article.title,
      description: 'A summary for patients.',
      image: 'https://clinic.example/api/media/file/knee.jpg',
      datePublished: '2024-02-01T00:00:00.000Z',
      dateModified: '2024-06-01T00:00:00.000Z',
      // schema.org's lastReviewed is a Date, not a DateTime.
      lastReviewed: '2024-05-01',
      about: [{ '@type': 'Thing', name: 'Knee', url: 'https://clinic.example/topics/knee' }],
    })
    for (const person of [page.author, page.reviewedBy]) {
      expect(person).toMatchObject({
        '@type': 'IndividualPhysician',
        name: 'Ross Hauser',
        url: 'https://clinic.example/physicians/ross-hauser',
        practicesAt: [{ '@id': 'https://clinic.example/offices/chicagoland#clinic' }],
      })
    }
  })

  it('cites each populated reference as a ScholarlyArticle with DOI and PubMed links', () => {
    expect(page.citation).toEqual([
      {
        '@type': 'ScholarlyArticle',
        name: platas.title,
        headline: platas.title,
        author: [
          { '@type': 'Person', name: 'Platas J' },
          { '@type': 'Person', name: 'Guillén MI' },
        ],
        isPartOf: { '@type': 'Periodical', name: 'Aging (Albany NY)' },
        datePublished: '2016',
        url: 'https://doi.org/10.18632/aging.101007',
        sameAs: [
          'https://pubmed.ncbi.nlm.nih.gov/27470464/',
          'https://doi.org/10.18632/aging.101007',
        ],
      },
    ])
  })

  it('has breadcrumbs Home › Articles › the article', () => {
    expect(byType(graph, 'BreadcrumbList')!.itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Home', item: 'https://clinic.example/' },
      {
        '@type': 'ListItem',
        position: 2,
        name: 'Articles',
        item: 'https://clinic.example/articles',
      },
      {
        '@type': 'ListItem',
        position: 3,
        name: article.title,
        item: 'https://clinic.example/articles/how-stem-cells-help',
      },
    ])
  })
})

describe('lastReviewed', () => {
  const reviewed = (lastReviewedAt: string | null) =>
    byType(articleGraph({ ...article, lastReviewedAt }, ORIGIN), 'MedicalWebPage')!.lastReviewed

  it('is the reviewed day as YYYY-MM-DD, whatever the time stored with it', () => {
    expect(reviewed('2026-11-16T12:00:00.000Z')).toBe('2026-11-16')
    expect(reviewed('2024-02-29T23:59:59.999Z')).toBe('2024-02-29')
    expect(reviewed('2024-03-01')).toBe('2024-03-01')
  })

  it('is left out when the article has no (valid) review date', () => {
    expect(reviewed(null)).toBeUndefined()
    expect(reviewed('not a date')).toBeUndefined()
  })
})

describe('articleGraph with search-engine fields', () => {
  it('names the article by its title, and prefers the image chosen for sharing', () => {
    const shared = { ...(article.heroImage as Media), id: 99, url: '/api/media/file/shared.jpg' }
    const page = byType(
      articleGraph(
        { ...article, meta: { title: 'Stem cells and knees · Caring Medical', image: shared } },
        ORIGIN,
      ),
      'MedicalWebPage',
    )!
    expect(page.name).toBe(article.title)
    expect(page.image).toBe('https://clinic.example/api/media/file/shared.jpg')
  })
})

describe('page graphs', () => {
  const crumbNames = (graph: { '@graph': readonly unknown[] }) =>
    (byType(graph, 'BreadcrumbList')!.itemListElement as Node[]).map((item) => item.name)

  it('physician: IndividualPhysician with credentials, bio text, photo and clinics', () => {
    const graph = physicianGraph(physician, ORIGIN)
    expect(byType(graph, 'IndividualPhysician')).toMatchObject({
      name: 'Ross Hauser',
      alternateName: 'Ross Hauser, MD',
      hasCredential: { name: 'MD' },
      description: 'Treats joints </script><b> Since 1993.',
      image: 'https://clinic.example/api/media/file/ross.jpg',
      practicesAt: [{ '@id': 'https://clinic.example/offices/chicagoland#clinic' }],
    })
    expect(crumbNames(graph)).toEqual(['Home', 'Ross Hauser'])
  })

  it('topic: breadcrumbs follow the whole parent chain', () => {
    expect(crumbNames(topicGraph(meniscus, [parent, knee, meniscus], ORIGIN))).toEqual([
      'Home',
      'Prolotherapy',
      'Knee',
      'Meniscus',
    ])
    // A loop in bad data ends the chain instead of hanging.
    const a = { ...parent, parent: 2 }
    expect(crumbNames(topicGraph(knee, [a, knee], ORIGIN))).toEqual([
      'Home',
      'Prolotherapy',
      'Knee',
    ])
  })

  it('office and standalone page: clinic and breadcrumbs', () => {
    const graph = officeGraph(office, ORIGIN)
    expect(byType(graph, 'MedicalClinic')).toBeDefined()
    expect(crumbNames(graph)).toEqual(['Home', 'Offices', 'Chicagoland Office'])
    expect(crumbNames(pageGraph({ title: 'Disclaimer', slug: 'disclaimer' }, ORIGIN))).toEqual([
      'Home',
      'Disclaimer',
    ])
  })

  it('never contains Review or AggregateRating', () => {
    const all = [
      siteGraph(settings, [office], ORIGIN),
      articleGraph(article, ORIGIN),
      officeGraph(office, ORIGIN),
      physicianGraph(physician, ORIGIN),
      topicGraph(meniscus, [parent, knee, meniscus], ORIGIN),
      pageGraph({ title: 'Disclaimer', slug: 'disclaimer' }, ORIGIN),
    ]
    const json = JSON.stringify(all)
    expect(json).not.toMatch(/"(Review|AggregateRating)"/)
    expect(json).not.toMatch(/"(review|aggregateRating)":/)
  })

  it('turns Lexical rich text into plain text', () => {
    expect(lexicalText(physician.bio)).toBe('Treats joints </script><b> Since 1993.')
    expect(lexicalText(null)).toBe('')
  })

  it('makes a Home-only breadcrumb list for no crumbs', () => {
    expect(nodes({ '@graph': [breadcrumbList([], ORIGIN)] })[0].itemListElement).toHaveLength(1)
  })
})

describe('JsonLd', () => {
  it('escapes < so "</script>" in staff text cannot end the script, and parses back', () => {
    const data = physicianGraph(physician, ORIGIN)
    const text = serializeJsonLd(data)
    expect(text).not.toContain('<')
    expect(text).toContain('\\u003c/script>')
    expect(JSON.parse(text)).toEqual(data)
  })

  it('renders one application/ld+json script with the escaped JSON', () => {
    const html = renderToStaticMarkup(
      createElement(JsonLd, { data: physicianGraph(physician, ORIGIN) }),
    )
    expect(html.startsWith('<script type="application/ld+json">')).toBe(true)
    expect(html.match(/<\/script>/g)).toHaveLength(1)
    const inner = html.replace(/^<script[^>]*>/, '').replace(/<\/script>$/, '')
    expect(JSON.parse(inner)).toEqual(physicianGraph(physician, ORIGIN))
  })
})
