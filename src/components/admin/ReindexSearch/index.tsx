'use client'

import { Button, toast, useAuth } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'
import { useApiRoot } from '@/components/admin/useApiRoot'

/**
 * "Reindex" above the search index list: rebuilds every entry from the published documents
 * (POST /api/search/reindex). Entries normally update themselves; this is for repairs.
 */
export const ReindexSearch = () => {
  const apiRoot = useApiRoot()
  const { user } = useAuth()
  const router = useRouter()
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)

  if (!(user as { roles?: string[] } | null)?.roles?.length) return null

  const reindex = async () => {
    setBusy(true)
    setMessage(null)
    setError(null)
    try {
      const response = await fetch(`${apiRoot}/search/reindex`, {
        method: 'POST',
        credentials: 'include',
      })
      const json = await response.json().catch(() => ({}))
      if (response.ok && json.message) {
        setMessage(json.message)
        toast.success(json.message)
        router.refresh()
      } else {
        const messages = (json.errors ?? []).map((each: { message: string }) => each.message)
        setError(messages.join(' ') || `Reindexing failed (HTTP ${response.status}).`)
      }
    } catch {
      setError('The server could not be reached. Please try again.')
    } finally {
      setBusy(false)
    }
  }

  return (
    <div style={{ marginBottom: 'var(--base)' }}>
      <p style={{ margin: '0 0 calc(var(--base) / 2)', color: 'var(--theme-elevation-650)' }}>
        Entries update themselves whenever a document is saved. If search results look out of date,
        rebuild the index from the published documents.
      </p>
      <Button buttonStyle="secondary" size="small" margin={false} disabled={busy} onClick={reindex}>
        {busy ? 'Reindexing…' : 'Reindex'}
      </Button>
      <p role="status" aria-live="polite" style={{ margin: 'calc(var(--base) / 4) 0 0' }}>
        {message}
      </p>
      {error ? (
        <p role="alert" style={{ color: 'var(--theme-error-500)', margin: 0 }}>
          {error}
        </p>
      ) : null}
    </div>
  )
}
