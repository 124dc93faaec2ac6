// The states of an import made in the admin (collection wordpress-imports). No Node code: the
// admin's import view uses it too.

export const IMPORT_STATUSES = [
  'checked',
  'refused',
  'queued',
  'running',
  'done',
  'failed',
] as const
export type ImportStatus = (typeof IMPORT_STATUSES)[number]

export const STATUS_LABELS: Record<ImportStatus, string> = {
  checked: 'Checked, ready to import',
  refused: 'Refused',
  queued: 'Waiting to start',
  running: 'Importing',
  done: 'Done',
  failed: 'Failed',
}

/** Statuses during which the background job owns the document. */
export const ACTIVE_STATUSES: ImportStatus[] = ['queued', 'running']

export const WORDPRESS_IMPORTS = 'wordpress-imports'
export const WORDPRESS_IMPORT_TASK = 'wordpressImport'
export const WORDPRESS_QUEUE = 'wordpress'

declare module 'payload' {
  interface RequestContext {
    /** Set on the server's own saves (dry run, progress, result), so no hook runs the dry run again. */
    wordpressImportServerWrite?: boolean
  }
}
