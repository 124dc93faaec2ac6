'use client'

import { Button, toast } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { type FormEvent, useId, useState } from 'react'

import { useAdminRoot, useApiRoot } from '@/components/admin/useApiRoot'

import './styles.css'

type Format = 'pmid' | 'doi' | 'text' | 'nbib' | 'ris' | 'bibtex'

const FORMATS: Record<Format, { label: string; hint: string; multiline: boolean; file?: string }> =
  {
    pmid: { label: 'PubMed ID (PMID)', hint: 'e.g. 16923606', multiline: false },
    doi: { label: 'DOI', hint: 'e.g. 10.1080/14653240600855905', multiline: false },
    text: {
      label: 'Pasted reference',
      hint: 'One reference in AMA, Vancouver or PubMed style, e.g. Smith J, Doe A. Title. J Abbrev. 2020;12(3):45-67.',
      multiline: true,
    },
    nbib: {
      label: 'PubMed file (.nbib)',
      hint: 'On PubMed choose Cite → Download .nbib, then choose the file or paste its text.',
      multiline: true,
      file: '.nbib,.txt',
    },
    ris: {
      label: 'RIS file',
      hint: 'Export one reference as RIS from your reference manager or the journal site.',
      multiline: true,
      file: '.ris,.txt',
    },
    bibtex: {
      label: 'BibTeX',
      hint: 'One @article{…} entry.',
      multiline: true,
      file: '.bib,.txt',
    },
  }

type Outcome = { kind: 'error' | 'existing'; message: string; href?: string }

/** "Add citation from…": imports one paper by PMID, DOI or file into Citations. */
export const AddCitationFrom = () => {
  const apiRoot = useApiRoot()
  const admin = useAdminRoot()
  const router = useRouter()
  const id = useId()
  const [open, setOpen] = useState(false)
  const [format, setFormat] = useState<Format>('pmid')
  const [value, setValue] = useState('')
  const [busy, setBusy] = useState(false)
  const [outcome, setOutcome] = useState<Outcome | null>(null)
  const chosen = FORMATS[format]

  const editUrl = (docId: number | string) => `${admin}/collections/citations/${docId}`

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    setBusy(true)
    setOutcome(null)
    try {
      const response = await fetch(`${apiRoot}/citations/import`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ [format]: value }),
      })
      const body = await response.json().catch(() => ({}))
      if (response.status === 201) {
        toast.success(body.message)
        router.push(editUrl(body.doc.id))
      } else if (response.ok) {
        setOutcome({ kind: 'existing', message: body.message, href: editUrl(body.doc.id) })
      } else {
        const messages = (body.errors ?? []).map((error: { message: string }) => error.message)
        setOutcome({
          kind: 'error',
          message: messages.join(' ') || `The import failed (HTTP ${response.status}).`,
        })
      }
    } catch {
      setOutcome({ kind: 'error', message: 'The server could not be reached. Please try again.' })
    } finally {
      setBusy(false)
    }
  }

  const readFile = async (file: File | undefined) => {
    if (file) setValue(await file.text())
  }

  return (
    <div className="add-citation-from">
      <Button
        buttonStyle="secondary"
        size="medium"
        aria-expanded={open}
        aria-controls={`${id}-panel`}
        onClick={() => setOpen(!open)}
        margin={false}
      >
        Add citation from…
      </Button>
      {open && (
        <form id={`${id}-panel`} className="add-citation-from__panel" onSubmit={submit}>
          <fieldset className="add-citation-from__formats">
            <legend>Add a citation from</legend>
            {(Object.keys(FORMATS) as Format[]).map((key) => (
              <label key={key}>
                <input
                  type="radio"
                  name={`${id}-format`}
                  value={key}
                  checked={format === key}
                  onChange={() => {
                    setFormat(key)
                    setOutcome(null)
                  }}
                />{' '}
                {FORMATS[key].label}
              </label>
            ))}
          </fieldset>
          <label htmlFor={`${id}-value`} className="add-citation-from__label">
            {chosen.label}
          </label>
          <p id={`${id}-hint`} className="add-citation-from__hint">
            {chosen.hint}
          </p>
          {chosen.multiline ? (
            <textarea
              id={`${id}-value`}
              aria-describedby={`${id}-hint`}
              rows={6}
              value={value}
              onChange={(event) => setValue(event.target.value)}
              required
            />
          ) : (
            <input
              id={`${id}-value`}
              aria-describedby={`${id}-hint`}
              type="text"
              value={value}
              onChange={(event) => setValue(event.target.value)}
              required
            />
          )}
          {chosen.file && (
            <label className="add-citation-from__file">
              Or choose a file{' '}
              <input
                type="file"
                accept={chosen.file}
                onChange={(event) => void readFile(event.target.files?.[0])}
              />
            </label>
          )}
          {outcome && (
            <p
              role={outcome.kind === 'error' ? 'alert' : 'status'}
              className={`add-citation-from__outcome add-citation-from__outcome--${outcome.kind}`}
            >
              {outcome.message} {outcome.href && <a href={outcome.href}>Open the saved citation</a>}
            </p>
          )}
          <Button type="submit" buttonStyle="primary" size="medium" disabled={busy} margin={false}>
            {busy ? 'Adding…' : 'Add citation'}
          </Button>
        </form>
      )}
    </div>
  )
}
