import type { Endpoint, Payload } from 'payload'

import { hasRole } from '@/access/roles'
import { outsideRequest } from '@/cache/outsideRequest'
import type { WordpressImport } from '@/payload-types'
import { saveImport } from '@/wordpress/import/job'
import {
  ACTIVE_STATUSES,
  WORDPRESS_IMPORT_TASK,
  WORDPRESS_IMPORTS,
  WORDPRESS_QUEUE,
} from '@/wordpress/import/status'

const refuse = (status: number, message: string) =>
  Response.json({ errors: [{ message }] }, { status })

/**
 * A queued or running import that has not written anything for this long was left behind by a
 * stopped server (its job will never finish); it no longer holds back a new one.
 */
export const ABANDONED_AFTER_MS = 30 * 60 * 1000

/** Other imports queued or running now; abandoned ones are marked failed on the way. */
const otherActiveImports = async (payload: Payload, id: number | string) => {
  const { docs } = await payload.find({
    collection: WORDPRESS_IMPORTS,
    where: { status: { in: ACTIVE_STATUSES }, id: { not_equals: id } },
    depth: 0,
    limit: 10,
    overrideAccess: true,
  })
  const active: WordpressImport[] = []
  for (const doc of docs) {
    if (Date.now() - Date.parse(doc.updatedAt) < ABANDONED_AFTER_MS) active.push(doc)
    else
      await saveImport(payload, doc.id, {
        status: 'failed',
        error:
          'The import stopped without finishing (the server was restarted?). Upload the file again to finish it; what was imported is kept.',
        finishedAt: new Date().toISOString(),
      })
  }
  return active
}

const busy = (other: WordpressImport) =>
  refuse(
    409,
    `Another WordPress import (${other.filename}) is ${other.status === 'running' ? 'running' : 'about to start'}. Start this one when it has finished.`,
  )

// Starts are handled one at a time in this process, so two clicks cannot queue two jobs.
let starting: Promise<unknown> = Promise.resolve()

/**
 * `POST /api/wordpress-imports/:id/start` (admins): queues the import of a checked export as a
 * job and runs it at once in this server, in the background. Answers 202 with the import.
 */
export const startImportEndpoint: Endpoint = {
  path: '/:id/start',
  method: 'post',
  handler: (req) => {
    const result = starting.then(async () => {
      if (!hasRole(req.user, 'admin'))
        return refuse(req.user ? 403 : 401, 'Only admins can import from WordPress.')
      const { payload } = req
      const id = String(req.routeParams?.id ?? '')
      const doc = await payload
        .findByID({ collection: WORDPRESS_IMPORTS, id, depth: 0, overrideAccess: true })
        .catch(() => null)
      if (!doc) return refuse(404, 'There is no such WordPress import.')
      if (doc.status !== 'checked')
        return refuse(
          409,
          doc.status === 'refused'
            ? 'This file was refused, so there is nothing to import. Upload a WordPress export (Tools → Export → All content).'
            : 'This import has already been started. Upload the file again to import it once more.',
        )
      const [other] = await otherActiveImports(payload, doc.id)
      if (other) return busy(other)

      await saveImport(payload, doc.id, { status: 'queued' })
      // Another server process may have queued one meanwhile: then neither goes ahead twice.
      const [raced] = await otherActiveImports(payload, doc.id)
      if (raced) {
        await saveImport(payload, doc.id, { status: 'checked' })
        return busy(raced)
      }
      let job
      try {
        job = await payload.jobs.queue({
          task: WORDPRESS_IMPORT_TASK,
          input: { importId: String(doc.id) },
          queue: WORDPRESS_QUEUE,
        })
      } catch (error) {
        await saveImport(payload, doc.id, { status: 'checked' })
        throw error
      }
      // Run now rather than at the next cron tick (the cron runs only the default queue, and not
      // at all where JOBS_AUTORUN=false), outside this request: the job outlives the response.
      void outsideRequest(() =>
        payload.jobs.runByID({ id: job.id }).catch(async (error) => {
          payload.logger.error({ err: error, msg: `WordPress import ${doc.id} did not run` })
          await saveImport(payload, doc.id, {
            status: 'failed',
            error: `The import could not be started: ${(error as Error).message}`,
            finishedAt: new Date().toISOString(),
          }).catch(() => undefined)
        }),
      )
      const started = await payload.findByID({
        collection: WORDPRESS_IMPORTS,
        id: doc.id,
        depth: 0,
        overrideAccess: true,
      })
      return Response.json({ message: 'The import has started.', doc: started }, { status: 202 })
    })
    starting = result.catch(() => undefined)
    return result
  },
}
