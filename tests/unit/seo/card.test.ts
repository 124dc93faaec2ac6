import { cardText, documentCard, siteCard } from '@/seo/card'
import { inCardFont } from '@/seo/cardFont'

const site = { siteName: 'Caring Medical', tagline: 'Prolotherapy for joint and spine pain' }

describe('cardText', () => {
  it('keeps what the bundled font draws: Latin with accents, typographic quotes and dashes', () => {
    expect(cardText('José Muñoz — “healing” cycle, Łódź', 100)).toBe(
      'José Muñoz — “healing” cycle, Łódź',
    )
  })

  it('drops what would make Satori fetch a font or emoji from the network', () => {
    expect(cardText('Knee pain 🦵 and 膝の痛み relief ❤️', 100)).toBe('Knee pain and relief')
    for (const char of [...cardText('🦵 膝 ❤️ ✓ ₿ x', 100)])
      expect(inCardFont(char.codePointAt(0)!)).toBe(true)
  })

  it('shows an accented letter the font lacks as its base letter', () => {
    // U+01F9 (ǹ) is not in the font; "n" is.
    expect(inCardFont(0x1f9)).toBe(false)
    expect(cardText('Pi\u01f9a', 100)).toBe('Pina')
  })

  it('strips markup and clips long titles at a word', () => {
    const text = cardText(`<b>Knee</b> ${'pain '.repeat(40)}`, 50)
    expect(text.startsWith('Knee pain')).toBe(true)
    expect(text.length).toBeLessThanOrEqual(50)
    expect(text.endsWith('…')).toBe(true)
  })
})

describe('documentCard', () => {
  it('says what the document is, its title and one line about it', () => {
    expect(
      documentCard('articles', {
        title: 'Knee pain',
        slug: 'knee-pain',
        author: { name: 'Ross Hauser', credentials: 'MD' } as never,
      }),
    ).toEqual({ kicker: 'Article', title: 'Knee pain', subtitle: 'By Ross Hauser, MD' })
    expect(
      documentCard('physicians', {
        name: 'Ross Hauser',
        credentials: 'MD',
        jobTitle: 'Medical Director',
        slug: 'r',
      }),
    ).toEqual({ kicker: 'Physician', title: 'Ross Hauser, MD', subtitle: 'Medical Director' })
    expect(
      documentCard('offices', {
        name: 'Chicagoland Office',
        slug: 'c',
        address: { street: '1', city: 'Oak Park', state: 'IL', postalCode: '1', country: 'US' },
      }),
    ).toEqual({ kicker: 'Office', title: 'Chicagoland Office', subtitle: 'Oak Park, IL' })
    expect(
      documentCard('topics', {
        name: 'Knee',
        slug: 'knee',
        parent: { name: 'Prolotherapy' } as never,
      }),
    ).toEqual({ kicker: 'Topic', title: 'Knee', subtitle: 'Part of Prolotherapy' })
    expect(documentCard('pages', { title: 'Disclaimer', slug: 'd' })).toEqual({
      kicker: '',
      title: 'Disclaimer',
      subtitle: '',
    })
  })

  it('leaves out relationships that are only ids', () => {
    expect(documentCard('articles', { title: 'Knee', slug: 'k', author: 3 }).subtitle).toBe('')
    expect(documentCard('topics', { name: 'Knee', slug: 'k', parent: 4 }).subtitle).toBe('')
  })
})

describe('siteCard', () => {
  it("shows the home page's tagline, or the site name without one", () => {
    expect(siteCard('home', site).title).toBe(site.tagline)
    expect(siteCard('home', { siteName: 'Caring Medical' }).title).toBe('Caring Medical')
  })

  it('gives listing pages fixed words', () => {
    expect(siteCard('offices', site)).toEqual({
      kicker: 'Visit us',
      title: 'Our offices',
      subtitle: '',
    })
  })
})
