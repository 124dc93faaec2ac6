import type { CollectionConfig } from 'payload'

import { isStaff } from '@/access'

import { requireObjectBody } from '@/hardening/requireObjectBody'
import { normalizeFromValue } from './hooks/normalizeFromValue'
import { normalizeToUrl } from './hooks/normalizeToUrl'
import { REDIRECT_TARGETS } from './targets'
import { validateFrom } from './validate/from'
import { validateToReference, validateToUrl } from './validate/target'
import { revalidateAfterChange, revalidateAfterDelete } from '@/cache/expiryHooks'

// The shape of @payloadcms/plugin-redirects (`from`, `to` { `type`, `reference`, `url` }), which
// cannot be installed next to Payload 3.90.2, so API users and a later switch find it unchanged.
export const Redirects: CollectionConfig = {
  slug: 'redirects',
  labels: { singular: 'Redirect', plural: 'Redirects' },
  admin: {
    useAsTitle: 'from',
    defaultColumns: ['from', 'to', 'updatedAt'],
    group: 'Settings',
    description:
      'Old addresses, e.g. of the previous WordPress site, and where visitors go now. A redirect is used only when nothing else lives at the old address, and it is permanent, so search engines move their listing to the new page.',
    listSearchableFields: ['from'],
  },
  defaultSort: 'from',
  access: {
    // Not public, unlike the plugin's default: the site reads the one redirect a request needs
    // (src/data/redirects.ts) and follows a reference only to a published page, whereas a public
    // list would reveal where unpublished pages and custom targets are.
    read: isStaff,
    create: isStaff,
    update: isStaff,
    delete: isStaff,
  },
  hooks: {
    beforeOperation: [
      requireObjectBody(
        '{ "from": "/old-address", "to": { "type": "custom", "url": "/new-address" } }',
      ),
    ],
    afterChange: [revalidateAfterChange],
    afterDelete: [revalidateAfterDelete],
  },
  fields: [
    {
      name: 'from',
      label: 'From URL',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      hooks: { beforeValidate: [normalizeFromValue] },
      validate: validateFrom,
      admin: {
        description:
          'The old address, e.g. /blog/knee-pain. You can paste the whole address of the old page: it is saved as its path, without tracking parameters (utm_source…), the #part or a final slash. WordPress addresses such as /?p=123 keep their query.',
      },
    },
    {
      name: 'to',
      type: 'group',
      // Also the list's column heading (the plugin hides it with label: false).
      label: 'To',
      admin: {
        hideGutter: true,
        components: { Cell: '/src/components/admin/RedirectTargetCell#RedirectTargetCell' },
      },
      fields: [
        {
          name: 'type',
          label: 'Send visitors to',
          type: 'radio',
          defaultValue: 'reference',
          options: [
            { label: 'A page of this site', value: 'reference' },
            { label: 'Another address', value: 'custom' },
          ],
          admin: { layout: 'horizontal' },
        },
        {
          name: 'reference',
          label: 'Page',
          type: 'relationship',
          relationTo: [...REDIRECT_TARGETS],
          required: true,
          validate: validateToReference,
          // A field hidden by its condition is not validated, so `required` applies only when shown.
          admin: {
            condition: (_, siblingData) => siblingData?.type !== 'custom',
            description:
              'The redirect follows the page if its slug changes later. While the page is not published, visitors get the “page not found” page instead.',
          },
        },
        {
          name: 'url',
          label: 'Address',
          type: 'text',
          required: true,
          hooks: { beforeValidate: [normalizeToUrl] },
          validate: validateToUrl,
          admin: {
            condition: (_, siblingData) => siblingData?.type === 'custom',
            description:
              'A path on this site such as /articles/knee-pain, or the full address of another website (https://…).',
          },
        },
      ],
    },
  ],
}
