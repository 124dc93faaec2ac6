import { notFound, permanentRedirect } from 'next/navigation'

import { getRedirectTarget } from '@/data/redirects'

/** Sends the visitor on with a permanent redirect (308) when a redirect covers the address. */
export const redirectIfMoved = async (requested: string): Promise<void> => {
  const target = await getRedirectTarget(requested)
  if (target) permanentRedirect(target)
}

/**
 * For a route whose content is missing: a redirect from the old address if there is one, else
 * the helpful 404 page (status 404, noindex).
 */
export const redirectOrNotFound = async (requested: string): Promise<never> => {
  await redirectIfMoved(requested)
  notFound()
}
