import { document, paragraph as para } from '@/seed/lexical'

import { rest } from './helpers/http'
import { startPayload, type TestContext } from './helpers/payload'

let ctx: TestContext

beforeAll(async () => {
  ctx = await startPayload()
})

afterAll(async () => {
  await ctx?.stop()
})

const errorsOf = (body: any) =>
  (body?.errors?.[0]?.data?.errors ?? []) as Array<{ path: string; message: string }>

describe('header and footer menus', () => {
  it.each(['header', 'footer'])('%s: anyone reads it, only staff change it', async (slug) => {
    const read = await rest(ctx.config, 'GET', `globals/${slug}`)
    expect(read.status).toBe(200)
    const body = { navItems: [{ link: { label: 'Offices', type: 'custom', url: '/offices' } }] }
    const anonymous = await rest(ctx.config, 'POST', `globals/${slug}`, { body })
    expect(anonymous.status).toBe(403)
    const editor = await rest(ctx.config, 'POST', `globals/${slug}`, {
      token: ctx.editor.token,
      body,
    })
    expect(editor.status).toBe(200)
    const after = await rest(ctx.config, 'GET', `globals/${slug}`)
    expect(after.body.navItems.map((item: any) => item.link.label)).toEqual(['Offices'])
  })

  it.each(['javascript:alert(1)', 'data:text/html,hi', 'offices', '//evil.example'])(
    'refuses the address %p and keeps the menu as it was',
    async (url) => {
      const before = await rest(ctx.config, 'GET', 'globals/header')
      const response = await rest(ctx.config, 'POST', 'globals/header', {
        token: ctx.editor.token,
        body: { navItems: [{ link: { label: 'Bad', type: 'custom', url } }] },
      })
      expect(response.status).toBe(400)
      expect(errorsOf(response.body).map((error) => error.path)).toEqual(['navItems.0.link.url'])
      const after = await rest(ctx.config, 'GET', 'globals/header')
      expect(after.body.navItems).toEqual(before.body.navItems)
    },
  )

  it('refuses an internal link without a page, or to a page that does not exist', async () => {
    const missing = await rest(ctx.config, 'POST', 'globals/footer', {
      token: ctx.editor.token,
      body: { navItems: [{ link: { label: 'Nowhere', type: 'internal' } }] },
    })
    expect(missing.status).toBe(400)
    expect(errorsOf(missing.body).map((error) => error.path)).toEqual(['navItems.0.link.reference'])

    const ghost = await rest(ctx.config, 'POST', 'globals/footer', {
      token: ctx.editor.token,
      body: {
        navItems: [
          {
            link: {
              label: 'Ghost',
              type: 'internal',
              reference: { relationTo: 'pages', value: 987654 },
            },
          },
        ],
      },
    })
    expect(ghost.status).toBe(400)
    expect(errorsOf(ghost.body).map((error) => error.path)).toEqual(['navItems.0.link.reference'])
  })

  it('never shows visitors an unpublished page through a menu link', async () => {
    const page = await ctx.payload.create({
      collection: 'pages',
      data: {
        title: 'Secret plans',
        _status: 'published',
        content: document(para('Soon.')),
      } as never,
    })
    await ctx.payload.updateGlobal({
      slug: 'footer',
      data: {
        navItems: [
          {
            link: {
              label: 'Plans',
              type: 'internal',
              reference: { relationTo: 'pages', value: page.id },
            },
          },
        ],
      } as never,
    })
    const published = await rest(ctx.config, 'GET', 'globals/footer?depth=1')
    expect(JSON.stringify(published.body)).toContain('Secret plans')

    await ctx.payload.update({
      collection: 'pages',
      id: page.id,
      data: { _status: 'draft' } as never,
    })
    const unpublished = await rest(ctx.config, 'GET', 'globals/footer?depth=1')
    expect(JSON.stringify(unpublished.body)).not.toContain('Secret plans')
  })
})

