import type { CollectionConfig, Field } from 'payload'

import { isAdmin } from '@/access'
import { hasRole } from '@/access/roles'
import type { User } from '@/payload-types'
import { checkHttpUrl } from '@/validation'
import { importsDir } from '@/wordpress/import/job'
import { MAX_WORDPRESS_EXPORT_BYTES, WORDPRESS_IMPORT_COMMAND } from '@/wordpress/import/limits'
import { IMPORT_STATUSES, STATUS_LABELS, WORDPRESS_IMPORTS } from '@/wordpress/import/status'

import { validateWith } from '../fields/validate'
import { startImportEndpoint } from './endpoints/startImport'
import { checkExport } from './hooks/checkExport'
import { keepStoredExport } from './hooks/keepStoredExport'
import { refuseDeleteWhileActive } from './hooks/refuseDeleteWhileActive'

// Set by the server only (the dry run, the job): shown, never typed or sent.
const serverOnly = { create: () => false, update: () => false }

// In the list only: the edit view's panel shows them as the job changes them, where a form field
// would keep the value the page was opened with.
const listOnly = () => false

/** When the import started or finished: set by the server, shown in the list. */
const serverTime = (name: string): Field => ({
  name,
  type: 'date',
  access: serverOnly,
  admin: {
    readOnly: true,
    condition: listOnly,
    date: { pickerAppearance: 'dayAndTime', displayFormat: 'MMM d, yyyy h:mm a' },
  },
})

/**
 * "Import from WordPress" in the admin: an admin uploads the export, sees the dry run's report,
 * and starts the import, which runs as a job inside the server with its progress shown here.
 */
export const WordPressImports: CollectionConfig = {
  slug: WORDPRESS_IMPORTS,
  labels: { singular: 'WordPress import', plural: 'WordPress imports' },
  admin: {
    group: 'Settings',
    useAsTitle: 'filename',
    defaultColumns: ['filename', 'status', 'createdAt', 'finishedAt'],
    description: `Bring a WordPress site over: upload its export (Tools → Export → All content), check what would be imported, then import it. Files over ${MAX_WORDPRESS_EXPORT_BYTES / 1024 / 1024} MB are imported on the server with: ${WORDPRESS_IMPORT_COMMAND}`,
    hidden: ({ user }) => !hasRole(user as User, 'admin'),
  },
  access: {
    read: isAdmin,
    create: isAdmin,
    update: isAdmin,
    delete: isAdmin,
  },
  upload: {
    staticDir: importsDir(),
    // Payload reads the bytes (file-type does not know XML, so an .xml file is parsed as XML, and
    // an unreadable one is judged by its extension). The dry run then tells a WordPress export
    // from any other XML, such as an RSS feed.
    mimeTypes: ['application/xml', 'text/xml', 'application/rss+xml'],
  },
  endpoints: [startImportEndpoint],
  hooks: {
    beforeOperation: [keepStoredExport],
    afterChange: [checkExport],
    beforeDelete: [refuseDeleteWhileActive],
  },
  fields: [
    {
      name: 'panel',
      type: 'ui',
      admin: {
        components: { Field: '/src/components/admin/WordPressImport#WordPressImportPanel' },
      },
    },
    {
      name: 'oldSiteUrl',
      label: "Old site's address",
      type: 'text',
      maxLength: 500,
      validate: validateWith(checkHttpUrl),
      access: { update: () => false },
      admin: {
        description:
          "The old site's address, to download the images from, e.g. https://www.oldclinic.com",
      },
    },
    {
      name: 'includeTags',
      label: 'Import tags as topics',
      type: 'checkbox',
      defaultValue: true,
      access: { update: () => false },
      admin: { description: 'Categories always become topics; tags too when this is ticked.' },
    },
    {
      name: 'status',
      type: 'select',
      options: IMPORT_STATUSES.map((value) => ({ value, label: STATUS_LABELS[value] })),
      index: true,
      access: serverOnly,
      admin: { readOnly: true, condition: listOnly },
    },
    {
      name: 'progress',
      type: 'group',
      access: serverOnly,
      admin: { hidden: true },
      fields: [
        { name: 'done', type: 'number' },
        { name: 'total', type: 'number' },
      ],
    },
    {
      name: 'error',
      label: 'Reason',
      type: 'text',
      access: serverOnly,
      admin: { hidden: true },
    },
    { name: 'report', type: 'json', access: serverOnly, admin: { hidden: true } },
    serverTime('startedAt'),
    serverTime('finishedAt'),
  ],
}
