import { AsyncLocalStorage } from 'node:async_hooks'

export type RequestContext = { requestId: string }

// Next bundles the route handlers and instrumentation.ts separately, each with its own copy of
// this module, while Payload (and its logger) is created once: one store on globalThis is what
// both copies must share for the logger to see the id the route handler set.
const KEY = Symbol.for('clinic.logging.requestContext')
const globalStore = globalThis as typeof globalThis & {
  [KEY]?: AsyncLocalStorage<RequestContext>
}
const storage = (globalStore[KEY] ??= new AsyncLocalStorage<RequestContext>())

/** Runs `fn` with `requestId` attached to everything it logs, however deep. */
export const runWithRequestId = <T>(requestId: string, fn: () => T): T =>
  storage.run({ requestId }, fn)

/** The id of the request being handled, if any. */
export const currentRequestId = (): string | undefined => storage.getStore()?.requestId
