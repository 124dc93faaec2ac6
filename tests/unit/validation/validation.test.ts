import {
  checkDoi,
  checkHttpUrl,
  checkLatitude,
  checkLongitude,
  checkPhone,
  checkPmcid,
  checkPmid,
  checkRating,
  checkSlug,
  checkTimeOfDay,
  checkYear,
  phoneToE164,
  toSlug,
} from '@/validation'

const BLANK = [undefined, null, '', '   ']

describe('checkPhone', () => {
  it.each([
    '(708) 393-8266',
    '708-393-8266',
    '+1 239 303 4069',
    '(855) 779-1950',
    '+44 20 7946 0958',
    '708.393.8266 ext. 12',
  ])('accepts %s', (value) => expect(checkPhone(value)).toBe(true))
  it.each(BLANK)('leaves the blank value %p to `required`', (value) =>
    expect(checkPhone(value)).toBe(true),
  )
  it('refuses letters with a message that shows the expected form', () => {
    expect(checkPhone('not a phone')).toBe(
      'Enter a phone number using digits, spaces, brackets or dashes, e.g. (708) 393-8266.',
    )
    expect(checkPhone(7083938266)).toBe(
      'Enter a phone number using digits, spaces, brackets or dashes, e.g. (708) 393-8266.',
    )
  })
  it.each(['123', '555-1234', '(708) 393-826'])('refuses the impossible number %s', (value) =>
    expect(checkPhone(value)).toBe(
      'This is not a valid phone number. Check the area code and number of digits, e.g. (708) 393-8266.',
    ),
  )
})

describe('phoneToE164', () => {
  it('gives the E.164 form used in tel: links', () => {
    expect(phoneToE164('(708) 393-8266')).toBe('+17083938266')
    expect(phoneToE164('(855) 779-1950')).toBe('+18557791950')
    expect(phoneToE164('+44 20 7946 0958')).toBe('+442079460958')
  })
  it('gives nothing for a missing number', () => {
    expect(phoneToE164(undefined)).toBeUndefined()
    expect(phoneToE164(null)).toBeUndefined()
    expect(phoneToE164('')).toBeUndefined()
  })
})

describe('checkYear', () => {
  const latest = new Date().getFullYear() + 1
  const message = `Enter a four-digit year between 1000 and ${latest}.`
  it.each([2016, 1000, latest])('accepts %p', (value) => expect(checkYear(value)).toBe(true))
  it.each(BLANK)('leaves the blank value %p alone', (value) => expect(checkYear(value)).toBe(true))
  it.each([20166, 999, latest + 1, 2016.5, '2016', 'abc', Number.NaN])('refuses %p', (value) =>
    expect(checkYear(value)).toBe(message),
  )
})

describe('checkRating', () => {
  const message = 'A rating must be a whole number of stars from 1 to 5.'
  it.each([1, 2, 3, 4, 5])('accepts %p', (value) => expect(checkRating(value)).toBe(true))
  it.each([undefined, null, ''])('allows no rating (%p)', (value) =>
    expect(checkRating(value)).toBe(true),
  )
  it.each([0, 6, 2.5, -1, '5', Number.NaN])('refuses %p', (value) =>
    expect(checkRating(value)).toBe(message),
  )
})

describe('checkHttpUrl', () => {
  const message = 'Enter a full web address starting with http:// or https://.'
  it.each([
    'https://www.facebook.com/reviews/1',
    'http://example.org',
    ' https://example.org/a?b=c ',
  ])('accepts %s', (value) => expect(checkHttpUrl(value)).toBe(true))
  it.each(BLANK)('leaves the blank value %p alone', (value) =>
    expect(checkHttpUrl(value)).toBe(true),
  )
  it.each([
    'javascript:alert(1)',
    'ftp://example.org/file',
    'data:text/html,hi',
    'www.example.org',
    'example',
  ])('refuses %s', (value) => expect(checkHttpUrl(value)).toBe(message))
  it('asks for text when given something else', () => {
    expect(checkHttpUrl(42)).toBe('Enter a web address as text.')
  })
})

