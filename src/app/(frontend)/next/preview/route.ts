import { draftMode } from 'next/headers'

import { isStaffUser } from '@/access/roles'
import { getPayloadClient } from '@/data/client'
import { safeLocalPath } from '@/preview/paths'

// Draft mode shows unpublished work, so only a signed-in editor may switch it on.
export async function GET(request: Request): Promise<Response> {
  const payload = await getPayloadClient()
  const { user } = await payload.auth({ headers: request.headers })
  if (!isStaffUser(user)) {
    return new Response('Preview is only for signed-in staff. Sign in at /admin first.', {
      status: 403,
      headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' },
    })
  }
  const path = safeLocalPath(new URL(request.url).searchParams.get('path'))
  ;(await draftMode()).enable()
  return new Response(null, {
    status: 307,
    headers: { location: path, 'cache-control': 'no-store' },
  })
}
