'use client'

import { Button, toast, useDocumentInfo, useFormFields } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'
import { useApiRoot } from '@/components/admin/useApiRoot'

/** "Send email again" in a submission's sidebar: re-sends the stored staff email. */
export const ResendSubmissionEmail = () => {
  const apiRoot = useApiRoot()
  const { id } = useDocumentInfo()
  const status = useFormFields(([fields]) => fields.emailStatus?.value) as string | undefined
  const router = useRouter()
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  // Nothing to send before the submission exists or when no email is set up for its form.
  if (!id || status === 'none') return null

  const emailed = status === 'emailed'

  const resend = async () => {
    if (emailed && !window.confirm('This submission was already emailed. Send it again?')) return
    setBusy(true)
    setError(null)
    try {
      const response = await fetch(
        `${apiRoot}/form-submissions/${id}/resend${emailed ? '?force=1' : ''}`,
        { method: 'POST', credentials: 'include' },
      )
      const json = await response.json().catch(() => ({}))
      if (response.ok && json.emailStatus === 'emailed') {
        toast.success(json.message)
      } else {
        const message =
          json.message ??
          (json.errors ?? []).map((each: { message: string }) => each.message).join(' ')
        setError(message || `Sending failed (HTTP ${response.status}).`)
      }
      // Shows the new status, attempts and error.
      router.refresh()
    } catch {
      setError('The server could not be reached. Please try again.')
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="resend-submission-email" style={{ marginBottom: 'var(--base)' }}>
      <Button buttonStyle="secondary" size="small" margin={false} disabled={busy} onClick={resend}>
        {busy ? 'Sending…' : emailed ? 'Send email again' : 'Retry email to staff'}
      </Button>
      {error && (
        <p
          role="alert"
          style={{ color: 'var(--theme-error-500)', margin: 'calc(var(--base) / 4) 0 0' }}
        >
          {error}
        </p>
      )}
    </div>
  )
}