describe('identifiers', () => {
  it('checks DOIs', () => {
    expect(checkDoi('10.18632/aging.101007')).toBe(true)
    expect(checkDoi('')).toBe(true)
    for (const bad of [
      'https://doi.org/10.18632/aging.101007',
      'doi:10.1/x',
      '10.18632',
      '10.123/x',
    ])
      expect(checkDoi(bad)).toBe(
        'A DOI starts with 10. and contains a slash, e.g. 10.18632/aging.101007 (without https://doi.org/).',
      )
  })
  it('checks PubMed IDs', () => {
    expect(checkPmid('27470464')).toBe(true)
    expect(checkPmid(null)).toBe(true)
    for (const bad of ['0123', 'PMID27470464', '1234567890', '12a', 27470464])
      expect(checkPmid(bad)).toBe(
        'A PubMed ID (PMID) is a number of up to 9 digits, e.g. 27470464.',
      )
  })
  it('checks PubMed Central IDs', () => {
    expect(checkPmcid('PMC5047731')).toBe(true)
    expect(checkPmcid(undefined)).toBe(true)
    for (const bad of ['5047731', 'pmc5047731', 'PMC', 'PMC12x'])
      expect(checkPmcid(bad)).toBe(
        'A PubMed Central ID starts with PMC followed by digits, e.g. PMC5047731.',
      )
  })
})

describe('checkTimeOfDay', () => {
  it.each(['00:00', '08:30', '17:00', '23:59', '8:30', '5pm', '0830', ' 1:00 PM '])(
    'accepts %p',
    (value) => expect(checkTimeOfDay(value)).toBe(true),
  )
  it.each([
    ['24:00', 'Hours go from 0 to 23, e.g. 17:00 or 5pm.'],
    ['08:60', 'Minutes go from 00 to 59, e.g. 8:30.'],
    ['13pm', 'With am or pm the hour is 1 to 12, e.g. 1pm.'],
    ['closing', 'Enter a time such as 8:30, 1pm or 17:00.'],
    [830, 'Enter a time such as 8:30, 1pm or 17:00.'],
  ])('refuses %p', (value, message) => expect(checkTimeOfDay(value)).toBe(message))
  it('leaves an empty time to the required check', () => {
    expect(checkTimeOfDay('')).toBe(true)
    expect(checkTimeOfDay(undefined)).toBe(true)
  })
})

describe('map position', () => {
  it('accepts latitudes and longitudes in range', () => {
    expect(checkLatitude(41.8858)).toBe(true)
    expect(checkLongitude(-87.7845)).toBe(true)
    expect(checkLatitude(null)).toBe(true)
    expect(checkLongitude(undefined)).toBe(true)
  })
  it('refuses values out of range', () => {
    expect(checkLatitude(91)).toBe('Latitude must be a number between -90 and 90.')
    expect(checkLongitude(-181)).toBe('Longitude must be a number between -180 and 180.')
  })
})

describe('checkSlug', () => {
  it.each(['knee', 'knee-pain-after-running', 'prp-2024'])('accepts %s', (value) =>
    expect(checkSlug(value)).toBe(true),
  )
  it.each([undefined, null, ''])('asks for a slug when it is blank (%p)', (value) =>
    expect(checkSlug(value)).toBe('Enter a slug, or a title to generate it from.'),
  )
  it.each(['Knee', 'knee--pain', '-knee', 'knee-', 'knee pain', 'knée', 'knee/pain', 42])(
    'refuses %p',
    (value) =>
      expect(checkSlug(value)).toBe(
        'Use only lowercase letters, numbers and single hyphens, e.g. "knee-pain-after-running".',
      ),
  )
  it('refuses a reserved slug', () => {
    expect(checkSlug('articles', ['articles', 'admin'])).toBe(
      '"articles" is already used by the site for another page. Choose another slug.',
    )
    expect(checkSlug('articles')).toBe(true)
  })
})

describe('toSlug', () => {
  it.each([
    ["Knee & hip pain: what's next?", 'knee-hip-pain-whats-next'],
    ['María José Guillén', 'maria-jose-guillen'],
    [
      'How stem cells help fix a broken “healing cycle”',
      'how-stem-cells-help-fix-a-broken-healing-cycle',
    ],
    ['  --Already-slugged--  ', 'already-slugged'],
    ['!!!', ''],
  ])('%s → %s', (title, expected) => {
    expect(toSlug(title)).toBe(expected)
    if (expected) expect(checkSlug(expected)).toBe(true)
  })
  it('gives nothing for a non-string', () => {
    expect(toSlug(undefined)).toBe('')
    expect(toSlug(42)).toBe('')
  })
  it('keeps slugs within 120 characters and never ends them with a hyphen', () => {
    const slug = toSlug('word '.repeat(60))
    expect(slug.length).toBeLessThanOrEqual(120)
    expect(slug.endsWith('-')).toBe(false)
  })
})
