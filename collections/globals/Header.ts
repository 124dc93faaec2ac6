import type { GlobalConfig } from 'payload'

import { anyone, isStaff } from '@/access'

import { navItemsField } from '../fields/link'
import { revalidateGlobal } from '@/cache/expiryHooks'

export const Header: GlobalConfig = {
  slug: 'header',
  label: 'Header menu',
  admin: {
    group: 'Settings',
    description: 'The links in the menu at the top of every page, in order.',
  },
  access: { read: anyone, update: isStaff },
  hooks: { afterChange: [revalidateGlobal] },
  fields: [navItemsField('navItems', 8)],
}
