'use client'
import { $createInlineBlockNode, $isInlineBlockNode } from '@payloadcms/richtext-lexical/client'
import { $getRoot } from '@payloadcms/richtext-lexical/lexical'
import { useLexicalComposerContext } from '@payloadcms/richtext-lexical/lexical/react/LexicalComposerContext'
import { $dfs } from '@payloadcms/richtext-lexical/lexical/utils'
import { useConfig, useField, useFormFields } from '@payloadcms/ui'
import type { UIFieldClientComponent } from 'payload'
import { type ClipboardEvent, type KeyboardEvent, useEffect, useId, useRef, useState } from 'react'

import { shortCitation } from '@/citations/shortCitation'
import type { Citation } from '@/payload-types'

import './styles.css'

type Found = { message: string; docs: Citation[] }
type Outcome = { kind: 'busy' } | { kind: 'error'; message: string } | ({ kind: 'found' } & Found)

const sameId = (a: unknown, b: unknown) => a != null && b != null && String(a) === String(b)

/**
 * The cite drawer's paste box: whatever the editor pastes (a PMID, DOI, link, or one or more
 * printed references) goes to the import endpoint, and the paper it finds or creates is filled
 * into the cite's `citation` field. The drawer's own Save confirms. When the drawer closes, a
 * cite without a paper is removed (no empty marker stays behind), and further papers of a
 * pasted list are inserted as markers right after this one, in order.
 */
export const CitePaste: UIFieldClientComponent = ({ path }) => {
  const {
    config: {
      routes: { api },
      serverURL,
    },
  } = useConfig()
  const [editor] = useLexicalComposerContext()
  const citationPath = path.includes('.') ? path.replace(/[^.]+$/, 'citation') : 'citation'
  const { setValue } = useField<number | string | null>({ path: citationPath })
  const blockId = useFormFields(([fields]) => fields.id?.value) as string | undefined
  const id = useId()
  const [text, setText] = useState('')
  const [outcome, setOutcome] = useState<Outcome | null>(null)
  const request = useRef<AbortController | null>(null)
  // Papers after the first of a pasted list, inserted when the drawer is saved.
  const following = useRef<{ first: Citation['id']; rest: Citation[] } | null>(null)

  useEffect(() => {
    return () => {
      request.current?.abort()
      const extra = following.current
      editor.update(() => {
        const node = $dfs($getRoot()).find(
          ({ node }) => $isInlineBlockNode(node) && node.getFields().id === blockId,
        )?.node
        if (!node || !$isInlineBlockNode(node)) return
        const { citation } = node.getFields() as { citation?: unknown }
        if (!citation) {
          node.remove()
          return
        }
        const cited = typeof citation === 'object' ? (citation as { id?: unknown }).id : citation
        if (!extra || !sameId(cited, extra.first)) return
        let after = node
        for (const doc of extra.rest) {
          // An empty id makes Payload give the marker a new one.
          const marker = $createInlineBlockNode({ blockType: 'cite', id: '', citation: doc.id })
          after.insertAfter(marker)
          after = marker
        }
      })
    }
  }, [editor, blockId])

  const find = async (paste: string) => {
    if (!paste.trim()) return
    request.current?.abort()
    const controller = new AbortController()
    request.current = controller
    setOutcome({ kind: 'busy' })
    try {
      const response = await fetch(`${serverURL}${api}/citations/import`, {
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
      following.current = docs.length > 1 ? { first: docs[0].id, rest: docs.slice(1) } : null
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
