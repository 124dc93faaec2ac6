import type { CollectionSlug } from 'payload'

import { formatAma } from '@/citations/formatAma'
import type { Article, Citation, Office, Physician, Topic } from '@/payload-types'
import { seed, seedIfEmpty, type SeedReport } from '@/seed'
import { ARTICLE_SLUG } from '@/seed/content'

import type { ID } from './helpers/fixtures'
import { startPayload, type TestContext } from './helpers/payload'

/**
 * `npm run seed` creates the clinic of the seed page, and is idempotent: running it again
 * creates nothing, changes nothing and never deletes what staff made or edited.
 */

let ctx: TestContext
let first: SeedReport

const SEEDED: CollectionSlug[] = [
  'topics',
  'offices',
  'physicians',
  'citations',
  'media',
  'articles',
  'reviews',
  'pages',
  'forms',
]

/** Every document's id and updatedAt, per collection. */
const snapshot = async () => {
  const result: Record<string, Array<[string, string]>> = {}
  for (const collection of SEEDED) {
    const { docs } = await ctx.payload.find({
      collection,
      pagination: false,
      depth: 0,
      draft: true,
      sort: 'createdAt',
    })
    result[collection] = (docs as Array<{ id: ID; updatedAt: string }>).map((doc) => [
      String(doc.id),
      String(doc.updatedAt),
    ])
  }
  for (const slug of [
    'site-settings',
    'header',
    'footer',
    'calls-to-action',
    'home-page',
  ] as const) {
    const global = await ctx.payload.findGlobal({ slug, depth: 0 })
    result[slug] = [['global', String(global.updatedAt)]]
  }
  return result
}

const one = async <T>(collection: CollectionSlug, where: object) => {
  const { docs } = await ctx.payload.find({
    collection,
    where: where as never,
    depth: 0,
    limit: 2,
  })
  expect(docs).toHaveLength(1)
  return docs[0] as T
}

beforeAll(async () => {
  ctx = await startPayload({ staff: false })
  first = await seed(ctx.payload)
})

afterAll(async () => {
  await ctx?.stop()
})

