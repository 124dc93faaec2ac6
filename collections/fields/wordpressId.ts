import type { Field } from 'payload'

import { isStaffField } from '@/access'

/**
 * Where a document came from in a WordPress import (`npm run import:wordpress`): the post,
 * attachment or term id, or the author's login. A second run of the same export finds what it
 * made by this and leaves it alone, even after staff edited it. Staff only, set only by imports.
 */
export const wordpressIdField: Field = {
  name: 'wordpressId',
  label: 'WordPress ID',
  type: 'text',
  index: true,
  access: { read: isStaffField, create: () => false, update: () => false },
  admin: {
    position: 'sidebar',
    readOnly: true,
    description: 'Imported from WordPress; a later import of the same site skips it.',
    condition: (data) => Boolean(data?.wordpressId),
  },
}
