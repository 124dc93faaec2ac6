'use client'

import { type FormEvent, type ReactNode, useEffect, useId, useRef, useState } from 'react'

import type {} from 'altcha/types/react'

import type { Form } from '@/payload-types'

import {
  errorsFromResponse,
  type FieldErrors,
  inputFields,
  type InputField,
  missingAnswers,
  submissionData,
} from './submission'

export type FormViewProps = {
  form: Pick<Form, 'id' | 'fields' | 'submitButtonLabel' | 'confirmationType' | 'redirect'>
  /** The staff-written confirmation, rendered on the server. */
  confirmation: ReactNode
  /** Staff-written "message" blocks between the fields, rendered on the server, by block id. */
  messages?: Record<string, ReactNode>
  /** Starting values by field name, e.g. the office of the page the form is on. */
  defaults?: Record<string, string>
  /** Said when the request could not be sent at all: where else to turn. */
  fallback?: string
}

type AltchaWidget = HTMLElement & { verify?: () => Promise<unknown>; reset?: () => void }
type AltchaState = { state: string; payload?: string }

const CHALLENGE_URL = '/api/forms/challenge'
const WIDGET_CONFIGURATION = JSON.stringify({ hideLogo: true, hideFooter: true })

/**
 * A staff-built form: fields in the staff's order, a self-hosted proof-of-work check (ALTCHA,
 * loaded only once the visitor starts typing), a honeypot, and each server message beside its
 * field. It posts to Payload's own `/api/form-submissions`.
 */