describe('on an empty database', () => {
  it('reports what it created', () => {
    expect(first.kept).toEqual([])
    expect(first.created).toEqual([
      'topic Prolotherapy',
      'topic Knee',
      'office Chicagoland Office',
      'office Southwest Florida Office',
      'physician Ross Hauser',
      'citation Platas et al. 2016',
      'article “How stem cells help fix a broken healing cycle”',
      'review by Linda M.',
      'review by George T.',
      'review by Patricia R.',
      'review by Maria G.',
      'review by Robert D.',
      'review by Sam K.',
      'page Disclaimer',
      'site settings',
      'page New patients',
      'header menu',
      'footer menu',
      'form “How can we help you?”',
      'calls-to-action',
      'home-page',
    ])
  })

  it('creates Ross Hauser, MD', async () => {
    const physician = await one<Physician>('physicians', { slug: { equals: 'ross-hauser' } })
    expect([physician.name, physician.credentials]).toEqual(['Ross Hauser', 'MD'])
    expect(physician.offices).toHaveLength(2)
  })

  it('creates the topics Prolotherapy › Knee', async () => {
    const prolotherapy = await one<Topic>('topics', { slug: { equals: 'prolotherapy' } })
    const knee = await one<Topic>('topics', { slug: { equals: 'knee' } })
    expect(prolotherapy.name).toBe('Prolotherapy')
    expect(prolotherapy.parent ?? null).toBeNull()
    expect(knee.name).toBe('Knee')
    expect(String(knee.parent)).toBe(String(prolotherapy.id))
  })

  it('creates both offices with the addresses, numbers and network note of the seed page', async () => {
    const { docs } = await ctx.payload.find({ collection: 'offices', sort: 'order', depth: 0 })
    const shape = (office: Office) => ({
      name: office.name,
      slug: office.slug,
      address: {
        street: office.address.street,
        suite: office.address.suite ?? null,
        city: office.address.city,
        state: office.address.state,
        postalCode: office.address.postalCode,
        country: office.address.country,
      },
      phone: office.phone,
      fax: office.fax,
      networkNote: office.networkNote,
    })
    expect(docs.map(shape)).toEqual([
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
        networkNote: 'We are an out-of-network provider.',
      },
      {
        name: 'Southwest Florida Office',
        slug: 'southwest-florida',
        address: {
          street: '9738 Commerce Center Ct.',
          suite: null,
          city: 'Fort Myers',
          state: 'FL',
          postalCode: '33908',
          country: 'US',
        },
        phone: '(239) 303-4069',
        fax: '(855) 779-1950',
        networkNote: 'We are an out-of-network provider.',
      },
    ])
  })

  it('creates the Platas 2016 citation with its DOI and no invented PMID', async () => {
    const citation = await one<Citation>('citations', { doi: { equals: '10.18632/aging.101007' } })
    expect(citation.authors?.map(({ family, given }) => `${family} ${given}`)).toEqual([
      'Platas J',
      'Guillén MI',
      'del Caz MDP',
      'Gomar F',
      'Castejón MA',
      'Mirabet V',
      'Alcaraz MJ',
    ])
    expect([
      citation.journal,
      citation.year,
      citation.volume,
      citation.issue,
      citation.pages,
    ]).toEqual(['Aging (Albany NY)', 2016, '8', '8', '1703-1717'])
    expect(citation.pmid ?? null).toBeNull()
    expect(citation.pmcid ?? null).toBeNull()
    expect(citation.formatted).toBe(
      'Platas J, Guillén MI, del Caz MDP, et al. Paracrine effects of human adipose-derived mesenchymal stem cells in inflammatory stress-induced senescence features of osteoarthritic chondrocytes. Aging (Albany NY). 2016;8(8):1703-1717. doi:10.18632/aging.101007',
    )
    expect(citation.formatted).toBe(formatAma(citation))
  })

  it('creates one published article that cites the paper inline', async () => {
    const article = await ctx.payload.find({
      collection: 'articles',
      where: { slug: { equals: ARTICLE_SLUG } },
      overrideAccess: false,
      depth: 0,
    })
    expect(article.docs).toHaveLength(1)
    const doc = article.docs[0] as Article
    expect(doc._status).toBe('published')
    expect(doc.heroImage).toBeTruthy()
    const citation = await one<Citation>('citations', { doi: { equals: '10.18632/aging.101007' } })
    const physician = await one<Physician>('physicians', { slug: { equals: 'ross-hauser' } })
    expect(String(doc.author)).toBe(String(physician.id))

    const cites: unknown[] = []
    const walk = (node: {
      type?: string
      fields?: { blockType?: string; citation?: unknown }
      children?: unknown[]
    }) => {
      if (node.type === 'inlineBlock' && node.fields?.blockType === 'cite')
        cites.push(node.fields.citation)
      node.children?.forEach((child) => walk(child as never))
    }
    walk(doc.content.root as never)
    expect(cites.length).toBeGreaterThanOrEqual(1)
    expect(cites.map(String)).toEqual(cites.map(() => String(citation.id)))
  })

  it('creates approved and pending reviews; visitors see only the approved ones', async () => {
    const all = await ctx.payload.find({ collection: 'reviews', pagination: false, depth: 0 })
    const statuses = all.docs.map((review) => review.status)
    expect(statuses).toContain('approved')
    expect(statuses).toContain('pending')
    const visible = await ctx.payload.find({
      collection: 'reviews',
      overrideAccess: false,
      depth: 0,
    })
    expect(visible.totalDocs).toBe(statuses.filter((status) => status === 'approved').length)
  })

  it('creates the disclaimer page and the contact form', async () => {
    const page = await ctx.payload.find({
      collection: 'pages',
      where: { slug: { equals: 'disclaimer' } },
      overrideAccess: false,
    })
    expect(page.docs.map((doc) => doc.title)).toEqual(['Disclaimer'])
    const form = await one<{ title: string; fields: Array<{ name: string; required?: boolean }> }>(
      'forms',
      { title: { equals: 'How can we help you?' } },
    )
    expect(form.fields.map((field) => field.name)).toEqual(
      expect.arrayContaining(['firstName', 'lastName', 'email', 'phone', 'symptoms', 'office']),
    )
  })

  it('fills the calls to action and the home page with links that lead somewhere', async () => {
    const calls = await ctx.payload.findGlobal({
      slug: 'calls-to-action',
      depth: 1,
      overrideAccess: false,
    })
    expect(calls.sidebar?.map((item) => item.heading)).toEqual([
      'Were you recommended surgery?',
      'New to our clinic?',
    ])
    // The second links to the published "New patients" page, populated for visitors.
    const reference = calls.sidebar?.[1].link.reference?.value
    expect(typeof reference === 'object' && reference?.slug).toBe('new-patients')
    expect(calls.contactLink?.url).toBe('/contact')

    const home = await ctx.payload.findGlobal({
      slug: 'home-page',
      depth: 1,
      overrideAccess: false,
    })
    expect(home.heading).toBeTruthy()
    expect(
      home.featuredArticles?.map((article) => typeof article === 'object' && article.slug),
    ).toEqual([ARTICLE_SLUG])
  })
})

describe('running it again', () => {
  it('creates nothing and changes nothing', async () => {
    const before = await snapshot()
    const again = await seed(ctx.payload)
    expect(again.created).toEqual([])
    expect(again.kept).toEqual(first.created)
    expect(await snapshot()).toEqual(before)
  })

  it('keeps what staff edited, and never deletes what staff added', async () => {
    const office = await one<Office>('offices', { slug: { equals: 'chicagoland' } })
    await ctx.payload.update({
      collection: 'offices',
      id: office.id,
      data: { phone: '(708) 555-0100' },
    })
    await ctx.payload.updateGlobal({ slug: 'site-settings', data: { tagline: 'Our own tagline' } })
    const extraTopic = await ctx.payload.create({
      collection: 'topics',
      data: { name: 'Shoulder' } as never,
    })
    const counts = async () =>
      Object.fromEntries(
        await Promise.all(
          SEEDED.map(async (collection) => [
            collection,
            (await ctx.payload.count({ collection })).totalDocs,
          ]),
        ),
      )
    const before = await counts()
    const snapshotBefore = await snapshot()

    const again = await seed(ctx.payload)

    expect(again.created).toEqual([])
    expect(await counts()).toEqual(before)
    expect(await snapshot()).toEqual(snapshotBefore)
    const stored = await ctx.payload.findByID({ collection: 'offices', id: office.id as ID })
    expect(stored.phone).toBe('(708) 555-0100')
    expect((await ctx.payload.findGlobal({ slug: 'site-settings' })).tagline).toBe(
      'Our own tagline',
    )
    expect(await ctx.payload.findByID({ collection: 'topics', id: extraTopic.id })).toBeTruthy()
  })

  it('start-up seeding leaves a database with content alone', async () => {
    const before = await snapshot()
    await seedIfEmpty(ctx.payload)
    expect(await snapshot()).toEqual(before)
  })
})
