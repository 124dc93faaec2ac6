import type { CollectionConfig } from 'payload'

import { nobody } from '@/access'

// Each solved captcha may be used once: its signature is stored until the challenge expires, and
// the unique index refuses a replay even when two requests race. Only the server writes here.
export const CaptchaSolutions: CollectionConfig = {
  slug: 'captcha-solutions',
  admin: { hidden: true },
  access: { read: nobody, create: nobody, update: nobody, delete: nobody },
  graphQL: false,
  fields: [
    { name: 'signature', type: 'text', required: true, unique: true, index: true },
    { name: 'expiresAt', type: 'date', required: true, index: true },
  ],
}
