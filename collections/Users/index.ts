import type { CollectionConfig } from 'payload'

import { adminOrSelf, isAdmin, isAdminField } from '@/access'
import { ROLES } from '@/access/roles'
import { serverUrl } from '@/urls'

import { checkPasswordStrength } from './hooks/checkPasswordStrength'
import { makeFirstUserAdmin } from './hooks/makeFirstUserAdmin'

export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: 'Staff account', plural: 'Staff accounts' },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'roles', 'updatedAt'],
    group: 'Settings',
    description:
      'People who can sign in to this admin panel. Only admins can add accounts or change roles.',
  },
  auth: {
    maxLoginAttempts: 5,
    lockTime: 15 * 60 * 1000,
    tokenExpiration: 8 * 60 * 60,
    // Sent only over HTTPS when the site is served over it, never to other sites' requests.
    cookies: { secure: serverUrl().startsWith('https://'), sameSite: 'Lax' },
  },
  access: {
    admin: ({ req: { user } }) => Boolean(user?.roles?.length),
    read: adminOrSelf,
    create: isAdmin,
    update: adminOrSelf,
    delete: isAdmin,
    unlock: isAdmin,
  },
  hooks: {
    beforeOperation: [checkPasswordStrength],
    beforeChange: [makeFirstUserAdmin],
  },
  fields: [
    {
      name: 'name',
      type: 'text',
      required: true,
      maxLength: 120,
      admin: { description: 'Shown in the admin panel, e.g. "Maria Lopez".' },
    },
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      required: true,
      // The very first account becomes an admin (see makeFirstUserAdmin); show that on the form.
      defaultValue: async ({ req }) =>
        (await req.payload.count({ collection: 'users', req, overrideAccess: true })).totalDocs ===
        0
          ? ['admin']
          : ['editor'],
      saveToJWT: true,
      options: ROLES.map((role) => ({ label: role === 'admin' ? 'Admin' : 'Editor', value: role })),
      access: { create: isAdminField, update: isAdminField },
      admin: {
        description:
          'Editors write and publish content, moderate reviews and read form submissions. Admins can also manage staff accounts.',
      },
    },
  ],
  timestamps: true,
}
