import type { Field, GroupField, RelationshipFieldValidation } from 'payload'
import { relationship } from 'payload/shared'

import { checkLinkUrl } from '@/validation'

import { existingOnly } from './existingOnly'
import { validateWith } from './validate'

export const LINKABLE = ['pages', 'articles', 'topics', 'offices', 'physicians'] as const

type LinkSiblings = { label?: string | null }

/** With an optional link, the target is required only once the label is filled in. */
const targetOnceLabelled = (
  value: unknown,
  { siblingData }: { siblingData: LinkSiblings },
): true | string =>
  (value !== undefined && value !== null && value !== '') || !siblingData?.label?.trim()
    ? true
    : 'Choose where the link goes, or clear its label.'

/**
 * A label and where it goes: a page of this site picked from a list, or a typed address. An
 * `optional` link may be left empty (no button shows); once it has a label it needs a target.
 */
export const linkField = (name = 'link', { optional = false } = {}): GroupField => ({
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
          required: !optional,
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
      required: !optional,
      // Payload's own check (the page exists) still runs once a target is required.
      ...(optional
        ? {
            validate: ((value, options) =>
              targetOnceLabelled(value, options) === true
                ? relationship(value, options)
                : targetOnceLabelled(value, options)) as RelationshipFieldValidation,
          }
        : {}),
      filterOptions: existingOnly,
      // A field hidden by its condition is not validated, so `required` applies only when shown.
      admin: { condition: (_, siblingData) => siblingData?.type !== 'custom' },
    },
    {
      name: 'url',
      label: 'Address',
      type: 'text',
      required: !optional,
      maxLength: 2000,
      validate: (value: unknown, options: { required?: boolean; siblingData: LinkSiblings }) =>
        optional && targetOnceLabelled(value, options) !== true
          ? targetOnceLabelled(value, options)
          : validateWith(checkLinkUrl)(value, options),
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
