import { FormView } from '@/components/FormView'

import { type FormSectionProps, formViewProps } from './props'

export { phoneFallback, populatedForm } from './props'

/** A form the page always shows (contact page, office page, article sidebar): loaded with it. */
export const FormSection = (props: FormSectionProps) => <FormView {...formViewProps(props)} />
