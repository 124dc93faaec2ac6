import path from 'node:path'

import type { CollectionAfterChangeHook } from 'payload'

import type { WordpressImport } from '@/payload-types'
import { importsDir, loadImporter, saveImport } from '@/wordpress/import/job'

/**
 * A new upload is read at once as a dry run (nothing written), so the admin sees what an import
 * would do, or the one-line reason the file is refused, before starting it. Runs after the file
 * is stored, because the import reads it from disk as a stream.
 */
export const checkExport: CollectionAfterChangeHook<WordpressImport> = async ({
  doc,
  operation,
  context,
  req,
}) => {
  if (operation !== 'create' || context.wordpressImportServerWrite || !doc.filename) return doc
  let data: Parameters<typeof saveImport>[2]
  try {
    const { importWordPress } = await loadImporter()
    const report = await importWordPress(req.payload, {
      file: path.join(importsDir(), doc.filename),
      uploads: doc.oldSiteUrl || undefined,
      tags: doc.includeTags !== false,
      dryRun: true,
    })
    data = {
      status: report.refused ? 'refused' : 'checked',
      report: report as unknown as WordpressImport['report'],
      error: report.refused ?? null,
    }
  } catch (error) {
    req.payload.logger.error({ err: error, msg: `WordPress import ${doc.id}: dry run failed` })
    data = {
      status: 'refused',
      error: `The file could not be read: ${(error as Error).message}`.slice(0, 1000),
    }
  }
  return saveImport(req.payload, doc.id, data, req)
}
