/** @jest-environment node */
import { readFileSync } from 'node:fs'
import path from 'node:path'

import { fixMojibake, parseFacebookJson } from '@/reviews/import/facebook'
import { ReviewFileError } from '@/reviews/import/types'

const fixture = (name: string) =>
  readFileSync(path.join(process.cwd(), 'tests/fixtures/reviews', name), 'utf8')

const fileError = (run: () => unknown): string => {
  try {
    run()
  } catch (error) {
    expect(error).toBeInstanceOf(ReviewFileError)
    return (error as Error).message
  }
  throw new Error('expected the file to be refused')
}

describe('fixMojibake', () => {
  it.each([
    ['Jos\u00c3\u00a9 Mu\u00c3\u00b1oz', 'José Muñoz'],
    ['\u00e2\u0080\u0094 \u00f0\u009f\u0098\u008a', '— 😊'],
    ['Dr. Garc\u00c3\u00ada', 'Dr. García'],
  ])('repairs UTF-8 read as Latin-1: %j', (garbled, fixed) => {
    expect(fixMojibake(garbled)).toBe(fixed)
  })

  it.each([
    ['plain ASCII', 'Plain text'],
    ['real Latin-1 accents (not valid UTF-8 as bytes)', 'Renée at the café'],
    ['text that already has characters above U+00FF', 'Jos\u00c3\u00a9 said “thanks” 😊'],
    ['a lone Ã', 'Ã la carte'],
  ])('leaves %s alone', (_, text) => {
    expect(fixMojibake(text)).toBe(text)
  })
})

describe('parseFacebookJson', () => {
  it("reads the Graph API's { data: [...] }, repairs mojibake and keeps HTML as text", () => {
    const file = parseFacebookJson(fixture('facebook-recommendations.json'))
    expect(file.format).toBe('facebook')
    expect(file.rows.map((row) => row.row)).toEqual([1, 2, 3, 4, 5, 6])
    expect(file.rows[0].raw).toEqual({
      reviewerName: 'José Muñoz',
      rating: undefined,
      recommends: 'positive',
      body: 'Dr. García fixed my shoulder — thank you! 😊',
      reviewedAt: '2019-05-02T14:03:11+0000',
      source: 'facebook',
      sourceUrl: 'https://www.facebook.com/jose/posts/1',
    })
    expect(file.rows[1].raw.reviewerName).toBe('Pat <script>x</script>')
    expect(file.rows[1].raw.body).toBe('Waited an hour. <img src=x onerror=alert(1)>')
    expect(file.rows[2].raw).toMatchObject({
      reviewerName: 'Renée',
      rating: 5,
      body: 'Café next door, great care inside.',
      sourceUrl: 'https://www.facebook.com/renee/posts/3',
    })
    expect(file.notes).toEqual([
      'Repaired Facebook\'s garbled accents (such as "Ã©" for "é") in 2 items.',
    ])
  })

  it('reads a plain list with reviewer_name or name', () => {
    const file = parseFacebookJson(fixture('facebook-array.json'))
    expect(file.rows.map((row) => row.raw.reviewerName)).toEqual(['Morgan Lee', 'Chris Doe'])
    expect(file.rows[0].raw.sourceUrl).toBe('https://www.facebook.com/morgan/posts/9')
    expect(file.notes).toEqual([])
  })

  it('refuses what is not a list of review objects', () => {
    expect(fileError(() => parseFacebookJson(fixture('broken-json.txt')))).toMatch(
      /^The file is not valid JSON: .*position \d+.*line 2, column 3\)?\.$/,
    )
    expect(fileError(() => parseFacebookJson(fixture('not-a-list.json')))).toBe(
      'Expected Facebook\'s recommendations: a list [ … ] or an object with a "data" list, but the file holds an object whose "data" is an object.',
    )
    expect(fileError(() => parseFacebookJson('{"paging":{}}'))).toMatch(/an object without "data"/)
    expect(fileError(() => parseFacebookJson('"text"'))).toMatch(/the file holds a string\.$/)
    expect(fileError(() => parseFacebookJson('{"data":null}'))).toMatch(/whose "data" is null\.$/)
    expect(fileError(() => parseFacebookJson('[[1]]'))).toMatch(/^Item 1 is a list, not a review/)
    expect(fileError(() => parseFacebookJson('[]'))).toBe('The file contains no reviews.')
    expect(fileError(() => parseFacebookJson('{"data":[]}'))).toBe('The file contains no reviews.')
    expect(fileError(() => parseFacebookJson('[{"review_text":"a"}, 3]'))).toBe(
      'Item 2 is a number, not a review. Each item must be an object with reviewer, created_time and review_text.',
    )
  })
})
