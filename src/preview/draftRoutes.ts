/**
 * Which public page a draft address shows. A draft address is a public path under
 * `/next/draft` (src/preview/draftAddress.ts); its route renders the same page component the
 * public route does, per request and for the signed-in editor, so the public routes themselves
 * never read drafts and never ship the preview bar.
 *
 * Order matters as in Next's own routing: fixed segments before dynamic ones.
 */
export const DRAFT_ROUTES = [
  { page: 'home', pattern: [] },
  { page: 'articles', pattern: ['articles'] },
  { page: 'offices', pattern: ['offices'] },
  { page: 'reviews', pattern: ['reviews'] },
  { page: 'search', pattern: ['search'] },
  { page: 'contact', pattern: ['contact'] },
  { page: 'article', pattern: ['articles', ':slug'] },
  { page: 'topic', pattern: ['topics', ':slug'] },
  { page: 'physician', pattern: ['physicians', ':slug'] },
  { page: 'office', pattern: ['offices', ':slug'] },
  { page: 'standalone', pattern: [':slug'] },
] as const

export type DraftPage = (typeof DRAFT_ROUTES)[number]['page'] | 'movedOrMissing'

export type DraftRoute =
  | { page: Exclude<DraftPage, 'movedOrMissing'>; params: { slug?: string } }
  | { page: 'movedOrMissing'; params: { path: string[] } }

/**
 * The public page for a draft address's segments (`['articles', 'x']` → the article page with
 * `{ slug: 'x' }`). Anything else is what the public catch-all route answers: a redirect or the
 * 404 page.
 */
export const matchDraftRoute = (segments: readonly string[]): DraftRoute => {
  for (const route of DRAFT_ROUTES) {
    const pattern: readonly string[] = route.pattern
    if (pattern.length !== segments.length) continue
    const fits = pattern.every((part, i) => part.startsWith(':') || part === segments[i])
    if (!fits) continue
    const slugAt = pattern.indexOf(':slug')
    return { page: route.page, params: slugAt >= 0 ? { slug: segments[slugAt] } : {} }
  }
  return { page: 'movedOrMissing', params: { path: [...segments] } }
}
