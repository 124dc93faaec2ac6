import sharp from 'sharp'

import { startPayload, type TestContext } from './helpers/payload'
import { articleData, createBasics, type ID, officeData, pngFile } from './helpers/fixtures'
import { rest } from './helpers/http'

// The `meta` group on every public collection, the admin's suggestion endpoint, the generated
// 1200×630 cards and how uploads get (or do not get) their Open Graph size.

let ctx: TestContext
let card: typeof import('@/app/(frontend)/og/[collection]/[slug]/route')
let meta: typeof import('@/seo/metaDefaults')
let officeId: ID
let articleSlug: string
let draftSlug: string

const image = async (width: number, height: number, name: string) => {
  const data = await sharp({
    create: { width, height, channels: 3, background: { r: 13, g: 79, b: 92 } },
  })
    .jpeg()
    .toBuffer()
  return { data, mimetype: 'image/jpeg', name, size: data.length }
}

const getCard = (collection: string, slug: string) =>
  card.GET(new Request(`http://localhost:3000/og/${collection}/${slug}`), {
    params: Promise.resolve({ collection, slug }),
  })

beforeAll(async () => {
  ctx = await startPayload()
  card = await import('@/app/(frontend)/og/[collection]/[slug]/route')
  meta = await import('@/seo/metaDefaults')
  const { payload } = ctx
  await payload.updateGlobal({
    slug: 'site-settings',
    data: { siteName: 'Test Clinic', tagline: 'Careful answers for sore joints' } as never,
  })
  const office = await payload.create({
    collection: 'offices',
    data: officeData({ name: 'Lakeside Office' }) as never,
  })
  officeId = office.id
  const basics = await createBasics(payload)
  const article = await payload.create({
    collection: 'articles',
    data: articleData(basics, { title: 'Knee pain explained' }) as never,
  })
  articleSlug = article.slug
  const draft = await payload.create({
    collection: 'articles',
    draft: true,
    data: articleData(basics, { title: 'Secret draft title', _status: 'draft' }) as never,
  })
  draftSlug = draft.slug
})

afterAll(async () => {
  await ctx?.stop()
})

describe('the meta group', () => {
  it.each(['physicians', 'offices', 'topics'] as const)(
    'is stored on %s like on articles and pages',
    async (collection) => {
      const { payload } = ctx
      const upload = await payload.create({
        collection: 'media',
        data: { alt: 'Shared image' },
        file: await pngFile(),
      })
      const data =
        collection === 'physicians'
          ? { name: 'Meta Doctor' }
          : collection === 'offices'
            ? officeData()
            : { name: 'Meta Topic' }
      const doc = await payload.create({
        collection,
        data: {
          ...data,
          meta: { title: 'Own title', description: 'Own description.', image: upload.id },
        } as never,
      })
      const read = await rest(ctx.config, 'GET', `${collection}/${doc.id}?depth=0`)
      expect(read.status).toBe(200)
      expect(read.body.meta).toEqual({
        title: 'Own title',
        description: 'Own description.',
        image: upload.id,
      })
    },
  )

  it('refuses a meta title over 70 characters with a message on that field', async () => {
    const response = await rest(ctx.config, 'POST', 'topics', {
      token: ctx.editor.token,
      body: { name: 'Long meta', meta: { title: 'x'.repeat(71) } },
    })
    expect(response.status).toBe(400)
    expect(response.body.errors[0].data.errors).toEqual([
      expect.objectContaining({ path: 'meta.title' }),
    ])
  })
})

