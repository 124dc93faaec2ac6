'use client'

import { lazy, Suspense } from 'react'

import type { FormViewProps } from './index'

// React.lazy rather than next/dynamic: the stub stays a few hundred bytes, and the server still
// renders the whole form, so it reads and works before its script arrives.
const FormView = lazy(() => import('./index').then(({ FormView }) => ({ default: FormView })))

/** The form's island, fetched only by pages that show a form inside their text. */
export const LazyFormView = (props: FormViewProps) => (
  <Suspense>
    <FormView {...props} />
  </Suspense>
)
