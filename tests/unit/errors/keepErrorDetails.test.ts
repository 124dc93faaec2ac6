/** @jest-environment node */
import { keepErrorDetails } from '@/errors/keepErrorDetails'

const run = (error: object, result: object) =>
  keepErrorDetails({ error: error as Error, result, context: {}, req: {} as never } as never)

describe('keepErrorDetails', () => {
  const data = { collection: 'citations', errors: [{ path: 'doi', message: 'Already saved.' }] }

  it('puts back the field messages a production build dropped', () => {
    const error = { message: 'The following field is invalid: doi', status: 400, data }
    expect(run(error, { errors: [{ message: error.message }] })).toEqual({
      response: { errors: [{ name: 'ValidationError', message: error.message, data }] },
    })
  })

  it('puts back our own message instead of "An unknown error occurred."', () => {
    const error = { message: 'This citation is cited in a published article.', status: 409 }
    expect(run(error, { errors: [{ message: 'An unknown error occurred.' }] })).toEqual({
      response: { errors: [{ message: error.message }] },
    })
  })

  it('leaves complete answers and server errors alone', () => {
    const error = { message: 'The following field is invalid: doi', status: 400, data }
    expect(run(error, { errors: [{ message: error.message, data }] })).toBeUndefined()
    const crash = { message: 'SQLITE_CONSTRAINT: secret details', status: 500 }
    expect(run(crash, { errors: [{ message: 'Something went wrong.' }] })).toBeUndefined()
    const hidden = { message: 'Internal', status: 403, isPublic: false }
    expect(run(hidden, { errors: [{ message: 'x' }] })).toBeUndefined()
  })
})
