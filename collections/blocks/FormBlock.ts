import type { Block } from 'payload'

import { existingOnly } from '../fields/existingOnly'

// Any form built under Forms ("Become a new patient"…), placed by the writer inside a page.
export const FormBlock: Block = {
  slug: 'formBlock',
  interfaceName: 'FormBlock',
  labels: { singular: 'Form', plural: 'Forms' },
  fields: [
    { name: 'heading', type: 'text', maxLength: 120 },
    {
      name: 'form',
      type: 'relationship',
      relationTo: 'forms',
      required: true,
      filterOptions: existingOnly,
    },
  ],
}
