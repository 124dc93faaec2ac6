import { normalizeSnapshot, snapshotFileName } from '../../../bench/lib/snapshot.mjs'

const base = 'http://127.0.0.1:3390'
const now = Date.parse('2026-12-07T20:00:00.000Z')

describe('normalizeSnapshot', () => {
  it('blanks what a build decides: hashed assets, flight data and nonces', () => {
    const html =
      '<link rel="stylesheet" href="/_next/static/css/0a1b2c.css" nonce="abc123"/>' +
      '<script nonce="abc123">self.__next_f.push([1,"1:I[4242,[]]"])</script><p>Knee</p>'
    expect(normalizeSnapshot(html, { base, now })).toBe(
      '<link rel="stylesheet" href="/_next/static/<asset>" nonce="<nonce>"/>' +
        '<script nonce="<nonce>">[flight]</script><p>Knee</p>',
    )
  })

  it('writes the site origin as <site>, whatever the port', () => {
    expect(normalizeSnapshot(`<loc>${base}/articles</loc>`, { base, now })).toBe(
      '<loc><site>/articles</loc>',
    )
    expect(normalizeSnapshot('<a href="http://127.0.0.1:4001/x">', { base, now })).toBe(
      '<a href="<site>/x">',
    )
  })

  it('blanks times from the seeding day but keeps the content’s own dates', () => {
    const json = JSON.stringify({
      updatedAt: '2026-12-07T19:41:12.345Z',
      publishedAt: '2024-03-01T00:00:00.000Z',
    })
    expect(JSON.parse(normalizeSnapshot(json, { base, now }))).toEqual({
      updatedAt: '<recent time>',
      publishedAt: '2024-03-01T00:00:00.000Z',
    })
    expect(
      normalizeSnapshot('<lastBuildDate>Mon, 07 Dec 2026 19:41:12 GMT</lastBuildDate>', {
        base,
        now,
      }),
    ).toBe('<lastBuildDate><recent time></lastBuildDate>')
  })

  it('blanks the save time in a sharing card’s address', () => {
    expect(
      normalizeSnapshot('<meta property="og:image" content="<site>/og/topics/knee?v=mxdoj9o1"/>', {
        base,
        now,
      }),
    ).toBe('<meta property="og:image" content="<site>/og/topics/knee?v=<saved>"/>')
  })

  it('blanks the random ids Payload gives array rows and blocks', () => {
    expect(
      normalizeSnapshot('{"hours":[{"id":"6b170cb96b7b012c58c0e9ce","days":"Mon"}]}', {
        base,
        now,
      }),
    ).toBe('{\n  "hours": [\n    {\n      "id": "<row id>",\n      "days": "Mon"\n    }\n  ]\n}')
  })

  it('pretty-prints JSON so a changed field shows as one line of a diff', () => {
    expect(normalizeSnapshot('{"a":1,"b":[2]}', { base, now })).toBe(
      '{\n  "a": 1,\n  "b": [\n    2\n  ]\n}',
    )
  })
})

describe('snapshotFileName', () => {
  it('is readable, and different for addresses that read the same', () => {
    const a = snapshotFileName('page /articles?page=2')
    const b = snapshotFileName('page /articles/page-2')
    expect(a).toMatch(/^page_articles_page_2-[0-9a-z]+\.txt$/)
    expect(a).not.toBe(b)
  })
})
