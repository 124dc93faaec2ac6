import { isStaffUser } from '@/access/roles'
import { getPayloadClient } from '@/data/client'
import { draftAddress } from '@/preview/draftAddress'
import { enableDraftAddresses } from '@/preview/draftCookie'
import { safeLocalPath } from '@/preview/paths'

// Draft mode shows unpublished work, so only a signed-in editor may switch it on, and only for
// the draft address of the page asked for: the public address stays public in this browser.
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
  await enableDraftAddresses()
  return new Response(null, {
    status: 307,
    headers: { location: draftAddress(path), 'cache-control': 'no-store' },
  })
}
