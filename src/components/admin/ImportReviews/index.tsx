'use client'

import { Button, toast } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { type FormEvent, useId, useState } from 'react'

import { rowLabel } from '@/reviews/import/report'
import {
  CSV_EXAMPLE_HEADER,
  type ImportReport,
  type ImportRowReport,
  MAX_IMPORT_BYTES,
} from '@/reviews/import/types'

import { useAdminRoot, useApiRoot } from '@/components/admin/useApiRoot'

import './styles.css'

const FIELD_LABELS: Record<string, string> = {
  reviewerName: 'Name',
  rating: 'Rating',
  recommends: 'Recommendation',
  body: 'Text',
  reviewedAt: 'Date',
  source: 'Source',
  sourceUrl: 'Link',
  office: 'Office',
}

type Result = { message: string; report: ImportReport }

/** "Import reviews…" above the Reviews list: uploads a CSV or Facebook JSON file as Pending reviews. */
export const ImportReviews = () => {
  const apiRoot = useApiRoot()
  const admin = useAdminRoot()
  const router = useRouter()
  const id = useId()
  const [open, setOpen] = useState(false)
  const [file, setFile] = useState<File | null>(null)
  const [busy, setBusy] = useState(false)
  const [result, setResult] = useState<Result | null>(null)
  const [error, setError] = useState<string | null>(null)

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    setResult(null)
    setError(null)
    if (!file) return setError('Choose a .csv or .json file first.')
    // The server refuses it too; saying so here saves the upload.
    if (file.size > MAX_IMPORT_BYTES) {
      return setError('The file is larger than 2 MB. Split it into smaller files.')
    }
    setBusy(true)
    try {
      const body = new FormData()
      body.append('file', file)
      const response = await fetch(`${apiRoot}/reviews/import`, {
        method: 'POST',
        credentials: 'include',
        body,
      })
      const json = await response.json().catch(() => ({}))
      if (response.ok && json.report) {
        setResult(json)
        toast.success(json.message)
        // The list below shows the new Pending reviews.
        router.refresh()
      } else {
        const messages = (json.errors ?? []).map((each: { message: string }) => each.message)
        setError(messages.join(' ') || `The import failed (HTTP ${response.status}).`)
      }
    } catch {
      setError('The server could not be reached. Please try again.')
    } finally {
      setBusy(false)
    }
  }

  const notImported = result?.report.rows.filter((row) => row.outcome !== 'added') ?? []

  const reason = (row: ImportRowReport) =>
    row.errors?.length ? (
      <ul>
        {row.errors.map((each, index) => (
          <li key={index}>
            {each.field && <strong>{FIELD_LABELS[each.field] ?? each.field}: </strong>}
            {each.message}
          </li>
        ))}
      </ul>
    ) : (
      <>
        {row.reason}
        {row.duplicateOf?.id !== undefined && (
          <>
            {' '}
            <a href={`${admin}/collections/reviews/${row.duplicateOf.id}`}>Open the saved review</a>
          </>
        )}
      </>
    )

  return (
    <div className="import-reviews">
      <Button
        buttonStyle="secondary"
        size="medium"
        aria-expanded={open}
        aria-controls={`${id}-panel`}
        onClick={() => setOpen(!open)}
        margin={false}
      >
        Import reviews…
      </Button>
      {open && (
        <form
          id={`${id}-panel`}
          className="import-reviews__panel"
          onSubmit={submit}
          aria-labelledby={`${id}-title`}
        >
          <h2 id={`${id}-title`} className="import-reviews__title">
            Import reviews from a file
          </h2>
          <div id={`${id}-help`} className="import-reviews__help">
            <p>
              A spreadsheet saved as <strong>CSV</strong> (UTF-8) with a header row, for example{' '}
              <code>{CSV_EXAMPLE_HEADER}</code>. Name, text and date (YYYY-MM-DD) are required; each
              review needs a rating from 1 to 5 or a recommendation (positive or negative).
            </p>
            <p>
              Or <strong>Facebook&apos;s JSON</strong> export of recommendations.
            </p>
            <p>
              Imported reviews wait as Pending until you approve them. Reviews already here (same
              link, or same reviewer and day) are skipped. Up to 2 MB.
            </p>
          </div>
          <label htmlFor={`${id}-file`} className="import-reviews__label">
            File (.csv or .json)
          </label>
          <input
            id={`${id}-file`}
            type="file"
            accept=".csv,.json,text/csv,application/json"
            aria-describedby={`${id}-help`}
            required
            onChange={(event) => {
              setFile(event.target.files?.[0] ?? null)
              setResult(null)
              setError(null)
            }}
          />
          <div>
            <Button
              type="submit"
              buttonStyle="primary"
              size="medium"
              disabled={busy}
              margin={false}
            >
              {busy ? 'Importing…' : 'Import'}
            </Button>
          </div>
          <div aria-live="polite" className="import-reviews__outcome">
            {error && <p className="import-reviews__error">{error}</p>}
            {result && (
              <>
                <p className="import-reviews__summary">{result.message}</p>
                {result.report.notes.length > 0 && (
                  <ul className="import-reviews__notes">
                    {result.report.notes.map((note) => (
                      <li key={note}>{note}</li>
                    ))}
                  </ul>
                )}
              </>
            )}
          </div>
          {result && notImported.length > 0 && (
            <table className="import-reviews__table">
              <caption>Not imported</caption>
              <thead>
                <tr>
                  <th scope="col">{result.report.format === 'csv' ? 'Row' : 'Item'}</th>
                  <th scope="col">Reviewer</th>
                  <th scope="col">Result</th>
                  <th scope="col">Reason</th>
                </tr>
              </thead>
              <tbody>
                {notImported.map((row) => (
                  <tr key={row.row}>
                    <th scope="row">
                      {rowLabel(result.report.format, row).replace(/^(Row|Item) /, '')}
                    </th>
                    <td>{row.reviewerName ?? ''}</td>
                    <td>{row.outcome === 'skipped' ? 'Skipped (duplicate)' : 'Invalid'}</td>
                    <td>{reason(row)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </form>
      )}
    </div>
  )
}
