'use client'

import { RefreshRouteOnSave } from '@payloadcms/live-preview-react'
import { usePathname, useRouter } from 'next/navigation'
import { useEffect, useState } from 'react'

import { publicPathOf } from '@/preview/draftAddress'

type Props = { signedIn: boolean }

/**
 * Shown only in draft mode (at draft addresses): says the page may show unpublished work, offers
 * a way out to the page's public address, and re-renders the page whenever the document is saved
 * in the admin's live preview. A client island because both need the browser (the current
 * address, postMessage from the admin).
 */
export const PreviewBar = ({ signedIn }: Props) => {
  const pathname = usePathname() || '/'
  // The draft address or, as Next may report it, the public path it is served from.
  const publicPath = publicPathOf(pathname) ?? pathname
  const router = useRouter()
  // A link followed from a draft address leads to the public site, where the page is published
  // content but this bar (in the shared layout) would stay. Only the browser knows the address:
  // the server rendered the public route it was rewritten to.
  const [atDraftAddress, setAtDraftAddress] = useState(true)
  useEffect(() => setAtDraftAddress(publicPathOf(window.location.pathname) !== null), [pathname])
  // Only the admin of this same site may ask for a refresh: its origin is the page's own. It can
  // only ask a page it framed (live preview) or opened (its pop-out window); elsewhere listening
  // would only cost the extra render RefreshRouteOnSave makes when it mounts, and a refresh at a
  // draft address leaves Next's <head> tags doubled.
  const [origin, setOrigin] = useState<string | null>(null)
  useEffect(() => {
    if (window.parent !== window || window.opener) setOrigin(window.location.origin)
  }, [])
  const liveUpdates =
    signedIn && origin ? <RefreshRouteOnSave refresh={router.refresh} serverURL={origin} /> : null
  if (!atDraftAddress) return liveUpdates
  return (
    <div className="preview-bar" role="region" aria-label="Preview">
      {liveUpdates}
      <p>
        {signedIn
          ? 'Preview: you are seeing unpublished changes.'
          : 'Preview mode is on, but you are signed out, so only published content shows.'}
      </p>
      <a href={`/next/exit-preview?path=${encodeURIComponent(publicPath)}`}>Exit preview</a>
    </div>
  )
}
