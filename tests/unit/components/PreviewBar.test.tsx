import { jest } from '@jest/globals'
import { act, render, screen } from '@testing-library/react'

// PreviewBar reads the address and the router from next/navigation, which only work inside the
// Next.js app router; only those two hooks are replaced. The admin's live preview is played by
// window 'message' events shaped like Payload's: isDocumentEvent in @payloadcms/live-preview
// accepts one when event.origin is the server URL and event.data.type is 'payload-document-event'.
const refresh = jest.fn()
let pathname: string | null = '/next/draft/articles/knee-pain'
jest.unstable_mockModule('next/navigation', () => ({
  usePathname: () => pathname,
  useRouter: () => ({ refresh }),
}))

const { PreviewBar } = await import('@/components/PreviewBar')

/** What the admin's live preview posts to the page when a document is saved. */
const documentSaved = (origin: string) =>
  act(() => {
    window.dispatchEvent(
      new MessageEvent('message', { origin, data: { type: 'payload-document-event' } }),
    )
  })

/** The admin's window, which opened this page (its live preview pop-out) and hears `ready`. */
const admin = { postMessage: jest.fn() }
/** Plays the live preview pop-out: the admin opened this page. */
const openedByAdmin = () => {
  window.opener = admin
}

beforeEach(() => {
  refresh.mockClear()
  admin.postMessage.mockClear()
  window.opener = null
  pathname = '/next/draft/articles/knee-pain'
  window.history.replaceState(null, '', '/next/draft/articles/knee-pain')
})

describe('PreviewBar', () => {
  it('is a region named "Preview" telling a signed-in editor they see unpublished changes', () => {
    render(<PreviewBar signedIn />)
    const bar = screen.getByRole('region', { name: 'Preview' })
    expect(bar).toHaveTextContent('Preview: you are seeing unpublished changes.')
    expect(bar).not.toHaveTextContent(/signed out/)
  })

  it('tells a signed-out visitor that only published content shows', () => {
    render(<PreviewBar signedIn={false} />)
    expect(screen.getByRole('region', { name: 'Preview' })).toHaveTextContent(
      'Preview mode is on, but you are signed out, so only published content shows.',
    )
    expect(screen.queryByText(/unpublished changes/)).not.toBeInTheDocument()
  })

  it('offers a way out of preview to the public address of the same page', () => {
    render(<PreviewBar signedIn />)
    expect(screen.getByRole('link', { name: 'Exit preview' })).toHaveAttribute(
      'href',
      '/next/exit-preview?path=%2Farticles%2Fknee-pain',
    )
  })

  it('leaves the draft home page for the public home page', () => {
    pathname = '/next/draft'
    render(<PreviewBar signedIn />)
    expect(screen.getByRole('link', { name: 'Exit preview' })).toHaveAttribute(
      'href',
      '/next/exit-preview?path=%2F',
    )
  })

  it('returns to the home page when the address is unknown', () => {
    pathname = null
    render(<PreviewBar signedIn={false} />)
    expect(screen.getByRole('link', { name: 'Exit preview' })).toHaveAttribute(
      'href',
      '/next/exit-preview?path=%2F',
    )
  })

  it('re-renders the page when the admin saves the document, signed in', () => {
    openedByAdmin()
    render(<PreviewBar signedIn />)
    // It tells the admin, and only the admin of its own origin, that it is ready.
    expect(admin.postMessage).toHaveBeenCalledWith(
      { type: 'payload-live-preview', ready: true },
      window.location.origin,
    )
    // RefreshRouteOnSave refreshes once when it tells the admin it is ready.
    const onMount = refresh.mock.calls.length
    documentSaved(window.location.origin)
    expect(refresh).toHaveBeenCalledTimes(onMount + 1)
    documentSaved(window.location.origin)
    expect(refresh).toHaveBeenCalledTimes(onMount + 2)
  })

  it('ignores the same message from another origin, and other messages', () => {
    openedByAdmin()
    render(<PreviewBar signedIn />)
    const onMount = refresh.mock.calls.length
    documentSaved('https://evil.example')
    act(() => {
      window.dispatchEvent(
        new MessageEvent('message', {
          origin: window.location.origin,
          data: { type: 'payload-live-preview', ready: true },
        }),
      )
    })
    expect(refresh).toHaveBeenCalledTimes(onMount)
  })

  it('in a tab of its own, never refreshes: no admin frames or opened it to send saves', () => {
    render(<PreviewBar signedIn />)
    documentSaved(window.location.origin)
    expect(refresh).not.toHaveBeenCalled()
    expect(admin.postMessage).not.toHaveBeenCalled()
  })

  it('does not listen for saves when signed out, since nothing unpublished is shown', () => {
    openedByAdmin()
    render(<PreviewBar signedIn={false} />)
    documentSaved(window.location.origin)
    expect(refresh).not.toHaveBeenCalled()
  })

  it('stops listening once it is gone', () => {
    openedByAdmin()
    const { unmount } = render(<PreviewBar signedIn />)
    unmount()
    refresh.mockClear()
    documentSaved(window.location.origin)
    expect(refresh).not.toHaveBeenCalled()
  })
})
