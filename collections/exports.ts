import path from 'node:path'

import { importExportPlugin } from '@payloadcms/plugin-import-export'
import type { ExportBeforeHook } from '@payloadcms/plugin-import-export/types'
import {
  APIError,
  type CollectionBeforeOperationHook,
  type CollectionConfig,
  type CollectionSlug,
  type Endpoint,
  Forbidden,
  type PayloadRequest,
  type Plugin,
} from 'payload'

import { isStaff, nobody } from '@/access'
import { isStaffUser } from '@/access/roles'
import { neutralizeFormula } from '@/forms/exportRows'

import { requireObjectBody } from '@/hardening/requireObjectBody'

/**
 * Staff export articles, citations, physicians, offices and reviews as CSV or JSON from each
 * list's menu ("Export …"), with @payloadcms/plugin-import-export. Export only: nothing is
 * imported from a spreadsheet (it would overwrite content and skip the editors' checks), so the
 * plugin's `imports` collection and import task are removed altogether.
 *
 * The plugin's `exports` collection is an upload collection: a saved export is a file under
 * EXPORTS_DIR (default `data/exports`), served at /api/exports/file/<name> with the collection's
 * read access. Everything about it is for staff only: listing, creating, downloading, deleting,
 * and the plugin's own /download and /export-preview endpoints (which skip collection access).
 */

/** Where saved export files are stored; outside the repository's own files, like the media. */
export const exportsDir = (): string =>
  path.resolve(process.cwd(), process.env.EXPORTS_DIR || 'data/exports')

/** The collections staff may export. Anything else (form submissions, accounts) is refused. */
export const EXPORTABLE = [
  'articles',
  'citations',
  'physicians',
  'offices',
  'reviews',
] as const satisfies readonly CollectionSlug[]

const isExportable = (slug: unknown): boolean =>
  typeof slug === 'string' && (EXPORTABLE as readonly string[]).includes(slug)

const NOT_EXPORTABLE = `Only ${EXPORTABLE.join(', ')} can be exported.`

/**
 * A cell starting with = + - @ is run as a formula by spreadsheets; reviews hold text written by
 * the public. Same rule as the submissions export. JSON stays as stored.
 */
export const neutralizeCsvFormulas: ExportBeforeHook = ({ data, format }) =>
  format === 'csv'
    ? data.map((row) =>
        Object.fromEntries(
          Object.entries(row).map(([key, value]) => [
            key,
            typeof value === 'string' ? neutralizeFormula(value) : value,
          ]),
        ),
      )
    : data

/**
 * Runs before the plugin's own hook, which builds the whole file from `beforeOperation`, that is
 * before Payload checks create access: without this a visitor's POST would get the plugin's
 * "User authentication is required" as a 500 (not Payload's 403), and staff could export any
 * collection, form submissions included.
 */
const onlyStaffAndExportable: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'create') return args
  const { data, overrideAccess } = args as {
    data?: { collectionSlug?: unknown }
    overrideAccess?: boolean
  }
  if (!overrideAccess && !isStaffUser(req.user)) throw new Forbidden(req.t)
  if (data && typeof data === 'object' && !isExportable(data.collectionSlug))
    throw new APIError(NOT_EXPORTABLE, 400, null, true)
  return args
}

const refuse = (status: number, message: string) =>
  Response.json({ errors: [{ message }] }, { status })

/**
 * The plugin's endpoints run no access check of their own (the preview answers anyone with
 * what they may read, the download needs only some user). Staff only, and only for the
 * exportable collections. The body is read from a copy, so the plugin's handler reads it again.
 */
const staffOnly =
  (bodyOf: (json: Record<string, unknown>) => unknown) =>
  (endpoint: Endpoint): Endpoint => ({
    ...endpoint,
    handler: async (req: PayloadRequest) => {
      if (!req.user) return refuse(401, 'You are not allowed to perform this action.')
      if (!isStaffUser(req.user)) return refuse(403, 'You are not allowed to perform this action.')
      let json: unknown
      try {
        json = await (req as unknown as Request).clone().json()
      } catch {
        return refuse(400, 'Send the export settings as JSON.')
      }
      const settings =
        json && typeof json === 'object' && !Array.isArray(json)
          ? bodyOf(json as Record<string, unknown>)
          : undefined
      if (!settings || typeof settings !== 'object')
        return refuse(400, 'Send the export settings as JSON.')
      if (!isExportable((settings as { collectionSlug?: unknown }).collectionSlug))
        return refuse(400, NOT_EXPORTABLE)
      return endpoint.handler(req)
    },
  })

// The download button posts { data: { …settings } }; the preview posts the settings themselves.
const guardEndpoint = (endpoint: Endpoint): Endpoint =>
  staffOnly(endpoint.path === '/download' ? (json) => json.data : (json) => json)(endpoint)

const exportCollection = ({ collection }: { collection: CollectionConfig }): CollectionConfig => ({
  ...collection,
  labels: { singular: 'Export', plural: 'Exports' },
  access: { read: isStaff, create: isStaff, update: nobody, delete: isStaff },
  admin: {
    ...collection.admin,
    group: 'Settings',
    description:
      'CSV and JSON files of articles, citations, physicians, offices and reviews, made with “Export …” in those lists’ menus. Staff only; delete the ones you no longer need.',
    defaultColumns: ['name', 'collectionSlug', 'format', 'createdAt'],
  },
  endpoints: Array.isArray(collection.endpoints)
    ? collection.endpoints.map(guardEndpoint)
    : collection.endpoints,
  hooks: {
    ...collection.hooks,
    // Ours first: a body that is not an object, or another collection, is refused before the
    // plugin builds a file. hardenInput (payload.config.ts) adds the usual checks after these.
    beforeOperation: [
      requireObjectBody(),
      onlyStaffAndExportable,
      ...(collection.hooks?.beforeOperation ?? []),
    ],
  },
  upload: {
    ...(typeof collection.upload === 'object' ? collection.upload : {}),
    staticDir: exportsDir(),
  },
})

const plugin = importExportPlugin({
  collections: EXPORTABLE.map((slug) => ({
    slug,
    import: false,
    export: {
      // Synchronous: the file is made during the staff member's own request, so "Save" shows
      // it at once and nothing waits for the job runner (its autorun is a minute apart in
      // production and off in tests, JOBS_AUTORUN=false). The site's collections are small.
      disableJobsQueue: true,
      hooks: { before: neutralizeCsvFormulas },
    },
  })),
  overrideExportCollection: exportCollection,
})

/** The plugin, with its import side (collection, task) removed. */
export const exportsPlugin: Plugin = async (config) => {
  const result = await plugin(config)
  return {
    ...result,
    collections: (result.collections ?? []).filter((collection) => collection.slug !== 'imports'),
    jobs: {
      ...result.jobs,
      tasks: (result.jobs?.tasks ?? []).filter((task) => task.slug !== 'createCollectionImport'),
    },
  }
}
