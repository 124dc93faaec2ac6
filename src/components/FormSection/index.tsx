import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'

import { FormView } from '@/components/FormView'
import { RichText } from '@/components/RichText'
import type { Form, FormBlock } from '@/payload-types'

type Props = {
  form: Form
  defaults?: Record<string, string>
  /** Where else to turn if sending fails, e.g. "call us at (708) 393-8266". */
  fallback?: string
}

/**
 * A staff-built form with its confirmation and message blocks rendered on the server. Only what
 * the browser needs is passed on: not the staff's notification addresses.
 */
export const FormSection = ({ form, defaults, fallback }: Props) => {
  const messages: Record<string, React.ReactNode> = {}
  for (const block of form.fields ?? []) {
    if (block.blockType === 'message' && block.id && block.message) {
      messages[block.id] = <RichText data={block.message as SerializedEditorState} />
    }
  }
  return (
    <FormView
      form={{
        id: form.id,
        fields: form.fields,
        submitButtonLabel: form.submitButtonLabel,
        confirmationType: form.confirmationType,
        redirect: form.redirect,
      }}
      confirmation={
        form.confirmationMessage ? (
          <RichText data={form.confirmationMessage as SerializedEditorState} />
        ) : (
          <p>Thank you. Your message has been sent.</p>
        )
      }
      messages={messages}
      defaults={defaults}
      fallback={fallback}
    />
  )
}

/** The form a relationship points at, if it came back populated. */
export const populatedForm = (value: number | Form | null | undefined): Form | null =>
  value && typeof value === 'object' ? value : null

/** "call us at (708) 393-8266": the first office's phone, for when sending fails. */
export const phoneFallback = (offices: { phone?: string | null }[]): string | undefined => {
  const phone = offices.find((office) => office.phone)?.phone
  return phone ? `call us at ${phone}` : undefined
}

/** A Form block placed inside a page: its heading and the form, fetched if not populated. */
export const FormBlockView = async ({ block }: { block: FormBlock }) => {
  const form =
    populatedForm(block.form) ??
    (typeof block.form === 'number' || typeof block.form === 'string'
      ? // Loaded here only: the data module needs Payload, which plain renders (tests) do not.
        await (await import('@/data/forms')).getForm(block.form)
      : null)
  if (!form) return null
  return (
    <section className="form-block">
      {block.heading ? <p className="form-block-heading">{block.heading}</p> : null}
      <FormSection form={form} />
    </section>
  )
}
