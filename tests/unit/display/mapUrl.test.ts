import { addressOneLine } from '@/display/address'
import { mapUrl } from '@/display/map'
import { offices } from '@/seed/content'

describe('mapUrl', () => {
  it('searches Google Maps for the whole address, encoded', () => {
    expect(addressOneLine(offices[0].address, { country: true })).toBe(
      '715 Lake St., Suite 600, Oak Park, IL 60301, US',
    )
    expect(mapUrl(offices[0].address)).toBe(
      'https://www.google.com/maps/search/?api=1&query=715%20Lake%20St.%2C%20Suite%20600%2C%20Oak%20Park%2C%20IL%2060301%2C%20US',
    )
  })

  it('leaves out a missing suite and encodes characters that would break the URL', () => {
    const url = mapUrl({
      street: '12 Rue & Co #4',
      suite: null,
      city: 'Saint-Jérôme',
      state: 'QC',
      postalCode: 'J7Z 5T3',
      country: 'CA',
    })
    const query = new URL(url).searchParams.get('query')
    expect(query).toBe('12 Rue & Co #4, Saint-Jérôme, QC J7Z 5T3, CA')
    expect(url).not.toMatch(/query=.*[ #&]/)
    expect(url).toContain('12%20Rue%20%26%20Co%20%234')
  })
})
