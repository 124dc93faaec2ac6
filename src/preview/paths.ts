import { pathFor, serverUrl } from '@/urls'

/**
 * A path on this site that is safe to redirect to: starts with one slash, no scheme, no host.
 * Anything else (//evil.example, https://…, /\evil) falls back to the home page.
 */
export const safeLocalPath = (value: string | null | undefined): string => {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.includes('\\')) return '/'
  try {
    const url = new URL(value, 'http://local.invalid')
    return url.host === 'local.invalid' ? `${url.pathname}${url.search}${url.hash}` : '/'
  } catch {
    return '/'
  }
}

/**
 * The admin's preview address for a document: the route that switches on draft mode for a
 * signed-in editor, then shows the document. Null while it has no slug yet.
 */
export const previewUrl = (
  collection: 'articles' | 'pages',
  slug: string | null | undefined,
): string | null => {
  const path = pathFor(collection, slug)
  return path ? `${serverUrl()}/next/preview?path=${encodeURIComponent(path)}` : null
}

/** The admin's "Preview" button and "Live preview" pane for a collection with drafts. */
export const previewAdmin = (collection: 'articles' | 'pages') => ({
  preview: (doc: Record<string, unknown>) => previewUrl(collection, doc?.slug as string),
  livePreview: {
    url: ({ data }: { data: Record<string, unknown> }) =>
      previewUrl(collection, data?.slug as string),
    // Most patients read on phones, so editors see the phone size first.
    breakpoints: [
      { name: 'phone', label: 'Phone', width: 375, height: 667 },
      { name: 'tablet', label: 'Tablet', width: 768, height: 1024 },
      { name: 'desktop', label: 'Desktop', width: 1280, height: 800 },
    ],
  },
})
