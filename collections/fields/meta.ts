import type { Field } from 'payload'
import { existingOnly } from '../fields/existingOnly'

// Same shape as @payloadcms/plugin-seo's `meta` group, so the plugin can take it over later.
export const metaField: Field = {
  name: 'meta',
  label: 'Search engines and sharing',
  type: 'group',
  admin: {
    description:
      'How this page appears in Google results and when shared. Leave empty to use the title and excerpt.',
  },
  fields: [
    {
      name: 'title',
      type: 'text',
      maxLength: 70,
      admin: { description: 'Up to about 60 characters.' },
    },
    {
      name: 'description',
      type: 'textarea',
      maxLength: 200,
      admin: { description: 'One or two sentences, up to about 160 characters.' },
    },
    {
      name: 'image',
      filterOptions: existingOnly,
      type: 'upload',
      relationTo: 'media',
      admin: { description: 'Shown when the page is shared. Best at 1200 × 630 pixels.' },
    },
  ],
}