describe('POST /api/<collection>/meta-defaults', () => {
  it('is for staff only', async () => {
    const response = await rest(ctx.config, 'POST', 'physicians/meta-defaults', {
      body: { data: { name: 'Ann Lee' } },
    })
    expect(response.status).toBe(401)
    expect(response.body.errors[0].message).toMatch(/staff/)
  })

  it('explains a body that is not { data: {…} }', async () => {
    for (const body of [{ name: 'Ann Lee' }, { data: [1] }, { data: 'x' }]) {
      const response = await rest(ctx.config, 'POST', 'physicians/meta-defaults', {
        token: ctx.editor.token,
        body,
      })
      expect(response.status).toBe(400)
      expect(response.body.errors[0].message).toMatch(/\{ "data"/)
    }
  })

  it("suggests the title and description from the form's data, naming related offices", async () => {
    const response = await rest(ctx.config, 'POST', 'physicians/meta-defaults', {
      token: ctx.editor.token,
      // Ids as the admin's form holds them; an unknown and a malformed one are ignored.
      body: {
        data: { name: 'Ann Lee', credentials: 'MD', offices: [officeId, 987654, 'x y'] },
      },
    })
    expect(response.status).toBe(200)
    expect(response.body).toEqual({
      title: 'Ann Lee, MD · Test Clinic',
      description: 'Ann Lee, MD sees patients at the Lakeside Office in Oak Park, IL.',
    })
  })

  it('gives the same defaults the pages use', async () => {
    const data = { name: 'Downtown Office', phone: '(708) 393-8266', address: { city: 'Oak Park' } }
    const response = await rest(ctx.config, 'POST', 'offices/meta-defaults', {
      token: ctx.editor.token,
      body: { data },
    })
    expect(response.body).toEqual(
      meta.metaDefaults('offices', { ...data, slug: 'x' } as never, { siteName: 'Test Clinic' }),
    )
    expect(response.body.description).toBe(
      'Downtown Office of Test Clinic at Oak Park. Call (708) 393-8266 for an appointment.',
    )
  })
})

describe('GET /og/<collection>/<slug>', () => {
  it('draws a 1200×630 PNG for a published document, cacheable', async () => {
    const response = await getCard('articles', articleSlug)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('image/png')
    expect(response.headers.get('cache-control')).toMatch(/^public, max-age=\d+/)
    const { width, height, format } = await sharp(
      Buffer.from(await response.arrayBuffer()),
    ).metadata()
    expect({ width, height, format }).toEqual({ width: 1200, height: 630, format: 'png' })
  })

  it('draws the listing cards it knows', async () => {
    expect((await getCard('site', 'home')).status).toBe(200)
    expect((await getCard('site', 'reviews')).status).toBe(200)
  })

  it('has no card for drafts, unknown documents or collections, or odd slugs', async () => {
    for (const [collection, slug] of [
      ['articles', draftSlug],
      ['articles', 'no-such-article'],
      ['users', 'anyone'],
      ['site', 'toString'],
      ['site', 'anything'],
      ['articles', 'Knee%20pain'],
      ['articles', 'x'.repeat(121)],
    ]) {
      const response = await getCard(collection, slug)
      expect(response.status).toBe(404)
      expect(response.headers.get('cache-control')).toBe('no-store')
    }
  })
})

describe('the og size of uploads', () => {
  it('is made at exactly 1200×630 from an image at least that large', async () => {
    const upload = await ctx.payload.create({
      collection: 'media',
      data: { alt: 'Large' },
      file: await image(1600, 900, 'large.jpg'),
    })
    expect(upload.sizes?.og).toMatchObject({ width: 1200, height: 630 })
    expect(meta.ogImageOf(upload)).toEqual({
      url: upload.sizes!.og!.url,
      width: 1200,
      height: 630,
      alt: 'Large',
    })
  })

  it('is missing for a smaller image (Payload never enlarges), so pages use the card', async () => {
    const upload = await ctx.payload.create({
      collection: 'media',
      data: { alt: 'Small' },
      file: await image(640, 400, 'small.jpg'),
    })
    expect(upload.sizes?.og?.url ?? null).toBeNull()
    expect(meta.ogImageOf(upload)).toBeUndefined()
    const physician = await ctx.payload.create({
      collection: 'physicians',
      data: { name: 'Small Portrait', photo: upload.id } as never,
    })
    expect(
      meta.defaultImage('physicians', { ...physician, photo: upload }, { siteName: 'Test Clinic' })
        .url,
    ).toMatch(/^\/og\/physicians\/small-portrait\?v=/)
  })
})

describe('JSON-LD from stored documents', () => {
  it("keeps every decimal of an office's coordinates, from the API to the MedicalClinic", async () => {
    // Saved as the admin saves it (REST, as staff), read as the pages read it (src/data).
    const saved = await rest(ctx.config, 'POST', 'offices', {
      token: ctx.editor.token,
      body: officeData({ name: 'Precise Office', geo: { lat: 41.720153, lng: -87.79461234 } }),
    })
    expect(saved.status).toBe(201)
    const coarse = await ctx.payload.create({
      collection: 'offices',
      data: officeData({ name: 'Coarse Office', geo: { lat: 41.72, lng: -87.8 } }) as never,
    })
    const { getOffice, getOffices } = await import('@/data')
    const { officeGraph, serializeJsonLd, siteGraph } = await import('@/seo/structuredData')
    const office = (await getOffice(saved.body.doc.slug))!
    expect(serializeJsonLd(officeGraph(office))).toContain(
      '"geo":{"@type":"GeoCoordinates","latitude":41.720153,"longitude":-87.79461234}',
    )
    // The layout's MedicalOrganization lists every office with the same numbers; none invented.
    const site = serializeJsonLd(siteGraph({ id: 1, siteName: 'Test Clinic' }, await getOffices()))
    expect(site).toContain('"latitude":41.720153,"longitude":-87.79461234')
    expect(site).toContain('"latitude":41.72,"longitude":-87.8}')
    expect(coarse.geo).toEqual({ lat: 41.72, lng: -87.8 })
  })
})
