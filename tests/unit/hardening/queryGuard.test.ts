/** @jest-environment node */
import { jest } from '@jest/globals'
import type { SanitizedConfig } from 'payload'

import { checkQuery, MAX_CONDITIONS, withQueryGuard } from '@/hardening/queryGuard'

const dates = (path: string) => (path === 'publishedAt' ? 'date' : undefined)

describe('checkQuery', () => {
  it.each([
    '',
    '?depth=1&limit=10&page=2',
    '?where[slug][equals]=knee-pain',
    '?where[or][0][title][like]=knee&where[or][1][excerpt][like]=knee',
    '?where[topics][in][0]=1&where[topics][in][1]=2',
    '?where[publishedAt][less_than_equal]=2026-11-24T10:00:00.000Z',
    '?where[publishedAt][exists]=false',
    '?where=%7B%22slug%22%3A%7B%22equals%22%3A%22x%22%7D%7D',
    '?limit=0&sort=-publishedAt&select[title]=true',
    // The admin's filter on a field that can point at several collections.
    '?where[to.reference][equals][relationTo]=pages&where[to.reference][equals][value]=3',
    // Payload splits a text operand of `in` on commas.
    '?where[publishedAt][in]=2026-01-01,2026-02-01',
  ])('lets a query the site and the admin send through: %s', (search) => {
    expect(checkQuery(search, dates)).toBeUndefined()
  })

  it.each([
    ['?limit[$gt]=1', '`limit` must be a whole number from 0 to 10,000.'],
    ['?limit=-1', '`limit` must be a whole number from 0 to 10,000.'],
    ['?page=99999999999999999999', '`page` must be a whole number from 1 to 1,000,000.'],
    ['?page=0', '`page` must be a whole number from 1 to 1,000,000.'],
    ['?depth=abc', '`depth` must be a whole number from 0 to 10.'],
    ['?where[title][near]=1,2', '`near` is not an operator this site understands (on `title`).'],
    ['?where[title][$ne]=x', '`$ne` is not an operator this site understands (on `title`).'],
    [
      '?where[title][equals][$gt]=',
      'The value of where[title][equals] must be plain text or a number.',
    ],
    [
      '?where=%5Bobject%20Object%5D',
      'Write `where` as where[field][operator]=value, or as a JSON object.',
    ],
    [
      '?where[title]=x',
      'Write a condition as where[title][operator]=value, e.g. where[title][equals]=…',
    ],
    [
      '?where[publishedAt][greater_than]=not-a-date',
      '`not-a-date` is not a date (where[publishedAt]); use e.g. 2026-01-31.',
    ],
    [
      '?where[createdAt][less_than]=yesterday',
      '`yesterday` is not a date (where[createdAt]); use e.g. 2026-01-31.',
    ],
    ['?where[or]=x', '`where[or]` must be a list of conditions.'],
    [
      '?where[publishedAt][in]=2026-01-01,soon',
      '`soon` is not a date (where[publishedAt]); use e.g. 2026-01-31.',
    ],
    [
      '?where[to.reference][equals][relationTo][$gt]=',
      'The value of where[to.reference][equals] must be plain text or a number.',
    ],
    ['?where[title;DROP TABLE][equals]=1', '`title;DROP TABLE` is not a field name.'],
  ])('refuses %s, saying what is wrong', (search, message) => {
    expect(checkQuery(search, dates)).toBe(message)
  })

  it(`refuses more than ${MAX_CONDITIONS} conditions, however nested`, () => {
    const many = (count: number) =>
      '?' +
      Array.from({ length: count }, (_, i) => `where[or][${i}][and][0][id][equals]=${i}`).join('&')
    expect(checkQuery(many(MAX_CONDITIONS))).toBeUndefined()
    expect(checkQuery(many(MAX_CONDITIONS + 1))).toBe(
      `A query may combine at most ${MAX_CONDITIONS} conditions.`,
    )
    expect(checkQuery(many(2000))).toBe(`A query may combine at most ${MAX_CONDITIONS} conditions.`)
  })
})

describe('withQueryGuard', () => {
  const config = Promise.resolve({ collections: [] } as unknown as SanitizedConfig)
  const passed = jest.fn(async () => new Response('ok'))
  const guarded = withQueryGuard(config, passed)

  beforeEach(() => passed.mockClear())

  it('checks a query sent in the body of a POST that Payload answers as a GET', async () => {
    const asGet = (body: string) =>
      guarded(
        new Request('http://site.test/api/articles', {
          method: 'POST',
          headers: {
            'content-type': 'application/x-www-form-urlencoded',
            'x-payload-http-method-override': 'GET',
          },
          body,
        }),
        {},
      )
    const refused = await asGet('limit[gt]=1')
    expect(refused.status).toBe(400)
    expect(await refused.json()).toEqual({
      errors: [{ message: '`limit` must be a whole number from 0 to 10,000.' }],
    })
    expect(passed).not.toHaveBeenCalled()

    const answered = await asGet('where[title][like]=knee&limit=10')
    expect(answered.status).toBe(200)
    // Payload still gets the body to read.
    expect(await (passed.mock.calls[0] as unknown as [Request])[0].text()).toBe(
      'where[title][like]=knee&limit=10',
    )
  })
})
