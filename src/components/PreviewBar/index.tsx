'use client'

import { RefreshRouteOnSave } from '@payloadcms/live-preview-react'
import { usePathname, useRouter } from 'next/navigation'
import { useEffect, useState } from 'react'

import { publicPathOf } from '@/preview/draftAddress'

type Props = { signedIn: boolean }

/**
 * Shown at draft addresses only (their own layout): says the page may show unpublished work,
 * offers a way out to the page's public address, and re-renders the page whenever the document
 * is saved in the admin's live preview. A client island because both need the browser (the
 * current address, postMessage from the admin).
 */
export const PreviewBar = ({ signedIn }: Props) => {
  const pathname = usePathname() || '/'
  const publicPath = publicPathOf(pathname) ?? pathname
  const router = useRouter()
  // Only the admin of this same site may ask for a refresh: its origin is the page's own. It can
  // only ask a page it framed (live preview) or opened (its pop-out window); elsewhere listening
  // would only cost the extra render RefreshRouteOnSave makes when it mounts, and a refresh at a
  // draft address leaves Next's <head> tags doubled.
  const [origin, setOrigin] = useState<string | null>(null)
  useEffect(() => {
    if (window.parent !== window || window.opener) setOrigin(window.location.origin)
  }, [])
  return (
    <div className="preview-bar" role="region" aria-label="Preview" data-island="load">
      {signedIn && origin ? (
        <RefreshRouteOnSave refresh={router.refresh} serverURL={origin} />
      ) : null}
      <p>
        {signedIn
          ? 'Preview: you are seeing unpublished changes.'
          : 'Preview mode is on, but you are signed out, so only published content shows.'}
      </p>
      <a href={`/next/exit-preview?path=${encodeURIComponent(publicPath)}`}>Exit preview</a>
    </div>
  )
}
