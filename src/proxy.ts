import { readFileSync } from 'node:fs'
import path from 'node:path'

import { type NextRequest, NextResponse } from 'next/server'

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

// The routes rendered per request whatever the cookies say (the matcher's first six entries).
const DYNAMIC = ({ nextUrl: { pathname, searchParams } }: NextRequest): boolean =>
  ['/articles', '/search', '/reviews', '/next/wordpress'].includes(pathname.replace(/\/$/, '')) ||
  (pathname === '/' && (searchParams.has('p') || searchParams.has('page_id'))) ||
  (/^\/[^/]+\/.+/.test(pathname) &&
    !/^\/(?:articles|topics|physicians|offices)\/[^/]+\/?$/.test(pathname))

// Two jobs, on the pages rendered per request only (see the matcher):
//
// 1. A Content-Security-Policy with a fresh nonce. Next finds the nonce in the request's
//    content-security-policy header and puts it on its own inline scripts; nothing else inline
//    runs. Cached pages are not matched: a nonce would make them dynamic, so they carry a
//    policy with their scripts' hashes instead (src/security/cacheHandler.mjs).
// 2. Old WordPress links to single posts and pages are queries on the home page (/?p=123). The
//    home page is static and never reads its query, so only these requests go to a dynamic copy
//    of it that looks the redirect up; any other visit to / is served from the cache.
export function proxy(request: NextRequest): NextResponse {
  // Matched only for its draft-mode cookie, but the cookie is not this build's (left from an
  // earlier deploy, or made up): Next serves the cached page with its hash policy, and a second,
  // nonce policy would block that page's scripts.
  const bypass = request.cookies.get('__prerender_bypass')?.value
  const previewId = bypass === undefined ? null : currentPreviewModeId()
  if (bypass !== undefined && previewId && bypass !== previewId && !DYNAMIC(request)) {
    return NextResponse.next()
  }

  const nonce = createNonce()
  const policy = noncePolicy(nonce, { dev: DEV })
  const headers = new Headers(request.headers)
  headers.set('content-security-policy', policy)

  const { pathname, searchParams } = request.nextUrl
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
    // Draft mode (staff previews) renders every page per request.
    {
      source: '/((?!(?:_next|api|admin|next|og|sitemaps)(?:/|$))(?![^/]*\\.[a-z0-9]+$).*)',
      has: [{ type: 'cookie', key: '__prerender_bypass' }],
    },
  ],
}
