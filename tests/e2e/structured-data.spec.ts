import { expect, type Page, test } from '@playwright/test'

import { PAGE_TYPES } from './pages'

type Node = Record<string, unknown>

/** Every JSON-LD node on the page: each script parsed, @graph arrays flattened. */
const jsonLdNodes = async (page: Page): Promise<Node[]> => {
  const texts = await page.locator('script[type="application/ld+json"]').allTextContents()
  return texts.flatMap((text) => {
    const data = JSON.parse(text) as Node
    return (Array.isArray(data['@graph']) ? data['@graph'] : [data]) as Node[]
  })
}

const ofType = (nodes: Node[], type: string) => nodes.filter((node) => node['@type'] === type)

test.describe('structured data', () => {
  for (const { name, url, ...rest } of PAGE_TYPES) {
    test(`${name} (${url}) has WebSite and MedicalOrganization, never reviews`, async ({
      page,
    }) => {
      const response = await page.goto(url)
      expect(response?.status()).toBe('status' in rest ? rest.status : 200)
      const nodes = await jsonLdNodes(page)
      expect(ofType(nodes, 'WebSite')).toHaveLength(1)
      const [org] = ofType(nodes, 'MedicalOrganization')
      expect(org).toMatchObject({
        name: expect.any(String),
        url: expect.any(String),
        logo: { '@type': 'ImageObject', url: expect.stringMatching(/^https?:\/\/.+\/logo\.png$/) },
      })
      expect(org.location).toEqual(
        expect.arrayContaining([expect.objectContaining({ '@type': 'MedicalClinic' })]),
      )
      // Google treats a business's reviews of itself as self-serving: none, nested or not.
      const json = JSON.stringify(nodes)
      expect(json).not.toMatch(/"(Review|AggregateRating)"/)
      expect(json).not.toMatch(/"(review|aggregateRating)":/)
      if (['article', 'topic', 'physician', 'office', 'standalone page'].includes(name)) {
        const [crumbs] = ofType(nodes, 'BreadcrumbList')
        const items = crumbs.itemListElement as Node[]
        expect(items[0]).toMatchObject({ position: 1, name: 'Home' })
        expect(items.length).toBeGreaterThanOrEqual(2)
      }
    })
  }

  test('the article is a MedicalWebPage with author, dates, topics and citations', async ({
    page,
    request,
  }) => {
    await page.goto(PAGE_TYPES.find((p) => p.name === 'article')!.url)
    const [article] = ofType(await jsonLdNodes(page), 'MedicalWebPage')
    expect(article).toMatchObject({
      headline: expect.any(String),
      description: expect.any(String),
      datePublished: expect.any(String),
      dateModified: expect.any(String),
      author: { '@type': 'IndividualPhysician', name: 'Ross Hauser' },
    })
    for (const key of ['about', 'reviewedBy', 'lastReviewed']) {
      expect(article, key).toHaveProperty(key)
    }
    // schema.org's lastReviewed is a Date, not a DateTime.
    expect(article.lastReviewed).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    const citations = article.citation as Node[]
    const platas = citations.find(
      (c) => c['@type'] === 'ScholarlyArticle' && (c.author as Node[])?.[0]?.name === 'Platas J',
    )!
    expect(platas).toMatchObject({ datePublished: '2016', isPartOf: { name: 'Aging (Albany NY)' } })
    const links = [platas.url, ...((platas.sameAs as string[]) ?? [])].join(' ')
    expect(links).toContain('https://doi.org/10.18632/aging.101007')
    // A PubMed link exactly when the citation has a PMID (the seeded one has only a DOI).
    const { docs } = await (
      await request.get('/api/citations?where[doi][equals]=10.18632/aging.101007&depth=0')
    ).json()
    if (docs[0]?.pmid) expect(links).toContain(`https://pubmed.ncbi.nlm.nih.gov/${docs[0].pmid}/`)
    else expect(links).not.toContain('pubmed.ncbi.nlm.nih.gov')
  })

  test('the Chicagoland office is a MedicalClinic with its details', async ({ page, request }) => {
    await page.goto('/offices/chicagoland')
    const clinic = ofType(await jsonLdNodes(page), 'MedicalClinic').find(
      (node) => typeof node.url === 'string' && node.url.endsWith('/offices/chicagoland'),
    )!
    expect(clinic).toMatchObject({
      name: 'Chicagoland Office',
      address: { '@type': 'PostalAddress', addressLocality: 'Oak Park', postalCode: '60301' },
      telephone: '(708) 393-8266',
      faxNumber: '(855) 779-1950',
      isAcceptingNewPatients: true,
    })
    // Hours and coordinates appear exactly when the office has them (never invented); the seed
    // gives both.
    const { docs } = await (
      await request.get('/api/offices?where[slug][equals]=chicagoland&depth=0')
    ).json()
    const office = docs[0]
    expect(office.hours.length).toBeGreaterThan(0)
    expect(office.geo).toEqual({ lat: expect.any(Number), lng: expect.any(Number) })
    if (office.hours?.length) {
      expect(clinic.openingHoursSpecification).toHaveLength(office.hours.length)
      expect(JSON.stringify(clinic.openingHoursSpecification)).toContain('https://schema.org/')
    } else expect(clinic).not.toHaveProperty('openingHoursSpecification')
    if (typeof office.geo?.lat === 'number' && typeof office.geo?.lng === 'number')
      expect(clinic.geo).toEqual({
        '@type': 'GeoCoordinates',
        latitude: office.geo.lat,
        longitude: office.geo.lng,
      })
    else expect(clinic).not.toHaveProperty('geo')
    // Search engines want at least 5 decimals (about a metre); the served JSON keeps them.
    const geo = clinic.geo as { latitude: number; longitude: number }
    const decimals = (value: number) => String(value).split('.')[1]?.length ?? 0
    expect(decimals(geo.latitude)).toBeGreaterThanOrEqual(5)
    expect(decimals(geo.longitude)).toBeGreaterThanOrEqual(5)
  })

  test("the organization's logo is a PNG of at least 112 × 112 that crawlers can fetch", async ({
    page,
    request,
  }) => {
    await page.goto('/')
    const [org] = ofType(await jsonLdNodes(page), 'MedicalOrganization')
    const response = await request.get((org.logo as Node).url as string)
    expect(response.status()).toBe(200)
    expect(response.headers()['content-type']).toBe('image/png')
    // The PNG header: width and height, big-endian, at bytes 16 and 20.
    const png = await response.body()
    expect(Math.min(png.readUInt32BE(16), png.readUInt32BE(20))).toBeGreaterThanOrEqual(112)
  })

  test('the physician page is an IndividualPhysician', async ({ page }) => {
    await page.goto('/physicians/ross-hauser')
    const [physician] = ofType(await jsonLdNodes(page), 'IndividualPhysician')
    expect(physician).toMatchObject({
      name: 'Ross Hauser',
      alternateName: 'Ross Hauser, MD',
      url: expect.stringMatching(/\/physicians\/ross-hauser$/),
    })
    expect(physician.practicesAt).toEqual(
      expect.arrayContaining([{ '@id': expect.stringMatching(/\/offices\/chicagoland#clinic$/) }]),
    )
  })
})
