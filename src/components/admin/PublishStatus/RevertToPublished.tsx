'use client'

import {
  Button,
  ConfirmationModal,
  toast,
  useDocumentInfo,
  useForm,
  useModal,
} from '@payloadcms/ui'
import { useCallback, useEffect, useState } from 'react'
import { useApiRoot } from '@/components/admin/useApiRoot'

/**
 * "Revert to published", as Payload's own status line offers it (ours replaces that line): the
 * published version is saved again as the newest one, and the form shows it.
 */
export const RevertToPublished = () => {
  const {
    id,
    collectionSlug,
    docConfig,
    incrementVersionCount,
    setDocumentTitle,
    setMostRecentVersionIsAutosaved,
    setUnpublishedVersionCount,
  } = useDocumentInfo()
  const apiRoot = useApiRoot()
  const { reset } = useForm()
  const { toggleModal } = useModal()
  const modalSlug = `confirm-revert-${id}`
  // Shown once it works: the server-rendered button ignored a click made before hydration.
  const [hydrated, setHydrated] = useState(false)
  useEffect(() => setHydrated(true), [])

  const revert = useCallback(async () => {
    const url = `${apiRoot}/${collectionSlug}/${id}?depth=0`
    const headers = { 'Content-Type': 'application/json' }
    const published = await fetch(url, { credentials: 'include', headers })
    const response = published.ok
      ? await fetch(url, {
          method: 'PATCH',
          credentials: 'include',
          headers,
          body: JSON.stringify(await published.json()),
        })
      : published
    const body = await response.json().catch(() => ({}))
    if (!response.ok) {
      toast.error(body.errors?.[0]?.message ?? 'The published version could not be restored.')
      return
    }
    await reset(body.doc)
    // The heading and the schedule drawer show the title too, and a reset does not tell them.
    const titleField = (docConfig?.admin as { useAsTitle?: string } | undefined)?.useAsTitle
    if (titleField && typeof body.doc?.[titleField] === 'string')
      setDocumentTitle(body.doc[titleField])
    toast.success('The published version is back in the editor.')
    incrementVersionCount()
    setMostRecentVersionIsAutosaved(false)
    setUnpublishedVersionCount(0)
  }, [
    apiRoot,
    collectionSlug,
    docConfig,
    id,
    incrementVersionCount,
    reset,
    setDocumentTitle,
    setMostRecentVersionIsAutosaved,
    setUnpublishedVersionCount,
  ])

  if (!hydrated) return null
  return (
    <>
      <Button
        buttonStyle="none"
        className="publish-status-line__revert"
        id="action-revert-to-published"
        onClick={() => toggleModal(modalSlug)}
      >
        Revert to published
      </Button>
      <ConfirmationModal
        body="The unpublished changes will be dropped, and the editor will show the published version again."
        confirmingLabel="Reverting…"
        heading="Revert to the published version?"
        modalSlug={modalSlug}
        onConfirm={revert}
      />
    </>
  )
}
