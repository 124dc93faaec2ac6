import { draftMode } from 'next/headers'

import { safeLocalPath } from '@/preview/paths'

// Anyone may leave draft mode; it returns to the same address, now showing published content.
export async function GET(request: Request): Promise<Response> {
  ;(await draftMode()).disable()
  const path = safeLocalPath(new URL(request.url).searchParams.get('path'))
  return new Response(null, {
    status: 307,
    headers: { location: path, 'cache-control': 'no-store' },
  })
}
