import { LazyFormView } from '@/components/FormView/lazy'
import type { FormBlock } from '@/payload-types'

import { formViewProps, populatedForm } from './props'

/**
 * A Form block placed inside a page's text: its heading and the form, fetched if not populated.
 * Every page with rich text can hold one, so the form's island is loaded only where one is.
 */
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
      <LazyFormView {...formViewProps({ form })} />
    </section>
  )
}
