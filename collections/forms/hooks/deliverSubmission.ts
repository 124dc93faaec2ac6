import type { CollectionAfterChangeHook } from 'payload'

import {
  buildNotifications,
  DELIVERY_CONTEXT,
  type FormattedEmail,
  sendNotifications,
  writeDelivery,
} from '@/forms/delivery'
import type { Form, FormSubmission } from '@/payload-types'

import { emailsContextKey } from './captureEmails'

/**
 * Runs after the plugin's own afterChange (which formatted the emails through captureEmails):
 * stores the messages on the submission, then sends them. The visitor's request succeeds
 * whatever the mail server does; the outcome is recorded for staff.
 */
export const deliverSubmission: CollectionAfterChangeHook<FormSubmission> = async ({
  doc,
  operation,
  req,
  context,
}) => {
  if (operation !== 'create' || context[DELIVERY_CONTEXT]) return doc
  const { payload } = req
  const target = { payload, req, id: doc.id }
  try {
    const formID = typeof doc.form === 'object' ? doc.form.id : doc.form
    const form = (await payload.findByID({
      collection: 'forms',
      id: formID,
      depth: 0,
      overrideAccess: true,
      req,
    })) as Form
    const emails = (req.context[emailsContextKey(doc.id)] as FormattedEmail[] | undefined) ?? []
    const notifications = buildNotifications({
      emails,
      form,
      submissionData: doc.submissionData,
      notifyTo: process.env.FORMS_NOTIFY_TO || undefined,
    })
    // Stored before sending, so a crash mid-send still leaves something to send again.
    if (notifications.length) await writeDelivery(target, { notifications })
    await sendNotifications({ ...target, notifications, attempts: 0 })
  } catch (error) {
    payload.logger.error({ err: error, msg: `Form submission ${doc.id}: could not deliver` })
    await writeDelivery(target, {
      emailStatus: 'failed',
      emailError: error instanceof Error ? error.message.slice(0, 500) : 'Delivery failed',
    }).catch(() => undefined)
  }
  return doc
}
