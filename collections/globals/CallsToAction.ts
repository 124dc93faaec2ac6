import type { GlobalConfig } from 'payload'

import { anyone, isStaff } from '@/access'

import { callToActionFields } from '../fields/callToAction'
import { existingOnly } from '../fields/existingOnly'
import { linkField } from '../fields/link'
import { revalidateGlobal } from '@/cache/expiryHooks'

export const CallsToAction: GlobalConfig = {
  slug: 'calls-to-action',
  label: 'Calls to action',
  admin: {
    group: 'Settings',
    description:
      'The boxes beside every article: appeals such as "Get a second opinion", the reviews box and the contact box. To place one inside an article, add a "Call to action" block in its text.',
  },
  access: { read: anyone, update: isStaff },
  hooks: { afterChange: [revalidateGlobal] },
  fields: [
    {
      name: 'sidebar',
      label: 'Beside articles',
      type: 'array',
      maxRows: 4,
      labels: { singular: 'Call to action', plural: 'Calls to action' },
      admin: { description: 'Shown in this order beside every article.' },
      fields: callToActionFields,
    },
    // Collapsibles only group the boxes on screen: the API keeps flat names (contactHeading…).
    {
      type: 'collapsible',
      label: 'Reviews box',
      admin: { description: 'Shown beside articles and on the home page.' },
      fields: [
        {
          name: 'reviewsHeading',
          label: 'Heading',
          type: 'text',
          required: true,
          defaultValue: 'What our patients say',
          maxLength: 120,
        },
        {
          name: 'reviewsCount',
          label: 'Reviews shown',
          type: 'number',
          required: true,
          defaultValue: 2,
          min: 0,
          max: 6,
          admin: { step: 1, description: 'Featured reviews come first, then the newest.' },
        },
      ],
    },
    {
      type: 'collapsible',
      label: 'Contact box',
      admin: { description: 'Shown beside articles and on the home page, with the office phones.' },
      fields: [
        {
          name: 'contactHeading',
          label: 'Heading',
          type: 'text',
          required: true,
          defaultValue: 'How can we help you?',
          maxLength: 120,
        },
        { name: 'contactBody', label: 'Body', type: 'textarea', maxLength: 400 },
        {
          name: 'contactForm',
          label: 'Form',
          type: 'relationship',
          relationTo: 'forms',
          filterOptions: existingOnly,
          admin: {
            description:
              'The form shown on /contact, on office pages and beside articles. Edit its fields, confirmation message and notification emails under Forms.',
          },
        },
        linkField('contactLink', { optional: true }),
      ],
    },
  ],
}
