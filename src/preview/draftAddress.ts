/**
 * Drafts are shown only at draft addresses: a public path under this prefix (`/articles/x` →
 * `/next/draft/articles/x`). The draft-mode cookie is scoped to this prefix, so the rest of the
 * site stays public in the editor's own browser, and `src/proxy.ts` serves each draft address
 * from the public page's route.
 */
export const DRAFT_PREFIX = '/next/draft'

/** `/articles/x?y` → `/next/draft/articles/x?y`, and the home page `/` → `/next/draft`. */
export const draftAddress = (publicPath: string): string =>
  publicPath === '/' || publicPath.startsWith('/?') || publicPath.startsWith('/#')
    ? `${DRAFT_PREFIX}${publicPath.slice(1)}`
    : `${DRAFT_PREFIX}${publicPath}`

/** The public path a draft address shows (`/next/draft/articles/x` → `/articles/x`), else null. */
export const publicPathOf = (pathname: string): string | null => {
  if (pathname === DRAFT_PREFIX || pathname === `${DRAFT_PREFIX}/`) return '/'
  return pathname.startsWith(`${DRAFT_PREFIX}/`) ? pathname.slice(DRAFT_PREFIX.length) : null
}
