import { type NextRequest, NextResponse } from 'next/server'

// Old WordPress links to single posts and pages are queries on the home page (/?p=123). The home
// page is static and never reads its query, so only these requests (see the matcher) go to a
// dynamic copy of it that looks the redirect up; any other visit to / is served from the cache.
export function proxy(request: NextRequest): NextResponse {
  const url = request.nextUrl.clone()
  url.pathname = '/next/wordpress'
  return NextResponse.rewrite(url)
}

export const config = {
  matcher: [
    { source: '/', has: [{ type: 'query', key: 'p' }] },
    { source: '/', has: [{ type: 'query', key: 'page_id' }] },
  ],
}
