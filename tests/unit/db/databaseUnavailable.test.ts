import { isDatabaseUnavailable } from '@/db/unavailable'

/** Issue 9, faults: which errors mean "the database is unavailable" (503), and which do not. */

const wrapped = (cause: unknown) => Object.assign(new Error('Failed query'), { cause })

describe('isDatabaseUnavailable', () => {
  test.each([
    ['SQLite busy (libsql)', { code: 'SQLITE_BUSY', rawCode: 5 }],
    ['SQLite busy recovery', { code: 'SQLITE_BUSY_RECOVERY', rawCode: 261 }],
    ['SQLite I/O error', { code: 'SQLITE_IOERR_WRITE', rawCode: 778 }],
    ['SQLite disk full', { code: 'SQLITE_FULL', rawCode: 13 }],
    ['SQLite file moved', { code: 'SQLITE_READONLY_DBMOVED', rawCode: 1032 }],
    ['SQLite cannot open', { rawCode: 14 }],
    ['MongoDB unreachable', { name: 'MongoServerSelectionError' }],
    ['MongoDB connection lost', { name: 'MongoNetworkError' }],
    ['wrapped twice by drizzle and Payload', wrapped(wrapped({ code: 'SQLITE_BUSY' }))],
  ])('%s: unavailable', (_label, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true)
  })

  test.each([
    ['a unique constraint', { code: 'SQLITE_CONSTRAINT_UNIQUE', rawCode: 2067 }],
    ['an SQL mistake', { code: 'SQLITE_ERROR', rawCode: 1 }],
    ['a damaged file (needs a restore, not a retry)', { code: 'SQLITE_CORRUPT', rawCode: 11 }],
    ['a MongoDB duplicate key', { name: 'MongoServerError', code: 11000 }],
    ['a validation error', new Error('The following field is invalid: title')],
    ['nothing', undefined],
    ['a string', 'SQLITE_BUSY'],
  ])('%s: not unavailable', (_label, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false)
  })

  test('a cause chain that loops back on itself ends', () => {
    const error: { cause?: unknown } = {}
    error.cause = error
    expect(isDatabaseUnavailable(error)).toBe(false)
  })
})
