import { AsyncLocalStorage } from 'node:async_hooks'

// Next keeps these `.external` modules out of its bundles, so this is the server's own copy.
import { workAsyncStorage } from 'next/dist/server/app-render/work-async-storage.external'
import { workUnitAsyncStorage } from 'next/dist/server/app-render/work-unit-async-storage.external'

/**
 * Runs `callback` as if no request were being handled, for work a request starts that outlives
 * its response (a background job kicked by an endpoint). In the request's context Next's
 * revalidateTag only notes the tags for the end of that request, which has already passed, so the
 * job's saves would not expire the cache; outside it `revalidateTags` tells the server's cache
 * directly, as for the scheduled jobs the cron runs.
 */
export const outsideRequest = <R>(callback: () => R): R =>
  // Outside a Next server (`payload run`, tests) these are placeholders that throw when used,
  // and there is no request to leave.
  workAsyncStorage instanceof AsyncLocalStorage && workUnitAsyncStorage instanceof AsyncLocalStorage
    ? workAsyncStorage.exit(() => workUnitAsyncStorage.exit(callback))
    : callback()
