'use client'

import { usePathname, useRouter } from 'next/navigation'
import { useEffect } from 'react'

type Props = { signedIn: boolean }

// The messages of Payload's live-preview protocol. @payloadcms/live-preview(-react) does the
// same, but it is published only up to 3.90.1 and Payload refuses mixed package versions.
const READY = { type: 'payload-live-preview', ready: true }
const DOCUMENT_SAVED = 'payload-document-event'

/**
 * Shown only in draft mode: says the page may show unpublished work, offers a way out, and
 * re-renders the page whenever the document is saved in the admin's live preview. A client
 * island because both need the browser (the current address, postMessage from the admin).
 */
export const PreviewBar = ({ signedIn }: Props) => {
  const pathname = usePathname()
  const router = useRouter()
  useEffect(() => {
    if (!signedIn) return
    const origin = window.location.origin
    const onMessage = (event: MessageEvent) => {
      // Only the admin of this same site may ask for a refresh.
      if (event.origin === origin && event.data?.type === DOCUMENT_SAVED) router.refresh()
    }
    window.addEventListener('message', onMessage)
    // Tells the admin's live-preview pane (iframe parent or popup opener) that we listen.
    const host = window.opener ?? (window.parent !== window ? window.parent : null)
    host?.postMessage(READY, origin)
    return () => window.removeEventListener('message', onMessage)
  }, [signedIn, router])
  return (
    <div className="preview-bar" role="region" aria-label="Preview">
      <p>
        {signedIn
          ? 'Preview: you are seeing unpublished changes.'
          : 'Preview mode is on, but you are signed out, so only published content shows.'}
      </p>
      <a href={`/next/exit-preview?path=${encodeURIComponent(pathname || '/')}`}>Exit preview</a>
    </div>
  )
}
