import type { ReactNode } from 'react'

import { PreviewBar } from '@/components/PreviewBar'
import { getPreviewUser } from '@/data/preview'

/** Draft addresses only: the preview bar and the admin's live updates, never on public pages. */
export default async function DraftLayout({ children }: { children: ReactNode }) {
  const previewUser = await getPreviewUser()
  return (
    <>
      <PreviewBar signedIn={Boolean(previewUser)} />
      {children}
    </>
  )
}
