import type { Client } from '@libsql/client'

/** How long a statement waits for another process's lock before the request gets a 503. */
export const LOCK_WAIT_MS = 3000

const isBusy = (error: unknown): boolean => {
  const { code, rawCode } = (error ?? {}) as { code?: unknown; rawCode?: unknown }
  if (typeof rawCode === 'number') return (rawCode & 0xff) === 5 || (rawCode & 0xff) === 6
  return typeof code === 'string' && /^SQLITE_(BUSY|LOCKED)/.test(code)
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * libsql runs statements synchronously on the server's one thread, so SQLite's own
 * busy_timeout would freeze every request, cached pages included, for as long as another
 * process holds the write lock. Instead the connection keeps busy_timeout = 0 and a statement
 * refused with SQLITE_BUSY is tried again after an asynchronous pause, up to `waitMs`; then
 * the error goes up and the request answers 503 (src/errors/databaseUnavailable.ts).
 *
 * Retrying is safe: a statement (or a batch, which libsql runs in one transaction and rolls
 * back) refused with SQLITE_BUSY changed nothing. Payload's SQLite transactions are off (see
 * adapter.ts), so no statement runs inside an explicit transaction that a retry could split.
 */
export const waitWhileLocked = (client: Client, waitMs = LOCK_WAIT_MS): Client => {
  const retrying =
    <Args extends unknown[], Result>(run: (...args: Args) => Promise<Result>) =>
    async (...args: Args): Promise<Result> => {
      const deadline = Date.now() + waitMs
      for (let pause = 5; ; pause = Math.min(pause * 2, 250)) {
        try {
          return await run(...args)
        } catch (error) {
          if (!isBusy(error) || Date.now() + pause > deadline) throw error
          await sleep(pause)
        }
      }
    }
  // Replaced on the instance: drizzle keeps a reference to this very object.
  client.execute = retrying(client.execute.bind(client)) as Client['execute']
  client.batch = retrying(client.batch.bind(client)) as Client['batch']
  return client
}
