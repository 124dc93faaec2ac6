import type { Field } from 'payload'

import { existingOnly } from '../fields/existingOnly'

const suggested = (kind: 'title' | 'description') => ({
  path: '/src/components/admin/MetaSuggestion#MetaSuggestionField',
  clientProps: { kind },
})

// Same shape as @payloadcms/plugin-seo's `meta` group, so the plugin can take it over later.
// Empty fields fall back to the defaults generated in src/seo/metaDefaults.ts, which the admin shows
// as placeholders.
export const metaField: Field = {
  name: 'meta',
  label: 'Search engines and sharing',
  type: 'group',
  admin: {
    description:
      'How this page appears in Google results and when shared. Leave a field empty to use the suggestion shown in grey.',
  },
  fields: [
    {
      name: 'title',
      type: 'text',
      maxLength: 70,
      admin: {
        description: 'The whole title in search results, site name included.',
        components: { Field: suggested('title') },
      },
    },
    {
      name: 'description',
      type: 'textarea',
      maxLength: 200,
      admin: {
        description: 'One or two sentences that make someone want to read on.',
        components: { Field: suggested('description') },
      },
    },
    {
      name: 'image',
      filterOptions: existingOnly,
      type: 'upload',
      relationTo: 'media',
      admin: {
        description:
          'Shown when the page is shared, cropped to 1200 × 630 pixels (use one at least that large). Empty: the main image or portrait, else a card with the title.',
      },
    },
  ],
}
