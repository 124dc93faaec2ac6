import type { Client, InStatement, ResultSet, Transaction, TransactionMode } from '@libsql/client'

/** How long a statement waits for another process's lock before the request gets a 503. */
export const LOCK_WAIT_MS = 3000

const isBusy = (error: unknown): boolean => {
  const { code, rawCode } = (error ?? {}) as { code?: unknown; rawCode?: unknown }
  if (typeof rawCode === 'number') return (rawCode & 0xff) === 5 || (rawCode & 0xff) === 6
  return typeof code === 'string' && /^SQLITE_(BUSY|LOCKED)/.test(code)
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * The server's one SQLite connection, made to live through another process holding the write
 * lock.
 *
 * libsql runs statements synchronously on the server's one thread, so SQLite's own busy_timeout
 * would freeze every request, cached pages included, for as long as the lock is held. Instead
 * the connection keeps busy_timeout = 0 and a statement refused with SQLITE_BUSY is tried again
 * after an asynchronous pause, up to `waitMs`; then the error goes up and the request answers
 * 503 (src/errors/databaseUnavailable.ts).
 *
 * Each refusal also replaces the connection. libsql does not reset a statement that returns rows
 * (`INSERT … RETURNING`, as Payload writes) when it fails with SQLITE_BUSY, so the connection
 * stays inside that statement's transaction: every later write would sit uncommitted in it,
 * unseen by backups and other processes and lost in a crash, until the garbage collector
 * happened to free the statement (tursodatabase/libsql-client-ts#352; a fix, libsql-js#238, is
 * not released). Closing the connection ends that transaction (it holds no changes: the refused
 * statement made none).
 *
 * Retrying is safe: a statement (or a batch, which libsql runs in one transaction and rolls
 * back) refused with SQLITE_BUSY changed nothing. Payload's SQLite transactions are off (see
 * adapter.ts), so no statement runs inside an explicit transaction that a retry could split.
 */
/** `connect`, tried again while it is refused with SQLITE_BUSY, for up to `waitMs`. */
const connectWaiting = async (connect: () => Promise<Client>, waitMs: number): Promise<Client> => {
  const deadline = Date.now() + waitMs
  for (let pause = 5; ; pause = Math.min(pause * 2, 250)) {
    try {
      return await connect()
    } catch (error) {
      if (!isBusy(error) || Date.now() + pause > deadline) throw error
      await sleep(pause)
    }
  }
}

export class LockTolerantClient implements Client {
  #current: Client
  readonly #connect: () => Promise<Client>
  readonly #waitMs: number

  constructor(first: Client, connect: () => Promise<Client>, waitMs = LOCK_WAIT_MS) {
    this.#current = first
    this.#connect = connect
    this.#waitMs = waitMs
  }

  /**
   * Opens a fresh connection set up as `connect` does (WAL, synchronous…). Setting up may need
   * the lock too (switching to WAL; another process checkpointing as it closes the file), so it
   * waits as a statement does: a script started just as another one ends still opens the file.
   */
  static async open(connect: () => Promise<Client>, waitMs = LOCK_WAIT_MS) {
    const waiting = () => connectWaiting(connect, waitMs)
    return new LockTolerantClient(await waiting(), waiting, waitMs)
  }

  get closed(): boolean {
    return this.#current.closed
  }

  get protocol(): string {
    return this.#current.protocol
  }

  async #retrying<Result>(run: (client: Client) => Promise<Result>): Promise<Result> {
    const deadline = Date.now() + this.#waitMs
    for (let pause = 5; ; pause = Math.min(pause * 2, 250)) {
      const client = this.#current
      try {
        return await run(client)
      } catch (error) {
        if (!isBusy(error)) throw error
        await this.#replace(client)
        if (Date.now() + pause > deadline) throw error
        await sleep(pause)
      }
    }
  }

  #replacing: Promise<void> | null = null

  /** Replaces `stale` once, however many requests it refused at the same time. */
  async #replace(stale: Client): Promise<void> {
    if (this.#current !== stale) return
    this.#replacing ??= this.#connect()
      .then((fresh) => {
        this.#current = fresh
        stale.close()
      })
      .finally(() => {
        this.#replacing = null
      })
    await this.#replacing
  }

  execute(stmt: InStatement): Promise<ResultSet>
  execute(sql: string, args?: unknown): Promise<ResultSet>
  execute(...args: unknown[]): Promise<ResultSet> {
    return this.#retrying((client) =>
      (client.execute as (...a: unknown[]) => Promise<ResultSet>)(...args),
    )
  }

  batch(stmts: InStatement[], mode?: TransactionMode): Promise<ResultSet[]> {
    return this.#retrying((client) => client.batch(stmts, mode))
  }

  migrate(stmts: InStatement[]): Promise<ResultSet[]> {
    return this.#retrying((client) => client.migrate(stmts))
  }

  // Not retried: the statements before a refused one are already committed.
  executeMultiple(sql: string): Promise<void> {
    return this.#current.executeMultiple(sql)
  }

  // An explicit transaction is not retried statement by statement (that could split it).
  transaction(mode?: TransactionMode): Promise<Transaction> {
    return this.#current.transaction(mode)
  }

  sync() {
    return this.#current.sync()
  }

  close(): void {
    this.#current.close()
  }
}
