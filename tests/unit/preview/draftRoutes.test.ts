import { readdirSync, statSync } from 'node:fs'
import path from 'node:path'

import { DRAFT_ROUTES, matchDraftRoute } from '@/preview/draftRoutes'

const frontend = path.join(process.cwd(), 'src/app/(frontend)')

/** Every public page route, as its segments: `articles/[slug]/page.tsx` → ['articles', '[slug]']. */
const publicPages = (dir = frontend, segments: string[] = []): string[][] =>
  readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name)
    if (statSync(full).isDirectory()) {
      // Site machinery (preview, exit, sitemaps, the WordPress query link) and the sharing cards
      // are not pages an editor previews.
      if (segments.length === 0 && (name === 'next' || name === 'og')) return []
      return publicPages(full, [...segments, name])
    }
    return name === 'page.tsx' ? [segments] : []
  })

describe('draft addresses', () => {
  it('show every public page: none is missing from the table', () => {
    const covered = DRAFT_ROUTES.map((route) =>
      route.pattern.map((part) => (part === ':slug' ? '[slug]' : part)).join('/'),
    )
    const missing = publicPages()
      .filter((segments) => !segments.includes('[...path]'))
      .map((segments) => segments.join('/'))
      .filter((route) => !covered.includes(route))
    expect(missing).toEqual([])
  })

  it.each([
    [[], 'home', {}],
    [['articles'], 'articles', {}],
    [['articles', 'knee-pain'], 'article', { slug: 'knee-pain' }],
    [['topics', 'sports'], 'topic', { slug: 'sports' }],
    [['physicians', 'dr-lee'], 'physician', { slug: 'dr-lee' }],
    [['offices'], 'offices', {}],
    [['offices', 'downtown'], 'office', { slug: 'downtown' }],
    [['reviews'], 'reviews', {}],
    [['search'], 'search', {}],
    [['contact'], 'contact', {}],
    [['new-patients'], 'standalone', { slug: 'new-patients' }],
  ])('%j is the %s page', (segments, page, params) => {
    expect(matchDraftRoute(segments)).toEqual({ page, params })
  })

  it.each([[['articles', 'x', 'y']], [['2019', '05', 'knee-pain']], [['offices', 'a', 'b']]])(
    '%j is what the public catch-all answers (a redirect or the 404 page)',
    (segments) => {
      expect(matchDraftRoute(segments)).toEqual({
        page: 'movedOrMissing',
        params: { path: segments },
      })
    },
  )
})
