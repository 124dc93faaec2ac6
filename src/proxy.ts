import { readFileSync } from 'node:fs'
import path from 'node:path'

import { type NextRequest, NextResponse } from 'next/server'

import { publicPathOf } from '@/preview/draftAddress'
import { createNonce, noncePolicy } from '@/security/csp.mjs'

const DEV = process.env.NODE_ENV === 'development'

// This build's draft-mode cookie value. Next does not hand it to a Node.js proxy, so read it from
// the build's own manifest (next start and the standalone server both run from the app folder).
let previewModeId: string | null | undefined
const currentPreviewModeId = (): string | null => {
  if (previewModeId === undefined) {
    try {
      const manifest = path.join(
        /* turbopackIgnore: true */ process.cwd(),
        '.next',
        'prerender-manifest.json',
      )
      previewModeId = JSON.parse(readFileSync(manifest, 'utf8')).preview?.previewModeId || null
    } catch {
      previewModeId = null
    }
  }
  return previewModeId ?? null
}

// Three jobs, on the pages rendered per request only (see the matcher):
//
// 1. A Content-Security-Policy with a fresh nonce. Next finds the nonce in the request's
//    content-security-policy header and puts it on its own inline scripts; nothing else inline
//    runs. Cached pages are not matched: a nonce would make them dynamic, so they carry a
//    policy with their scripts' hashes instead (src/cache/nextCacheHandler.mjs).
// 2. Old WordPress links to single posts and pages are queries on the home page (/?p=123). The
//    home page is static and never reads its query, so only these requests go to a dynamic copy
//    of it that looks the redirect up; any other visit to / is served from the cache.
// 3. Draft addresses (/next/draft/articles/x, src/preview/draftAddress.ts), the only place the
//    draft-mode cookie is sent, have their own route (src/preview/draftRoutes.ts); one without
//    this build's cookie is only the public page, so the browser is sent there.
export function proxy(request: NextRequest): NextResponse {
  const { pathname, searchParams } = request.nextUrl
  const draftOf = publicPathOf(pathname)
  if (draftOf !== null) {
    // Without this build's draft-mode cookie (never set, left, or from an earlier deploy) a draft
    // address is only the public page: send the browser there.
    const bypass = request.cookies.get('__prerender_bypass')?.value
    const previewId = currentPreviewModeId()
    if (!bypass || (previewId && bypass !== previewId)) {
      const url = request.nextUrl.clone()
      url.pathname = draftOf
      return NextResponse.redirect(url, 307)
    }
  }

  const nonce = createNonce()
  const policy = noncePolicy(nonce, { dev: DEV })
  const headers = new Headers(request.headers)
  headers.set('content-security-policy', policy)

  const wordpress = pathname === '/' && (searchParams.has('p') || searchParams.has('page_id'))
  let response: NextResponse
  if (wordpress) {
    const url = request.nextUrl.clone()
    url.pathname = '/next/wordpress'
    response = NextResponse.rewrite(url, { request: { headers } })
  } else {
    response = NextResponse.next({ request: { headers } })
  }
  response.headers.set('content-security-policy', policy)
  return response
}

export const config = {
  matcher: [
    { source: '/', has: [{ type: 'query', key: 'p' }] },
    { source: '/', has: [{ type: 'query', key: 'page_id' }] },
    // Listings and search read their query string: rendered per request.
    '/articles',
    '/search',
    '/reviews',
    '/next/wordpress',
    // Anything of two or more segments that is not a detail page, Next's files, the API, the
    // admin or a route handler goes to [...path] (a redirect or the 404 page), rendered per
    // request.
    '/((?!(?:_next|api|admin|next|og|sitemaps)/)(?!(?:articles|topics|physicians|offices)/[^/]+/?$)[^/]+/.+)',
    // Draft addresses: staff previews, rendered per request.
    '/next/draft',
    '/next/draft/:path*',
  ],
}
