import { AsyncLocalStorage } from 'node:async_hooks'

// Payload's schedulePublish task saves with `payload.update` and neither a req nor a context, so
// the hooks of that save cannot tell it from an editor's; the run is marked around the handler.
const scheduledRun = new AsyncLocalStorage<true>()

/** Runs `work` (the schedulePublish task) so the saves it makes know they are a scheduled publish. */
export const asScheduledPublish = <T>(work: () => T): T => scheduledRun.run(true, work)

/** True inside a scheduled publish run by the jobs queue. */
export const isScheduledPublish = (): boolean => scheduledRun.getStore() === true
