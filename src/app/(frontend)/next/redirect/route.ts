import { getRedirectTarget } from '@/data/redirects'

/**
 * Where an old address (a path with its query, in `?from=`) now lives, for src/proxy.ts: `{ to }`
 * or `{ to: null }`. Only what visiting that address would reveal anyway (its 308's target).
 */
export async function GET(request: Request): Promise<Response> {
  const from = new URL(request.url).searchParams.get('from')
  const to = from ? await getRedirectTarget(from) : null
  return Response.json({ to }, { headers: { 'cache-control': 'no-store' } })
}
