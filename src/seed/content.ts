import type { Citation, Office, Review, Topic } from '@/payload-types'

// Facts (names, addresses, numbers, citation metadata) come from the page we replace;
// every sentence of prose is our own.

export const siteSettings = {
  siteName: 'Caring Medical',
  tagline: 'Prolotherapy and regenerative medicine for joint and spine pain',
  footerNote:
    'National Prolotherapy centers specializing in comprehensive Prolotherapy, stem cell therapy and platelet rich plasma.',
  copyright: 'Caring Medical. All rights reserved.',
}

export const topics: Array<Pick<Topic, 'name' | 'slug' | 'description'> & { parentSlug?: string }> =
  [
    {
      name: 'Prolotherapy',
      slug: 'prolotherapy',
      description:
        'Injection treatments that aim to help the body repair weakened ligaments, tendons and joints.',
    },
    {
      name: 'Knee',
      slug: 'knee',
      parentSlug: 'prolotherapy',
      description:
        'Knee pain, cartilage wear and osteoarthritis, and the non-surgical options for them.',
    },
  ]

type SeedOffice = Omit<Office, 'id' | 'createdAt' | 'updatedAt' | 'generateSlug'>

const NETWORK_NOTE = 'We are an out-of-network provider.'

// The old site lists no opening hours: these are demo hours for staff to replace. The map
// positions are those of the street addresses.
const DEMO_HOURS: SeedOffice['hours'] = [
  {
    days: ['Monday', 'Tuesday', 'Wednesday', 'Thursday'],
    opens: '08:00',
    closes: '17:00',
  },
  { days: ['Friday'], opens: '08:00', closes: '12:00' },
]

export const offices: SeedOffice[] = [
  {
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
    hours: DEMO_HOURS,
    geo: { lat: 41.88822, lng: -87.79453 },
    networkNote: NETWORK_NOTE,
    acceptingNewPatients: true,
    order: 1,
  },
  {
    name: 'Southwest Florida Office',
    slug: 'southwest-florida',
    address: {
      street: '9738 Commerce Center Ct.',
      city: 'Fort Myers',
      state: 'FL',
      postalCode: '33908',
      country: 'US',
    },
    phone: '(239) 303-4069',
    fax: '(855) 779-1950',
    hours: DEMO_HOURS,
    geo: { lat: 26.53361, lng: -81.87134 },
    networkNote: NETWORK_NOTE,
    acceptingNewPatients: true,
    order: 2,
  },
]

export const physician = {
  name: 'Ross Hauser',
  credentials: 'MD',
  slug: 'ross-hauser',
  jobTitle: 'Physician, Caring Medical',
  bioText:
    'Dr. Hauser treats chronic joint, ligament and spine pain with Prolotherapy and other regenerative injection techniques. He sees patients at our offices in Oak Park, Illinois and Fort Myers, Florida, and writes many of the articles on this site.',
}

export const platasCitation: Omit<Citation, 'id' | 'createdAt' | 'updatedAt' | 'formatted'> = {
  authors: [
    { family: 'Platas', given: 'J' },
    { family: 'Guillén', given: 'MI' },
    { family: 'del Caz', given: 'MDP' },
    { family: 'Gomar', given: 'F' },
    { family: 'Castejón', given: 'MA' },
    { family: 'Mirabet', given: 'V' },
    { family: 'Alcaraz', given: 'MJ' },
  ],
  moreAuthors: false,
  title:
    'Paracrine effects of human adipose-derived mesenchymal stem cells in inflammatory stress-induced senescence features of osteoarthritic chondrocytes',
  journal: 'Aging (Albany NY)',
  year: 2016,
  volume: '8',
  issue: '8',
  pages: '1703-1717',
  doi: '10.18632/aging.101007',
}

export const ARTICLE_SLUG = 'how-stem-cells-help-fix-a-broken-healing-cycle'

export const reviews: Array<
  Omit<Review, 'id' | 'createdAt' | 'updatedAt' | 'office'> & { officeSlug?: string }
> = [
  {
    reviewerName: 'Linda M.',
    recommends: true,
    body: 'After two years of knee pain I was told surgery was my only option. The team here took the time to examine me properly and explain every step. I am walking my dog again.',
    reviewedAt: '2026-09-14T12:00:00.000Z',
    source: 'facebook',
    status: 'approved',
    featured: true,
    officeSlug: 'chicagoland',
  },
  {
    reviewerName: 'George T.',
    rating: 5,
    body: 'Friendly front desk, no rushing, and the doctor answered all of my questions about my shoulder. Worth the drive.',
    reviewedAt: '2026-10-02T12:00:00.000Z',
    source: 'website',
    status: 'approved',
    featured: false,
    officeSlug: 'southwest-florida',
  },
  {
    reviewerName: 'Patricia R.',
    rating: 4,
    body: 'Improvement took a few visits, but my lower back is much better than it was in the spring. Clear instructions after each treatment.',
    reviewedAt: '2026-10-20T12:00:00.000Z',
    source: 'website',
    status: 'approved',
    featured: false,
    officeSlug: 'chicagoland',
  },
  {
    reviewerName: 'Maria G.',
    rating: 5,
    body: 'I came in with a hip that had kept me off the tennis court for a year and a stack of scans from two other practices. The doctor went through every image with me, explained why he thought my pain came from the tendon rather than the joint, and gave me a plan with clear checkpoints instead of a promise. The nurses answered the phone every time I called with a question, and nobody ever made me feel rushed. Four months later I am playing doubles again.',
    reviewedAt: '2026-08-30T12:00:00.000Z',
    source: 'google',
    status: 'approved',
    featured: false,
    officeSlug: 'southwest-florida',
  },
  {
    reviewerName: 'Robert D.',
    recommends: true,
    body: 'Honest advice about my knee and no pressure to book anything. Recommended.',
    reviewedAt: '2026-07-12T12:00:00.000Z',
    source: 'facebook',
    status: 'approved',
    featured: false,
    officeSlug: 'chicagoland',
  },
  {
    reviewerName: 'Sam K.',
    rating: 5,
    body: 'Just had my first consultation. Very thorough. I will write more once treatment is underway.',
    reviewedAt: '2026-11-18T12:00:00.000Z',
    source: 'website',
    status: 'pending',
    featured: false,
  },
]