export const FormView = ({
  form,
  confirmation,
  messages = {},
  defaults = {},
  fallback,
}: FormViewProps) => {
  const prefix = useId()
  const formRef = useRef<HTMLFormElement>(null)
  const widgetRef = useRef<AltchaWidget | null>(null)
  const summaryRef = useRef<HTMLDivElement>(null)
  const doneRef = useRef<HTMLDivElement>(null)
  const [ready, setReady] = useState(false)
  const [captchaWanted, setCaptchaWanted] = useState(false)
  const [captcha, setCaptcha] = useState<AltchaState>({ state: 'unverified' })
  const [errors, setErrors] = useState<FieldErrors>({})
  const [formError, setFormError] = useState<string | null>(null)
  const [sending, setSending] = useState(false)
  const [done, setDone] = useState(false)
  const fields = inputFields(form.fields)

  useEffect(() => setReady(true), [])

  // The widget's script is loaded on first interaction, so pages with a form stay light.
  useEffect(() => {
    if (!captchaWanted) return
    import('altcha').catch(() => setCaptcha({ state: 'error' }))
  }, [captchaWanted])

  useEffect(() => {
    const widget = widgetRef.current
    if (!widget) return
    const onState = (event: Event) => setCaptcha((event as CustomEvent<AltchaState>).detail)
    widget.addEventListener('statechange', onState)
    return () => widget.removeEventListener('statechange', onState)
  }, [captchaWanted])

  useEffect(() => {
    if (done) doneRef.current?.focus()
  }, [done])

  const waitForCaptcha = async (): Promise<string | null> => {
    if (captcha.state === 'verified' && captcha.payload) return captcha.payload
    const widget = widgetRef.current
    if (!widget) return null
    await customElements.whenDefined('altcha-widget')
    return new Promise((resolve) => {
      // A check that never finishes (a very slow phone, a blocked worker) must not hang the form.
      const timer = window.setTimeout(() => resolve(null), 60_000)
      const onState = (event: Event) => {
        const { state, payload } = (event as CustomEvent<AltchaState>).detail
        if (state === 'verified' || state === 'error' || state === 'expired') {
          widget.removeEventListener('statechange', onState)
          window.clearTimeout(timer)
          resolve(state === 'verified' ? (payload ?? null) : null)
        }
      }
      widget.addEventListener('statechange', onState)
      if (captcha.state !== 'verifying') void widget.verify?.()
    })
  }

  const showProblems = (fieldErrors: FieldErrors, message: string | null) => {
    setErrors(fieldErrors)
    setFormError(message)
    requestAnimationFrame(() => summaryRef.current?.focus())
  }

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    if (sending) return
    const data = new FormData(event.currentTarget)
    const missing = missingAnswers(fields, data)
    if (Object.keys(missing).length) {
      showProblems(missing, null)
      return
    }
    setSending(true)
    setCaptchaWanted(true)
    try {
      const altcha = await waitForCaptcha()
      if (!altcha) {
        showProblems({}, 'The spam check could not finish. Please press the button again.')
        widgetRef.current?.reset?.()
        return
      }
      const response = await fetch('/api/form-submissions', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({
          form: form.id,
          submissionData: submissionData(fields, data),
          altcha,
          website: String(data.get('website') ?? ''),
        }),
      })
      if (response.ok) {
        setErrors({})
        setFormError(null)
        if (form.confirmationType === 'redirect' && form.redirect?.url) {
          window.location.assign(form.redirect.url)
          return
        }
        setDone(true)
        return
      }
      const body = await response.json().catch(() => ({}))
      const problems = errorsFromResponse(response.status, body, fields)
      // A used or refused check cannot be sent again: start a fresh one.
      widgetRef.current?.reset?.()
      setCaptcha({ state: 'unverified' })
      showProblems(problems.fields, problems.message)
    } catch {
      showProblems(
        {},
        `Your message could not be sent: the connection failed. Please try again${fallback ? `, or ${fallback}` : ''}.`,
      )
    } finally {
      setSending(false)
    }
  }

  if (done) {
    return (
      <div className="form-confirmation" role="status" tabIndex={-1} ref={doneRef}>
        {confirmation}
      </div>
    )
  }

  const problemCount = Object.keys(errors).length
  const fieldId = (name: string) => `${prefix}-${name}`
  const errorId = (name: string) => `${prefix}-${name}-error`

  const renderField = (field: InputField) => {
    const id = fieldId(field.name)
    const error = errors[field.name]
    const common = {
      id,
      name: field.name,
      required: Boolean(field.required),
      'aria-invalid': error ? true : undefined,
      'aria-describedby': error ? errorId(field.name) : undefined,
    }
    const label = (
      <label htmlFor={id}>
        {field.label || field.name}
        {field.required ? <span className="required"> (required)</span> : null}
      </label>
    )
    const message = error ? (
      <p className="field-error" id={errorId(field.name)}>
        {error}
      </p>
    ) : null
    const width = field.width && field.width < 100 ? 'form-field half' : 'form-field'
    switch (field.blockType) {
      case 'checkbox':
        return (
          <div className={`${width} form-field--checkbox`} key={field.name}>
            <input type="checkbox" {...common} defaultChecked={Boolean(field.defaultValue)} />
            {label}
            {message}
          </div>
        )
      case 'textarea':
        return (
          <div className={width} key={field.name}>
            {label}
            <textarea
              {...common}
              rows={6}
              maxLength={10000}
              defaultValue={field.defaultValue ?? ''}
            />
            {message}
          </div>
        )
      case 'select':
        return (
          <div className={width} key={field.name}>
            {label}
            <select {...common} defaultValue={defaults[field.name] ?? field.defaultValue ?? ''}>
              <option value="">{field.placeholder || 'Choose…'}</option>
              {(field.options ?? []).map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </select>
            {message}
          </div>
        )
      default: {
        const type =
          field.blockType === 'email'
            ? 'email'
            : field.blockType === 'number'
              ? 'number'
              : /phone/i.test(`${field.name} ${field.label ?? ''}`)
                ? 'tel'
                : 'text'
        const autoComplete =
          type === 'email'
            ? 'email'
            : type === 'tel'
              ? 'tel'
              : /^first/i.test(field.name)
                ? 'given-name'
                : /^last/i.test(field.name)
                  ? 'family-name'
                  : undefined
        return (
          <div className={width} key={field.name}>
            {label}
            <input
              type={type}
              {...common}
              maxLength={type === 'number' ? undefined : 1000}
              autoComplete={autoComplete}
              defaultValue={
                defaults[field.name] ?? ('defaultValue' in field ? (field.defaultValue ?? '') : '')
              }
            />
            {message}
          </div>
        )
      }
    }
  }

  return (
    <form
      ref={formRef}
      className="site-form"
      // Pages load React for this form only when a visitor reaches for it (src/hydration).
      data-island="interaction"
      onSubmit={submit}
      onFocusCapture={() => setCaptchaWanted(true)}
      noValidate
    >
      <div ref={summaryRef} tabIndex={-1} className="form-problems" aria-live="assertive">
        {problemCount || formError ? (
          <div className="notice notice--error">
            {formError ? <p>{formError}</p> : null}
            {problemCount ? (
              <>
                <p>
                  {problemCount === 1
                    ? 'One answer needs your attention:'
                    : `${problemCount} answers need your attention:`}
                </p>
                <ul>
                  {Object.entries(errors).map(([name, message]) => (
                    <li key={name}>
                      <a href={`#${fieldId(name)}`}>{message}</a>
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
          </div>
        ) : null}
      </div>
      <div className="form-fields">
        {(form.fields ?? []).map((block, index) =>
          block.blockType === 'message' ? (
            <div className="form-message" key={block.id ?? index}>
              {messages[block.id ?? ''] ?? null}
            </div>
          ) : (
            renderField(block as InputField)
          ),
        )}
      </div>
      {/* Left empty by people; filled in by bots that complete every field. */}
      <div className="form-honeypot" aria-hidden="true">
        <label htmlFor={`${prefix}-website`}>Leave this field empty</label>
        <input id={`${prefix}-website`} name="website" tabIndex={-1} autoComplete="off" />
      </div>
      <div className="form-captcha">
        {captchaWanted ? (
          <altcha-widget
            ref={widgetRef}
            challenge={CHALLENGE_URL}
            auto="onload"
            configuration={WIDGET_CONFIGURATION}
          />
        ) : (
          <p className="muted">A quick automatic check keeps spam out; it starts when you type.</p>
        )}
      </div>
      <noscript>
        <p className="notice">
          This form needs JavaScript for its spam check. {fallback ? `Please ${fallback}.` : ''}
        </p>
      </noscript>
      <button type="submit" className="button" disabled={!ready || sending}>
        {sending ? 'Sending…' : form.submitButtonLabel || 'Send'}
      </button>
    </form>
  )
}
