import type { GlobalConfig } from 'payload'

import { anyone, isStaff } from '@/access'

import { navItemsField } from '../fields/link'
import { revalidateGlobal } from '@/cache/expiryHooks'

export const Footer: GlobalConfig = {
  slug: 'footer',
  label: 'Footer',
  admin: {
    group: 'Settings',
    description:
      'Links at the bottom of every page. The offices, the network note and the copyright line are added automatically.',
  },
  access: { read: anyone, update: isStaff },
  hooks: { afterChange: [revalidateGlobal] },
  fields: [navItemsField('navItems', 12)],
}
