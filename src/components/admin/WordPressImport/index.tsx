'use client'

import { Button, toast, useDocumentInfo, useFormFields } from '@payloadcms/ui'
import { useCallback, useEffect, useState } from 'react'

import { exportTooLarge, MAX_WORDPRESS_EXPORT_BYTES } from '@/wordpress/import/limits'
import {
  attentionSubject,
  countRows,
  PROBLEMS,
  type WordPressReport,
} from '@/wordpress/import/report'
import { ACTIVE_STATUSES, type ImportStatus, STATUS_LABELS } from '@/wordpress/import/status'

import { useAdminRoot, useApiRoot } from '@/components/admin/useApiRoot'

import './styles.css'

type ImportDoc = {
  id: number | string
  filename?: string | null
  status?: ImportStatus | null
  progress?: { done?: number | null; total?: number | null } | null
  report?: WordPressReport | null
  error?: string | null
  startedAt?: string | null
  finishedAt?: string | null
}

const time = (iso: string) =>
  new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })

const POLL_MS = 1_000

const isActive = (doc: ImportDoc | null) =>
  Boolean(doc?.status && ACTIVE_STATUSES.includes(doc.status))

/** The counts per kind and every item that needs a person, as the command prints them. */
const Report = ({ report }: { report: WordPressReport }) => {
  const rows = countRows(report)
  return (
    <div className="wordpress-import__report">
      <p className="wordpress-import__lead">
        {report.dryRun
          ? 'Checked: nothing has been written yet. This is what an import would do:'
          : `Imported${report.site ? ` from ${report.site.title} (WXR ${report.site.wxrVersion})` : ''}:`}
      </p>
      {rows.length ? (
        <table className="wordpress-import__counts">
          <tbody>
            {rows.map(({ kind, summary }) => (
              <tr key={kind}>
                <th scope="row">{kind}</th>
                <td>{summary}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>The export holds nothing to import.</p>
      )}
      {report.attention.length > 0 && (
        <>
          <h3 className="wordpress-import__subtitle">
            {report.attention.length === 1
              ? '1 item needs a person'
              : `${report.attention.length} items need a person`}
          </h3>
          <ul className="wordpress-import__attention">
            {report.attention.map((item, index) => {
              const subject = attentionSubject(item)
              return (
                <li key={index}>
                  <strong>{PROBLEMS[item.problem] ?? item.problem}</strong>
                  {subject && ` (${subject})`}: {item.detail}
                </li>
              )
            })}
          </ul>
        </>
      )}
    </div>
  )
}

const Progress = ({ doc }: { doc: ImportDoc }) => {
  const done = doc.progress?.done ?? 0
  const total = doc.progress?.total
  const text =
    doc.status === 'queued'
      ? 'Waiting to start…'
      : typeof total === 'number'
        ? `Imported ${done} of ${total} ${total === 1 ? 'post' : 'posts'}…`
        : 'Reading the export…'
  return (
    <div className="wordpress-import__progress" role="status">
      <p>{text}</p>
      <progress
        aria-label="Import progress"
        max={typeof total === 'number' && total > 0 ? total : 1}
        value={typeof total === 'number' ? done : undefined}
      />
      <p className="wordpress-import__hint">
        The import runs on the server: you may leave this page and come back.
      </p>
    </div>
  )
}

/** Before the upload: a file too large for the admin is taken out again, with the command to use. */
const UploadGuard = () => {
  const file = useFormFields(([fields]) => fields.file?.value) as unknown
  const dispatch = useFormFields(([, dispatchFields]) => dispatchFields)
  const [refused, setRefused] = useState<string | null>(null)

  useEffect(() => {
    if (!(file instanceof File)) return
    if (file.size <= MAX_WORDPRESS_EXPORT_BYTES) {
      setRefused(null)
      return
    }
    const message = exportTooLarge(file.size)
    setRefused(message)
    toast.error(message)
    dispatch({ type: 'UPDATE', path: 'file', value: null })
  }, [dispatch, file])

  return (
    <div className="wordpress-import">
      <p className="wordpress-import__hint">
        Choose the file from WordPress&apos;s Tools → Export → All content. It is checked first:
        nothing is imported until you have seen what would be and clicked Import now.
      </p>
      {refused && (
        <p className="wordpress-import__error" role="alert">
          {refused}
        </p>
      )}
    </div>
  )
}

/**
 * The import's edit view: the check's report and Import now, the progress while the job runs
 * (read every second), then the report of what was imported.
 */
export const WordPressImportPanel = () => {
  const { id } = useDocumentInfo()
  const apiRoot = useApiRoot()
  const adminRoot = useAdminRoot()
  const [doc, setDoc] = useState<ImportDoc | null>(null)
  const [starting, setStarting] = useState(false)
  const [startError, setStartError] = useState<string | null>(null)
  // Shown once it works: a server-rendered button ignored a click made before hydration.
  const [hydrated, setHydrated] = useState(false)
  useEffect(() => setHydrated(true), [])

  const url = `${apiRoot}/wordpress-imports/${id}`

  const load = useCallback(async (): Promise<ImportDoc | null> => {
    const response = await fetch(`${url}?depth=0`, { credentials: 'include' })
    if (!response.ok) return null
    const body = (await response.json()) as ImportDoc
    setDoc(body)
    return body
  }, [url])

  useEffect(() => {
    if (!hydrated || id === undefined || id === null) return
    void load()
  }, [hydrated, id, load])

  // Reads the import again every second while the job has it.
  const active = isActive(doc)
  useEffect(() => {
    if (!active) return
    let timer: ReturnType<typeof setTimeout>
    let stopped = false
    const tick = async () => {
      const next = await load().catch(() => null)
      if (!stopped && (!next || isActive(next))) timer = setTimeout(tick, POLL_MS)
    }
    timer = setTimeout(tick, POLL_MS)
    return () => {
      stopped = true
      clearTimeout(timer)
    }
  }, [active, load])

  const start = async () => {
    setStarting(true)
    setStartError(null)
    try {
      const response = await fetch(`${url}/start`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
      })
      const body = await response.json().catch(() => ({}))
      if (!response.ok) {
        const message = body.errors?.[0]?.message ?? 'The import could not be started.'
        setStartError(message)
        toast.error(message)
        return
      }
      setDoc(body.doc)
    } finally {
      setStarting(false)
    }
  }

  if (id === undefined || id === null) return <UploadGuard />
  if (!hydrated || !doc) return <div className="wordpress-import" />

  const status = doc.status ?? undefined
  return (
    <div className="wordpress-import" data-status={status}>
      <h2 className="wordpress-import__title">
        {status ? STATUS_LABELS[status] : 'Checking the file…'}
      </h2>
      {doc.error && (
        <p className="wordpress-import__error" role="alert">
          {doc.error}
        </p>
      )}
      {doc.startedAt && (
        <p className="wordpress-import__hint">
          Started {time(doc.startedAt)}
          {doc.finishedAt && `, finished ${time(doc.finishedAt)}`}
        </p>
      )}
      {active && <Progress doc={doc} />}
      {doc.report && !doc.report.refused && <Report report={doc.report} />}
      {status === 'checked' && (
        <div className="wordpress-import__start">
          <Button
            buttonStyle="primary"
            disabled={starting}
            id="action-import-wordpress"
            onClick={start}
          >
            {starting ? 'Starting…' : 'Import now'}
          </Button>
          {startError && (
            <p className="wordpress-import__error" role="alert">
              {startError}
            </p>
          )}
        </div>
      )}
      {status === 'done' && (
        <p>
          <a href={`${adminRoot}/collections/articles`}>Open the articles</a>
        </p>
      )}
    </div>
  )
}
