import type { Payload, PayloadRequest, SendEmailOptions } from 'payload'

import type { Form, FormSubmission } from '@/payload-types'

/**
 * Staff notifications for form submissions. The submission is stored before anything is sent;
 * the messages are stored with it (`notifications`), then sent, and the outcome is recorded in
 * `emailStatus`, `emailAttempts`, `emailedAt` and `emailError`. A failure never reaches the
 * visitor and never loses the submission: staff can send it again from the admin.
 */

/** What the form builder plugin formats from the form's Emails tab. */
export type FormattedEmail = {
  to: string
  cc?: string
  bcc?: string
  from?: string
  replyTo?: string
  subject: string
  html: string
}

/** One message as stored on the submission; `sentAt` marks those already delivered. */
export type Notification = FormattedEmail & { text: string; sentAt?: string }

export type DeliveryStatus = FormSubmission['emailStatus']

export type DeliveryResult = {
  emailStatus: DeliveryStatus
  emailAttempts: number
  emailedAt?: string | null
  emailError?: string | null
}

declare module 'payload' {
  interface RequestContext {
    /** Set on our own writes, so hooks (ours and others') can tell them from a visitor's. */
    formDelivery?: boolean
  }
}

const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
  '&#x27;': "'",
  '&nbsp;': ' ',
}

export const escapeHtml = (value: string): string =>
  value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')

