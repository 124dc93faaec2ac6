'use client'

import {
  Button,
  TextareaField,
  TextField,
  useAllFormFields,
  useDocumentInfo,
  useField,
  useForm,
} from '@payloadcms/ui'
import type { TextareaFieldClientProps, TextFieldClientProps } from 'payload'
import { useEffect, useMemo, useState } from 'react'

import { lengthHint, type MetaKind } from './hint'
import { useApiRoot } from '@/components/admin/useApiRoot'

import './styles.css'

type Defaults = { title: string; description: string }

// The title and description fields share one request per change of the document.
let pending: { body: string; result: Promise<Defaults | null> } | null = null

const fetchDefaults = (url: string, body: string): Promise<Defaults | null> => {
  if (pending?.body !== body) {
    pending = {
      body,
      result: fetch(url, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body,
      })
        .then((response) => (response.ok ? (response.json() as Promise<Defaults>) : null))
        .catch(() => null),
    }
  }
  return pending.result
}

type Props = (TextFieldClientProps | TextareaFieldClientProps) & { kind: MetaKind }

/**
 * A meta title or description field that shows the generated default as its placeholder, counts
 * characters against what search engines show, and can fill in the suggestion to edit it.
 */
export const MetaSuggestionField = (props: Props) => {
  const { kind, path, readOnly } = props
  const apiRoot = useApiRoot()
  const { collectionSlug } = useDocumentInfo()
  const { getData } = useForm()
  const [fields] = useAllFormFields()
  const { value, setValue } = useField<string>({ path })
  const [suggestion, setSuggestion] = useState('')

  // The document as edited, without its meta group (typing there changes no suggestion).
  const body = useMemo(() => {
    const { meta: _meta, ...data } = getData() as Record<string, unknown>
    return JSON.stringify({ data })
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [fields, getData])

  useEffect(() => {
    if (!collectionSlug) return
    let current = true
    // Waits for a pause in typing, like autosave.
    const timer = setTimeout(() => {
      fetchDefaults(`${apiRoot}/${collectionSlug}/meta-defaults`, body).then((defaults) => {
        if (current && defaults) setSuggestion(defaults[kind] ?? '')
      })
    }, 500)
    return () => {
      current = false
      clearTimeout(timer)
    }
  }, [apiRoot, body, collectionSlug, kind])

  const own = typeof value === 'string' ? value : ''
  const hint = own || suggestion ? lengthHint(kind, own || suggestion, !own) : null
  const field = {
    ...props.field,
    admin: { ...props.field.admin, placeholder: suggestion || undefined },
  }

  return (
    <div className="meta-suggestion">
      {kind === 'title' ? (
        <TextField
          {...(props as TextFieldClientProps)}
          field={field as TextFieldClientProps['field']}
        />
      ) : (
        <TextareaField
          {...(props as TextareaFieldClientProps)}
          field={field as TextareaFieldClientProps['field']}
        />
      )}
      <div className="meta-suggestion__bar">
        {hint ? (
          <span
            className={`meta-suggestion__count meta-suggestion__count--${hint.tone}`}
            aria-live="polite"
          >
            {hint.message}
          </span>
        ) : null}
        {suggestion && suggestion !== own && !readOnly ? (
          <Button buttonStyle="secondary" size="small" onClick={() => setValue(suggestion)}>
            {own ? 'Replace with suggestion' : 'Use suggestion'}
          </Button>
        ) : null}
      </div>
    </div>
  )
}
