import type { GlobalConfig } from 'payload'

import { anyone, isStaff } from '@/access'

import { existingOnly } from '../fields/existingOnly'
import { linkField } from '../fields/link'
import { revalidateGlobal } from '@/cache/expiryHooks'

export const HomePage: GlobalConfig = {
  slug: 'home-page',
  label: 'Home page',
  admin: {
    group: 'Settings',
    description:
      'The welcome at the top of the home page and the articles it features. The latest articles, topics, reviews and offices follow automatically.',
  },
  access: { read: anyone, update: isStaff },
  hooks: { afterChange: [revalidateGlobal] },
  fields: [
    {
      name: 'heading',
      type: 'text',
      required: true,
      defaultValue: 'Welcome',
      maxLength: 120,
      admin: { description: 'The large heading at the top of the home page.' },
    },
    { name: 'intro', type: 'textarea', maxLength: 600 },
    {
      name: 'links',
      label: 'Buttons',
      type: 'array',
      maxRows: 2,
      labels: { singular: 'Button', plural: 'Buttons' },
      fields: [linkField()],
    },
    {
      name: 'featuredArticles',
      type: 'relationship',
      relationTo: 'articles',
      hasMany: true,
      maxRows: 3,
      filterOptions: existingOnly,
      admin: {
        description:
          'Up to three articles shown first. Leave empty to feature the newest. Unpublished ones are skipped.',
      },
    },
  ],
}
