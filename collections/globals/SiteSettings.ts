import type { GlobalConfig } from 'payload'

import { anyone, isStaff } from '@/access'

import { existingOnly } from '../fields/existingOnly'
import { revalidateGlobal } from '@/cache/expiryHooks'

export const SiteSettings: GlobalConfig = {
  slug: 'site-settings',
  label: 'Site settings',
  admin: {
    group: 'Settings',
    description: 'The clinic name and the words shown on every page.',
  },
  access: {
    read: anyone,
    update: isStaff,
  },
  hooks: { afterChange: [revalidateGlobal] },
  fields: [
    {
      name: 'siteName',
      type: 'text',
      required: true,
      defaultValue: 'Caring Medical',
      maxLength: 100,
    },
    {
      name: 'tagline',
      type: 'text',
      maxLength: 200,
      admin: {
        description:
          'Shown under the name in the header, e.g. "Prolotherapy and regenerative medicine".',
      },
    },
    {
      name: 'footerNote',
      type: 'textarea',
      maxLength: 500,
      admin: { description: 'A short paragraph at the bottom of every page.' },
    },
    {
      name: 'copyright',
      type: 'text',
      maxLength: 200,
      admin: {
        description: 'e.g. "Caring Medical. All rights reserved." The year is added automatically.',
      },
    },
    {
      name: 'disclaimerPage',
      type: 'relationship',
      relationTo: 'pages',
      filterOptions: existingOnly,
      admin: { description: 'Linked next to the copyright line on every page.' },
    },
  ],
}
