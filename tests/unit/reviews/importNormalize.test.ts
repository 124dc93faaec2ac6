/** @jest-environment node */
import { decodeText } from '@/reviews/import/decode'
import {
  duplicateKeys,
  normalizeReview,
  parseRecommends,
  parseReviewDate,
} from '@/reviews/import/normalize'
import { MAX_IMPORT_BYTES, ReviewFileError } from '@/reviews/import/types'

const offices = [
  { id: 1, name: 'Oak Park', slug: 'oak-park' },
  { id: 2, name: 'Wheaton Office', slug: 'wheaton-office' },
]

const valid = {
  reviewerName: '  Linda   M. ',
  rating: '5',
  body: ' Kind staff. ',
  reviewedAt: '2024-05-02',
}

const errorsFor = (raw: Record<string, unknown>) =>
  normalizeReview({ ...valid, ...raw }, { offices, defaultSource: 'other' }).errors

describe('normalizeReview', () => {
  it('turns a valid row into review data with the file default source', () => {
    expect(normalizeReview(valid, { offices, defaultSource: 'other' })).toEqual({
      errors: [],
      data: {
        reviewerName: 'Linda M.',
        rating: 5,
        body: 'Kind staff.',
        reviewedAt: '2024-05-02T12:00:00.000Z',
        source: 'other',
      },
    })
    expect(
      normalizeReview(
        {
          ...valid,
          rating: '',
          recommends: 'Positive',
          source: 'Facebook',
          sourceUrl: ' https://www.facebook.com/x/posts/1 ',
          office: 'wheaton office',
        },
        { offices, defaultSource: 'other' },
      ).data,
    ).toEqual({
      reviewerName: 'Linda M.',
      recommends: true,
      body: 'Kind staff.',
      reviewedAt: '2024-05-02T12:00:00.000Z',
      source: 'facebook',
      sourceUrl: 'https://www.facebook.com/x/posts/1',
      office: 2,
    })
  })

  it('keeps HTML in a name or text as plain text', () => {
    const { data } = normalizeReview(
      { ...valid, reviewerName: 'Sam <b>x</b>', body: '<script>alert(1)</script>' },
      { defaultSource: 'other' },
    )
    expect(data).toMatchObject({ reviewerName: 'Sam <b>x</b>', body: '<script>alert(1)</script>' })
  })

  it.each<[string, Record<string, unknown>, Array<{ field: string; message: string | RegExp }>]>([
    [
      'a rating above 5',
      { rating: '6' },
      [{ field: 'rating', message: 'A rating must be a whole number of stars from 1 to 5.' }],
    ],
    [
      'a rating of 0',
      { rating: 0 },
      [{ field: 'rating', message: 'A rating must be a whole number of stars from 1 to 5.' }],
    ],
    [
      'half a star',
      { rating: '4.5' },
      [{ field: 'rating', message: 'A rating must be a whole number of stars from 1 to 5.' }],
    ],
    [
      'a rating in words',
      { rating: 'five' },
      [{ field: 'rating', message: 'A rating must be a whole number of stars from 1 to 5.' }],
    ],
    [
      'neither rating nor recommendation',
      { rating: '' },
      [
        {
          field: 'rating',
          message:
            'Give a star rating from 1 to 5 or say whether the reviewer recommends the clinic.',
        },
      ],
    ],
    [
      'an unreadable recommendation',
      { rating: '', recommends: 'maybe' },
      [
        {
          field: 'recommends',
          message: '"maybe" is not a recommendation: write positive or negative (or yes/no).',
        },
      ],
    ],
    [
      'an empty name',
      { reviewerName: '  ' },
      [{ field: 'reviewerName', message: "Enter the reviewer's name as they signed the review." }],
    ],
    [
      'an empty body',
      { body: '' },
      [{ field: 'body', message: 'The review has no text. Enter what the reviewer wrote.' }],
    ],
    [
      'a 20,000-character body',
      { body: 'x'.repeat(20_000) },
      [{ field: 'body', message: 'The review is 20,000 characters long; the limit is 5,000.' }],
    ],
    [
      'a slash date',
      { reviewedAt: '05/02/2024' },
      [
        {
          field: 'reviewedAt',
          message:
            '"05/02/2024" is not a date we can read. Write the date as YYYY-MM-DD, e.g. 2024-05-02, or as a full ISO timestamp.',
        },
      ],
    ],
    [
      'a day that does not exist',
      { reviewedAt: '2024-02-30' },
      [{ field: 'reviewedAt', message: /^2024-02-30 is not a real date\./ }],
    ],
    [
      'a missing date',
      { reviewedAt: '' },
      [{ field: 'reviewedAt', message: 'Enter the date of the review.' }],
    ],
    [
      'a future date',
      { reviewedAt: '2999-01-01' },
      [{ field: 'reviewedAt', message: 'The review date is in the future.' }],
    ],
    [
      'a link that is not http(s)',
      { sourceUrl: 'javascript:alert(1)' },
      [
        {
          field: 'sourceUrl',
          message: 'Enter a full web address starting with http:// or https://.',
        },
      ],
    ],
    [
      'an unknown source',
      { source: 'yelp' },
      [
        {
          field: 'source',
          message: 'Unknown source "yelp": use one of facebook, google, website, other.',
        },
      ],
    ],
    [
      'an unknown office',
      { office: 'downtown' },
      [
        {
          field: 'office',
          message:
            'There is no office "downtown". Use the slug or name of one of: oak-park, wheaton-office.',
        },
      ],
    ],
  ])('reports %s on its field', (_, raw, expected) => {
    expect(errorsFor(raw)).toEqual(
      expected.map(({ field, message }) => ({
        field,
        message: typeof message === 'string' ? message : expect.stringMatching(message),
      })),
    )
  })

  it('reports every problem of a row at once', () => {
    expect(
      errorsFor({ reviewerName: '', rating: '9', body: '', reviewedAt: 'soon' }).map(
        (error) => error.field,
      ),
    ).toEqual(['reviewerName', 'rating', 'body', 'reviewedAt'])
  })
})

