import type { Endpoint } from 'payload'

import { isStaffUser } from '@/access/roles'
import { isDatabaseUnavailable } from '@/db/unavailable'
import { sendNotifications, storedNotifications } from '@/forms/delivery'
import type { FormSubmission } from '@/payload-types'

const refuse = (status: number, message: string) =>
  Response.json({ errors: [{ message }] }, { status })

/**
 * POST /api/form-submissions/:id/resend sends the submission's stored staff emails again (those
 * not yet delivered; all of them with ?force=1). 200 with the new status, whether or not the
 * mail server took them; 409 when already emailed and not forced.
 */
export const resendSubmissionEndpoint: Endpoint = {
  path: '/:id/resend',
  method: 'post',
  handler: async (req) => {
    if (!isStaffUser(req.user))
      return refuse(req.user ? 403 : 401, 'Only signed-in clinic staff can send submissions.')
    const id = String(req.routeParams?.id ?? '')
    const force = ['1', 'true'].includes(req.searchParams.get('force') ?? '')
    let doc: FormSubmission | null = null
    try {
      doc = (await req.payload.findByID({
        collection: 'form-submissions',
        id,
        depth: 0,
        overrideAccess: false,
        user: req.user,
        disableErrors: true,
      })) as FormSubmission | null
    } catch (error) {
      // An id of the wrong shape for the database is just an unknown submission; an outage is
      // not (it answers 503).
      if (isDatabaseUnavailable(error)) throw error
    }
    if (!doc) return refuse(404, 'No such form submission.')
    if (doc.emailStatus === 'emailed' && !force)
      return refuse(409, 'This submission was already emailed. Add ?force=1 to send it again.')
    const notifications = storedNotifications(doc.notifications)
    if (!notifications.length)
      return refuse(409, 'No email is set up for this form, so there is nothing to send.')
    const result = await sendNotifications({
      payload: req.payload,
      id: doc.id,
      notifications,
      attempts: doc.emailAttempts ?? 0,
      force,
    })
    const message =
      result.emailStatus === 'emailed'
        ? 'Emailed to staff.'
        : `The email could not be sent: ${result.emailError}`
    return Response.json({ message, ...result })
  },
}
