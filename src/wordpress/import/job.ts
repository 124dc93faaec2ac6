import path from 'node:path'

import type { Payload, PayloadRequest, TaskConfig } from 'payload'

import type { WordpressImport } from '@/payload-types'
import { copyFromBucket } from '@/storage/objectStorage'

import type { WordPressReport } from './report'
import { type ImportStatus, WORDPRESS_IMPORT_TASK, WORDPRESS_IMPORTS } from './status'

/** Where the admin's uploaded exports are kept (an upload collection's staticDir). */
export const importsDir = (): string =>
  path.resolve(process.cwd(), process.env.IMPORTS_DIR || 'data/imports')

// Loaded when used: the importer brings jsdom and the rich-text converter, which the config (and
// so every process that loads it) has no other use for.
export const loadImporter = () => import('.')

/** How often the job writes its progress: often enough for a live bar, not a write per post. */
export const PROGRESS_INTERVAL_MS = 1_000

type ImportFields = Partial<
  Pick<WordpressImport, 'status' | 'progress' | 'report' | 'error' | 'startedAt' | 'finishedAt'>
> & { status?: ImportStatus }

/**
 * A save by the server itself: past the fields' read-only access, without the dry-run hook.
 * `req` when inside the upload's own save (its transaction, where there is one).
 */
export const saveImport = (
  payload: Payload,
  id: number | string,
  data: ImportFields,
  req?: PayloadRequest,
) =>
  payload.update({
    collection: WORDPRESS_IMPORTS,
    id,
    data,
    depth: 0,
    overrideAccess: true,
    context: { wordpressImportServerWrite: true },
    ...(req ? { req } : {}),
  })

const failedItems = (report: WordPressReport) =>
  Object.values(report.counts).reduce((sum, counts) => sum + counts.failed, 0)

/**
 * Runs an import the admin started: the export it stored, with its options, through the same
 * `importWordPress` as the command. Progress is written at most once a second; the end writes
 * the whole report and `done`, or `failed` when an item failed or the import threw.
 */
export const runWordPressImport = async (
  payload: Payload,
  importId: number | string,
): Promise<ImportStatus> => {
  const id = payload.db.defaultIDType === 'number' ? Number(importId) : importId
  const doc = await payload.findByID({
    collection: WORDPRESS_IMPORTS,
    id,
    depth: 0,
    overrideAccess: true,
  })
  if (!doc.filename) throw new Error(`WordPress import ${id} has no stored file.`)
  await saveImport(payload, id, {
    status: 'running',
    startedAt: new Date().toISOString(),
    // The total is known once the export has been read again.
    progress: { done: 0, total: null },
  })

  // Progress saves run one after another, never alongside the final save.
  let writes: Promise<unknown> = Promise.resolve()
  let lastWrite = 0
  const onProgress = (done: number, total: number) => {
    const now = Date.now()
    if (done > 0 && done < total && now - lastWrite < PROGRESS_INTERVAL_MS) return
    lastWrite = now
    writes = writes
      .then(() => saveImport(payload, id, { progress: { done, total } }))
      .catch((error) =>
        payload.logger.warn({ err: error, msg: `WordPress import ${id}: progress not saved` }),
      )
  }

  try {
    const file = path.join(importsDir(), doc.filename)
    // Uploaded through another instance: its copy in the bucket.
    await copyFromBucket({ ...doc, filename: doc.filename }, file)
    const { exitCodeFor, importWordPress } = await loadImporter()
    const report = await importWordPress(payload, {
      file,
      uploads: doc.oldSiteUrl || undefined,
      tags: doc.includeTags !== false,
      onProgress,
    })
    await writes
    const failed = exitCodeFor(report) !== 0
    const count = failedItems(report)
    const status: ImportStatus = failed ? 'failed' : 'done'
    await saveImport(payload, id, {
      status,
      report: report as unknown as WordpressImport['report'],
      error:
        report.refused ??
        (count
          ? `${count} ${count === 1 ? 'item was' : 'items were'} not imported; see below.`
          : null),
      finishedAt: new Date().toISOString(),
    })
    return status
  } catch (error) {
    await writes
    await saveImport(payload, id, {
      status: 'failed',
      error: `The import stopped: ${(error as Error).message}`.slice(0, 1000),
      finishedAt: new Date().toISOString(),
    }).catch((saveError) =>
      payload.logger.error({ err: saveError, msg: `WordPress import ${id}: failure not saved` }),
    )
    throw error
  }
}

type Input = { importId: string }

export const wordpressImportTask: TaskConfig<{ input: Input; output: { status: string } }> = {
  slug: WORDPRESS_IMPORT_TASK,
  label: 'Import a WordPress export',
  // Never run again by itself: a person starts it (and a re-run is safe, by WordPress ids).
  retries: 0,
  inputSchema: [{ name: 'importId', type: 'text', required: true }],
  handler: async ({ input, req }) => ({
    output: { status: await runWordPressImport(req.payload, input.importId) },
  }),
}
