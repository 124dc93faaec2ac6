import type { Field, GroupField } from 'payload'

import { checkLinkUrl } from '@/validation'

import { existingOnly } from './existingOnly'
import { validateWith } from './validate'

export const LINKABLE = ['pages', 'articles', 'topics', 'offices', 'physicians'] as const

/** A label and where it goes: a page of this site picked from a list, or a typed address. */
export const linkField = (name = 'link'): GroupField => ({
  name,
  type: 'group',
  admin: { hideGutter: true },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'label',
          type: 'text',
          required: true,
          maxLength: 60,
          admin: { width: '40%', description: 'The words people click, e.g. "Our offices".' },
        },
        {
          name: 'type',
          type: 'radio',
          defaultValue: 'internal',
          options: [
            { label: 'A page of this site', value: 'internal' },
            { label: 'A web address', value: 'custom' },
          ],
          admin: { width: '60%', layout: 'horizontal' },
        },
      ],
    },
    {
      name: 'reference',
      label: 'Page',
      type: 'relationship',
      relationTo: [...LINKABLE],
      required: true,
      filterOptions: existingOnly,
      // A field hidden by its condition is not validated, so `required` applies only when shown.
      admin: { condition: (_, siblingData) => siblingData?.type !== 'custom' },
    },
    {
      name: 'url',
      label: 'Address',
      type: 'text',
      required: true,
      maxLength: 2000,
      validate: validateWith(checkLinkUrl),
      admin: {
        condition: (_, siblingData) => siblingData?.type === 'custom',
        description: 'A path on this site such as /offices, or a full address such as https://…',
      },
    },
  ],
})

export const navItemsField = (name: string, maxRows: number): Field => ({
  name,
  type: 'array',
  maxRows,
  labels: { singular: 'Link', plural: 'Links' },
  fields: [linkField()],
})
