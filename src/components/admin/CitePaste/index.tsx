'use client'
import { useField, useFormFields } from '@payloadcms/ui'
import type { UIFieldClientComponent } from 'payload'
import { type ClipboardEvent, type KeyboardEvent, useEffect, useId, useRef, useState } from 'react'

import { shortCitation } from '@/citations/shortCitation'
import type { Citation } from '@/payload-types'

import { followingPapers } from './following'

import { useApiRoot } from '@/components/admin/useApiRoot'

import './styles.css'

type Found = { message: string; docs: Citation[] }
type Outcome = { kind: 'busy' } | { kind: 'error'; message: string } | ({ kind: 'found' } & Found)

/**
 * The cite drawer's paste box: whatever the editor pastes (a PMID, DOI, link, or one or more
 * printed references) goes to the import endpoint, and the paper it finds or creates is filled
 * into the cite's `citation` field. The drawer's own Save confirms; further papers of a pasted list
 * are inserted after this cite when the drawer closes (CiteDrawerClose).
 */
export const CitePaste: UIFieldClientComponent = ({ path }) => {
  const apiRoot = useApiRoot()
  const citationPath = path.includes('.') ? path.replace(/[^.]+$/, 'citation') : 'citation'
  const { setValue } = useField<number | string | null>({ path: citationPath })
  const blockId = useFormFields(([fields]) => fields.id?.value) as string | undefined
  const id = useId()
  const [text, setText] = useState('')
  const [outcome, setOutcome] = useState<Outcome | null>(null)
  const request = useRef<AbortController | null>(null)

  // A request still running when the drawer closes has nothing left to fill in.
  useEffect(() => () => request.current?.abort(), [])

  const find = async (paste: string) => {
    if (!paste.trim()) return
    request.current?.abort()
    const controller = new AbortController()
    request.current = controller
    setOutcome({ kind: 'busy' })
    try {
      const response = await fetch(`${apiRoot}/citations/import`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ paste }),
        signal: controller.signal,
      })
      const body = await response.json().catch(() => ({}))
      if (!response.ok) {
        const messages = (body.errors ?? []).map((error: { message: string }) => error.message)
        setOutcome({
          kind: 'error',
          message: messages.join(' ') || `The look-up failed (HTTP ${response.status}).`,
        })
        return
      }
      const docs: Citation[] = body.docs ?? [body.doc]
      if (blockId && docs.length > 1)
        followingPapers.set(blockId, { first: docs[0].id, rest: docs.slice(1) })
      else if (blockId) followingPapers.delete(blockId)
      setValue(docs[0].id)
      setOutcome({ kind: 'found', message: body.message, docs })
    } catch (error) {
      if ((error as { name?: string })?.name === 'AbortError') return
      setOutcome({ kind: 'error', message: 'The server could not be reached. Please try again.' })
    } finally {
      if (request.current === controller) request.current = null
    }
  }

  const onPaste = (event: ClipboardEvent<HTMLTextAreaElement>) => {
    const pasted = event.clipboardData.getData('text/plain')
    if (!pasted) return
    // The box holds what was pasted, not what was pasted into half a previous attempt.
    event.preventDefault()
    setText(pasted)
    void find(pasted)
  }

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key !== 'Enter' || event.shiftKey) return
    event.preventDefault()
    void find(text)
  }

  return (
    <div className="cite-paste">
      <label htmlFor={`${id}-box`} className="cite-paste__label">
        Paste a PMID, DOI, link or reference
      </label>
      <p id={`${id}-hint`} className="cite-paste__hint">
        A PubMed, PubMed Central or doi.org link, or the reference as printed (AMA, Vancouver or
        APA). A numbered list cites each paper in turn. Papers already in Citations are reused.
      </p>
      <textarea
        id={`${id}-box`}
        className="cite-paste__box"
        aria-describedby={`${id}-hint ${id}-outcome`}
        rows={3}
        // The box is why the drawer was opened: it takes the cursor at once.
        autoFocus
        value={text}
        onChange={(event) => setText(event.target.value)}
        onPaste={onPaste}
        onKeyDown={onKeyDown}
      />
      <div id={`${id}-outcome`} className="cite-paste__outcome-area">
        {outcome?.kind === 'busy' && (
          <p role="status" className="cite-paste__outcome">
            Looking it up…
          </p>
        )}
        {outcome?.kind === 'error' && (
          <p role="alert" className="cite-paste__outcome cite-paste__outcome--error">
            {outcome.message}
          </p>
        )}
        {outcome?.kind === 'found' && (
          <div role="status" className="cite-paste__outcome cite-paste__outcome--found">
            <p>{outcome.message}</p>
            <ol className="cite-paste__papers">
              {outcome.docs.map((doc) => (
                <li key={doc.id}>
                  <strong>{shortCitation(doc)}</strong> {doc.formatted}
                </li>
              ))}
            </ol>
            <p>
              {outcome.docs.length > 1
                ? `Save changes to cite these ${outcome.docs.length} papers here, in this order.`
                : 'Save changes to cite it here.'}
            </p>
          </div>
        )}
      </div>
    </div>
  )
}
