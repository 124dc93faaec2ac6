/** @jest-environment node */
import { jest } from '@jest/globals'

import { MAX_JSON_DEPTH, withBodyLimit } from '@/hardening/bodyLimit'

const handler = jest.fn(async () => new Response('saved'))
const limited = withBodyLimit(handler)

beforeEach(() => handler.mockClear())

const nested = (levels: number) => '{"a":'.repeat(levels) + '1' + '}'.repeat(levels)

// The admin sends every save as multipart/form-data with the document as JSON in `_payload`.
const adminSave = (payload: string) => {
  const form = new FormData()
  form.set('_payload', payload)
  return new Request('http://site.test/api/pages/1', { method: 'PATCH', body: form })
}

test('an admin save nested deeper than the limit gets a 400, as a JSON body does', async () => {
  const refused = await limited(adminSave(nested(MAX_JSON_DEPTH + 50)), {})
  expect(refused.status).toBe(400)
  expect(await refused.json()).toEqual({
    errors: [{ message: `The JSON is nested more than ${MAX_JSON_DEPTH} levels deep.` }],
  })
  const json = await limited(
    new Request('http://site.test/api/pages/1', {
      method: 'PATCH',
      headers: { 'content-type': 'application/json' },
      body: nested(MAX_JSON_DEPTH + 50),
    }),
    {},
  )
  expect(json.status).toBe(400)
  expect(handler).not.toHaveBeenCalled()
})

test('an ordinary admin save reaches Payload with its body intact', async () => {
  const response = await limited(
    adminSave(JSON.stringify({ title: 'Knee pain', n: nested(20) })),
    {},
  )
  expect(response.status).toBe(200)
  const forwarded = (handler.mock.calls[0] as unknown as [Request])[0]
  expect(JSON.parse(String((await forwarded.formData()).get('_payload'))).title).toBe('Knee pain')
})
