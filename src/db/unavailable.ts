/**
 * "The database is unavailable" (locked by another process, out of disk, unreachable), as
 * opposed to a bug or bad input: the visitor gets a 503 and a way to reach the clinic, and the
 * same request works again once the database is back, with no restart.
 */

export const DATABASE_UNAVAILABLE_MESSAGE =
  'The clinic’s website cannot save or look up information right now. Nothing was saved. ' +
  'Please try again in a few minutes, or call us.'

/** Seconds a client should wait before trying again (Retry-After). */
export const RETRY_AFTER_SECONDS = 30

// SQLite result codes (primary code = extended code & 0xff) that mean "not now" rather than
// "wrong": BUSY, LOCKED, READONLY (e.g. the file was moved), IOERR, FULL, CANTOPEN, PROTOCOL.
const SQLITE_UNAVAILABLE_CODES = new Set([5, 6, 8, 10, 13, 14, 15])
const SQLITE_UNAVAILABLE_NAMES = /^SQLITE_(BUSY|LOCKED|READONLY|IOERR|FULL|CANTOPEN|PROTOCOL)(_|$)/

// The MongoDB driver's errors for a server it cannot reach or lost mid-operation.
const MONGO_UNAVAILABLE_NAMES = new Set([
  'MongoNetworkError',
  'MongoNetworkTimeoutError',
  'MongoServerSelectionError',
  'MongoNotConnectedError',
  'MongoTopologyClosedError',
  'MongoPoolClearedError',
  'PoolClearedError',
  'PoolClearedOnNetworkError',
])

type ErrorLike = {
  name?: unknown
  code?: unknown
  rawCode?: unknown
  cause?: unknown
}

const isUnavailable = (error: ErrorLike): boolean => {
  if (typeof error.name === 'string' && MONGO_UNAVAILABLE_NAMES.has(error.name)) return true
  if (typeof error.code === 'string' && SQLITE_UNAVAILABLE_NAMES.test(error.code)) return true
  return typeof error.rawCode === 'number' && SQLITE_UNAVAILABLE_CODES.has(error.rawCode & 0xff)
}

/**
 * True when `error`, or an error it wraps (drizzle and Payload wrap the driver's error in
 * `cause`), says the database cannot be reached or written right now.
 */
export const isDatabaseUnavailable = (error: unknown): boolean => {
  let current: unknown = error
  for (let depth = 0; depth < 8 && current && typeof current === 'object'; depth += 1) {
    if (isUnavailable(current as ErrorLike)) return true
    current = (current as ErrorLike).cause
  }
  return false
}