describe('parseReviewDate', () => {
  it.each([
    ['2024-05-02', '2024-05-02T12:00:00.000Z'],
    ['2019-05-02T14:03:11+0000', '2019-05-02T14:03:11.000Z'],
    ['2019-05-02T14:03:11+02:00', '2019-05-02T12:03:11.000Z'],
    ['2019-05-02T23:30:00-0500', '2019-05-03T04:30:00.000Z'],
    ['2019-05-02T14:03:11.123Z', '2019-05-02T14:03:11.123Z'],
    ['2019-05-02 14:03', '2019-05-02T14:03:00.000Z'],
    [1556805791, '2019-05-02T14:03:11.000Z'],
  ])('reads %j', (input, iso) => {
    expect(parseReviewDate(input)).toEqual({ value: iso })
  })

  it.each(['May 2, 2024', '2024-13-01', '2023-02-29', '2024-05-02T25:00:00Z', '20240502'])(
    'refuses %j',
    (input) => {
      expect(parseReviewDate(input).error).toBeDefined()
    },
  )
})

describe('parseRecommends', () => {
  it.each([
    ['positive', true],
    ['YES', true],
    ['true', true],
    ['1', true],
    [true, true],
    ['negative', false],
    ['no', false],
    ['False', false],
    ['0', false],
    ['', undefined],
  ])('reads %j as %j', (input, value) => {
    expect(parseRecommends(input).value).toBe(value)
  })

  it('refuses other words, including names of object properties', () => {
    expect(parseRecommends('maybe').error).toBeDefined()
    expect(parseRecommends('toString')).toEqual({
      error: '"toString" is not a recommendation: write positive or negative (or yes/no).',
    })
  })
})

describe('duplicateKeys', () => {
  it('ignores case and spacing in names and compares UTC calendar days', () => {
    const a = duplicateKeys({
      source: 'google',
      reviewerName: 'Anna Valid',
      reviewedAt: '2024-03-01T00:00:00.000Z',
    })
    const b = duplicateKeys({
      source: 'google',
      reviewerName: 'anna   VALID',
      reviewedAt: '2024-03-01T22:30:00.000Z',
    })
    expect(a.nameDay).toBe(b.nameDay)
    expect(a.url).toBeUndefined()
    expect(
      duplicateKeys({ source: 'facebook', reviewerName: 'Anna Valid', reviewedAt: '2024-03-01' })
        .nameDay,
    ).not.toBe(a.nameDay)
  })
})

describe('decodeText', () => {
  const refused = (content: string | Uint8Array) => {
    try {
      decodeText(content)
    } catch (error) {
      expect(error).toBeInstanceOf(ReviewFileError)
      return {
        message: (error as ReviewFileError).message,
        status: (error as ReviewFileError).status,
      }
    }
    throw new Error('expected the file to be refused')
  }

  it('reads UTF-8 (with or without a byte order mark), UTF-16 and Windows-1252', () => {
    expect(decodeText(Buffer.from('\uFEFFname,text\n')).text).toBe('name,text\n')
    expect(decodeText(Buffer.from('\uFEFFRenée', 'utf16le')).text).toBe('Renée')
    const latin = decodeText(Buffer.from([0x52, 0x65, 0x6e, 0xe9, 0x65, 0x20, 0x93, 0x41, 0x94]))
    expect(latin.text).toBe('Renée “A”')
    expect(latin.notes[0]).toMatch(/not UTF-8/)
  })

  it('refuses empty, binary and oversized files', () => {
    expect(refused(' \n ')).toEqual({ message: 'The file is empty.', status: 400 })
    expect(refused(new Uint8Array())).toEqual({ message: 'The file is empty.', status: 400 })
    expect(
      refused(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])),
    ).toEqual({ message: expect.stringMatching(/^This is not a text file\./), status: 400 })
    expect(refused(Buffer.alloc(MAX_IMPORT_BYTES + 1, 'a'))).toEqual({
      message:
        'The file is 2 MB; the limit is 2 MB. Split it into smaller files and import them one by one.',
      status: 413,
    })
  })
})
