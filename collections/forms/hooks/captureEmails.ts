import type { BeforeEmail } from '@payloadcms/plugin-form-builder/types'

import type { FormattedEmail } from '@/forms/delivery'

export const emailsContextKey = (id: number | string) => `formEmails:${id}`

// The plugin formats the form's Emails tab ({{field}} placeholders); we keep the result for
// deliverSubmission, which stores and sends it, and let the plugin send nothing itself.
export const captureEmails: BeforeEmail = (emails, args) => {
  // Typed as beforeChange arguments, but the plugin calls it from afterChange, with `doc`.
  const { doc, req } = args as unknown as { doc: { id: number | string }; req: typeof args.req }
  req.context[emailsContextKey(doc.id)] = emails as FormattedEmail[]
  return []
}