describe('site settings', () => {
  it('links a disclaimer page and refuses one that does not exist', async () => {
    const ok = await rest(ctx.config, 'POST', 'globals/site-settings', {
      token: ctx.editor.token,
      body: { siteName: 'Caring Medical', disclaimerPage: 987654 },
    })
    expect(ok.status).toBe(400)
    expect(errorsOf(ok.body).map((error) => error.path)).toEqual(['disclaimerPage'])
  })
})

describe('calls to action and the home page', () => {
  const cta = (heading: string, url = '/contact') => ({
    heading,
    link: { label: 'Get a second opinion', type: 'custom', url },
  })

  it.each(['calls-to-action', 'home-page'])(
    '%s: anyone reads it, only staff change it',
    async (slug) => {
      const body =
        slug === 'home-page' ? { heading: 'Welcome home' } : { sidebar: [cta('Surgery?')] }
      expect((await rest(ctx.config, 'GET', `globals/${slug}`)).status).toBe(200)
      expect((await rest(ctx.config, 'POST', `globals/${slug}`, { body })).status).toBe(403)
      const editor = await rest(ctx.config, 'POST', `globals/${slug}`, {
        token: ctx.editor.token,
        body,
      })
      expect(editor.status).toBe(200)
      const after = (await rest(ctx.config, 'GET', `globals/${slug}`)).body
      expect(slug === 'home-page' ? after.heading : after.sidebar[0].heading).toBe(
        slug === 'home-page' ? 'Welcome home' : 'Surgery?',
      )
    },
  )

  it.each([
    ['a call to action without a heading', { sidebar: [cta('')] }, 'sidebar.0.heading'],
    [
      'a script address',
      { sidebar: [cta('Surgery?', 'javascript:alert(1)')] },
      'sidebar.0.link.url',
    ],
    ['a fifth sidebar box', { sidebar: [1, 2, 3, 4, 5].map((n) => cta(`Box ${n}`)) }, 'sidebar'],
    ['seven reviews', { reviewsCount: 7 }, 'reviewsCount'],
    ['a negative review count', { reviewsCount: -1 }, 'reviewsCount'],
    [
      'a contact button without a target',
      { contactLink: { label: 'Write to us', type: 'custom', url: '' } },
      'contactLink.url',
    ],
  ])('refuses %s and keeps what was there', async (_, body, path) => {
    const before = await rest(ctx.config, 'GET', 'globals/calls-to-action')
    const response = await rest(ctx.config, 'POST', 'globals/calls-to-action', {
      token: ctx.editor.token,
      body,
    })
    expect(response.status).toBe(400)
    expect(errorsOf(response.body).map((error) => error.path)).toContain(path)
    const after = await rest(ctx.config, 'GET', 'globals/calls-to-action')
    expect(after.body).toEqual(before.body)
  })

  it('refuses a featured article that does not exist', async () => {
    const response = await rest(ctx.config, 'POST', 'globals/home-page', {
      token: ctx.editor.token,
      body: { heading: 'Welcome', featuredArticles: [987654] },
    })
    expect(response.status).toBe(400)
    expect(errorsOf(response.body).map((error) => error.path)).toEqual(['featuredArticles'])
  })

  it('refuses an inline call to action with a script address in an article', async () => {
    const physician = await ctx.payload.create({
      collection: 'physicians',
      data: { name: 'Jane Doe', credentials: 'MD' } as never,
    })
    const before = (await ctx.payload.count({ collection: 'articles' })).totalDocs
    const block = {
      type: 'block',
      version: 2,
      format: '',
      fields: {
        id: 'abc123',
        blockName: '',
        blockType: 'callToAction',
        heading: 'Click me',
        link: { label: 'Go', type: 'custom', url: 'javascript:alert(1)' },
      },
    }
    const response = await rest(ctx.config, 'POST', 'articles', {
      token: ctx.editor.token,
      body: {
        title: 'A bad button',
        author: physician.id,
        _status: 'published',
        content: { root: { ...document(para('Hi')).root, children: [block] } },
      },
    })
    expect(response.status).toBe(400)
    expect(JSON.stringify(response.body)).toMatch(/address|url/i)
    expect((await ctx.payload.count({ collection: 'articles' })).totalDocs).toBe(before)
  })
})
