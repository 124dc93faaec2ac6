import { type NextRequest, NextResponse } from 'next/server'

// Old WordPress links to single posts and pages are queries on the home page (/?p=123). The
// home page itself is static and never reads its query, so only these requests are looked up
// here (see the matcher); any other visit to / is served from the cache untouched.
export async function proxy(request: NextRequest): Promise<NextResponse> {
  const { pathname, search } = request.nextUrl
  const lookup = new URL('/next/redirect', request.nextUrl.origin)
  lookup.searchParams.set('from', `${pathname}${search}`)
  try {
    const response = await fetch(lookup, { cache: 'no-store' })
    const { to } = (await response.json()) as { to: string | null }
    if (to) return NextResponse.redirect(new URL(to, request.nextUrl.origin), 308)
  } catch {
    // The home page is a better answer than an error.
  }
  return NextResponse.next()
}

export const config = {
  matcher: [
    { source: '/', has: [{ type: 'query', key: 'p' }] },
    { source: '/', has: [{ type: 'query', key: 'page_id' }] },
  ],
}
