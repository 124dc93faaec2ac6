import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'

import type { FormViewProps } from '@/components/FormView'
import { PlainRichText } from '@/components/RichText/plain'
import type { Form } from '@/payload-types'

export type FormSectionProps = {
  form: Form
  defaults?: Record<string, string>
  /** Where else to turn if sending fails, e.g. "call us at (708) 393-8266". */
  fallback?: string
}

/**
 * What the form's island gets: the staff's fields, with the confirmation and message blocks
 * rendered on the server. Only what the browser needs is passed on: not the staff's notification
 * addresses.
 */
export const formViewProps = ({ form, defaults, fallback }: FormSectionProps): FormViewProps => {
  const messages: Record<string, React.ReactNode> = {}
  for (const block of form.fields ?? []) {
    if (block.blockType === 'message' && block.id && block.message) {
      messages[block.id] = <PlainRichText data={block.message as SerializedEditorState} />
    }
  }
  return {
    form: {
      id: form.id,
      fields: form.fields,
      submitButtonLabel: form.submitButtonLabel,
      confirmationType: form.confirmationType,
      redirect: form.redirect,
    },
    confirmation: form.confirmationMessage ? (
      <PlainRichText data={form.confirmationMessage as SerializedEditorState} />
    ) : (
      <p>Thank you. Your message has been sent.</p>
    ),
    messages,
    defaults,
    fallback,
  }
}

/** The form a relationship points at, if it came back populated. */
export const populatedForm = (value: number | Form | null | undefined): Form | null =>
  value && typeof value === 'object' ? value : null

/** "call us at (708) 393-8266": the first office's phone, for when sending fails. */
export const phoneFallback = (offices: { phone?: string | null }[]): string | undefined => {
  const phone = offices.find((office) => office.phone)?.phone
  return phone ? `call us at ${phone}` : undefined
}
