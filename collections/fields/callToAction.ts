import type { Field } from 'payload'

import { linkField } from './link'

/** A short appeal with one link, e.g. "Were you recommended surgery?" → "Get a second opinion". */
export const callToActionFields: Field[] = [
  {
    name: 'heading',
    type: 'text',
    required: true,
    maxLength: 120,
    admin: { description: 'A question or promise, e.g. "Were you recommended surgery?"' },
  },
  {
    name: 'body',
    type: 'textarea',
    maxLength: 400,
    admin: { description: 'One or two sentences under the heading (optional).' },
  },
  linkField('link'),
]
