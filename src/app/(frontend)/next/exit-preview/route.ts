import { disableDraftAddresses } from '@/preview/draftCookie'
import { safeLocalPath } from '@/preview/paths'

// Anyone may leave draft mode; it returns to the page's public address, showing published content.
export async function GET(request: Request): Promise<Response> {
  await disableDraftAddresses()
  const path = safeLocalPath(new URL(request.url).searchParams.get('path'))
  return new Response(null, {
    status: 307,
    headers: { location: path, 'cache-control': 'no-store' },
  })
}