const decodeEntities = (value: string): string =>
  value.replace(/&(?:amp|lt|gt|quot|nbsp|#39|#x27);/g, (entity) => ENTITIES[entity] ?? entity)

/** The staff-written message as plain text, for the text/plain part. */
export const htmlToText = (html: string): string =>
  decodeEntities(
    html
      .replace(/<br\s*\/?>/gi, '\n')
      .replace(/<\/(p|div|h[1-6]|li|blockquote|tr)>/gi, '\n')
      .replace(/<[^>]*>/g, ''),
  )
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()

type SubmittedValue = { field: string; value: string }
type FormField = NonNullable<Form['fields']>[number]

/** Every submitted field with the label staff gave it in the form (its name when there is none). */
export const labelledFields = (
  form: Pick<Form, 'fields'> | null | undefined,
  submissionData: SubmittedValue[] | null | undefined,
): Array<{ label: string; value: string }> => {
  const byName = new Map<string, FormField>()
  for (const field of form?.fields ?? []) {
    if ('name' in field && field.name) byName.set(field.name, field)
  }
  return (submissionData ?? []).map(({ field, value }) => {
    const config = byName.get(field)
    const label = (config && 'label' in config && config.label) || field
    let shown = value == null ? '' : String(value)
    // A select sends the option's value; staff wrote the option's label.
    if (config && 'options' in config && Array.isArray(config.options)) {
      const option = config.options.find((candidate) => candidate.value === shown)
      if (option?.label) shown = option.label
    }
    return { label, value: shown }
  })
}

const fieldsHtml = (rows: Array<{ label: string; value: string }>): string =>
  `<table cellpadding="6" style="border-collapse:collapse">${rows
    .map(
      ({ label, value }) =>
        `<tr><th align="left" valign="top">${escapeHtml(label)}</th><td style="white-space:pre-wrap">${escapeHtml(value)}</td></tr>`,
    )
    .join('')}</table>`

const fieldsText = (rows: Array<{ label: string; value: string }>): string =>
  rows
    .map(({ label, value }) => `${label}: ${value.includes('\n') ? `\n${value}` : value}`)
    .join('\n')

/**
 * The messages to store and send: each staff-written email followed by every submitted field
 * (escaped: a visitor's markup arrives as text), with a plain-text part. With no email set up on
 * the form, one plain notification to `notifyTo` (FORMS_NOTIFY_TO) if that is set.
 */
export const buildNotifications = ({
  emails,
  form,
  submissionData,
  notifyTo,
}: {
  emails: FormattedEmail[]
  form: Pick<Form, 'fields' | 'title'> | null | undefined
  submissionData: SubmittedValue[] | null | undefined
  notifyTo?: string
}): Notification[] => {
  const rows = labelledFields(form, submissionData)
  const written: FormattedEmail[] = emails.length
    ? emails
    : notifyTo
      ? [
          {
            to: notifyTo,
            subject: `New submission: ${form?.title ?? 'website form'}`,
            html: `<p>A visitor sent the form “${escapeHtml(form?.title ?? 'website form')}”.</p>`,
          },
        ]
      : []
  return written.map(({ to, cc, bcc, from, replyTo, subject, html }) => {
    const intro = htmlToText(html ?? '')
    return {
      to,
      ...(cc ? { cc } : {}),
      ...(bcc ? { bcc } : {}),
      ...(from ? { from } : {}),
      ...(replyTo ? { replyTo } : {}),
      // The plugin escapes {{placeholders}} for HTML; a subject is plain text.
      subject: decodeEntities(subject ?? '').replace(/[\r\n]+/g, ' '),
      html: `${html ?? ''}<h3>Submitted</h3>${fieldsHtml(rows)}`,
      text: `${intro ? `${intro}\n\n` : ''}Submitted\n\n${fieldsText(rows)}\n`,
    }
  })
}

export const storedNotifications = (value: unknown): Notification[] =>
  Array.isArray(value)
    ? value.filter(
        (entry): entry is Notification =>
          Boolean(entry) && typeof entry === 'object' && typeof entry.to === 'string',
      )
    : []

const errorMessage = (error: unknown): string => {
  const message = error instanceof Error ? error.message : String(error)
  return message.slice(0, 500)
}

type WriteArgs = { payload: Payload; req?: PayloadRequest; id: number | string }

/** Our own writes: past `update: nobody` and the fields' read-only access, without re-running delivery. */
export const writeDelivery = async (
  { payload, req, id }: WriteArgs,
  data: Partial<Pick<FormSubmission, 'notifications'>> & Partial<DeliveryResult>,
): Promise<FormSubmission> =>
  payload.update({
    collection: 'form-submissions',
    id,
    data,
    overrideAccess: true,
    depth: 0,
    req,
    context: { formDelivery: true },
  }) as Promise<FormSubmission>

/**
 * Sends the stored notifications not yet sent (all of them with `force`), then records the
 * outcome. Never throws for a mail failure: it is recorded as `failed` with the error.
 */
export const sendNotifications = async (
  args: WriteArgs & { notifications: Notification[]; attempts: number; force?: boolean },
): Promise<DeliveryResult> => {
  const { payload, notifications, attempts, force = false } = args
  if (!notifications.length) {
    const result: DeliveryResult = {
      emailStatus: 'none',
      emailAttempts: attempts,
      emailError: null,
    }
    await writeDelivery(args, result)
    return result
  }
  const errors: string[] = []
  const updated: Notification[] = []
  for (const notification of notifications) {
    if (notification.sentAt && !force) {
      updated.push(notification)
      continue
    }
    const { sentAt: _sentAt, ...message } = notification
    try {
      await payload.sendEmail(message as SendEmailOptions)
      updated.push({ ...notification, sentAt: new Date().toISOString() })
    } catch (error) {
      errors.push(`${notification.to}: ${errorMessage(error)}`)
      updated.push(notification)
    }
  }
  const now = new Date().toISOString()
  const result: DeliveryResult = errors.length
    ? { emailStatus: 'failed', emailAttempts: attempts + 1, emailError: errors.join('; ') }
    : { emailStatus: 'emailed', emailAttempts: attempts + 1, emailedAt: now, emailError: null }
  if (errors.length)
    // Only how many failed: the addresses (a visitor's own, for a confirmation) and the
    // submission stay in the database, for staff to read.
    payload.logger.error({
      msg: `Form submission ${args.id}: ${errors.length} of ${notifications.length} emails failed`,
    })
  await writeDelivery(args, { ...result, notifications: updated })
  return result
}
