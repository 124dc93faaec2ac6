import { render, screen, within } from '@testing-library/react'

import { SiteFooter } from '@/components/SiteFooter'
import type { Office, Page } from '@/payload-types'
import { offices as seedOffices, siteSettings } from '@/seed/content'

const offices: Office[] = seedOffices.map((office, index) => ({
  ...office,
  id: index + 1,
  createdAt: '2026-11-01T00:00:00.000Z',
  updatedAt: '2026-11-01T00:00:00.000Z',
}))

type Settings = Parameters<typeof SiteFooter>[0]['settings']

const disclaimerPage: Page = {
  id: 7,
  title: 'Disclaimer',
  slug: 'disclaimer',
  content: {
    root: { type: 'root', children: [], direction: null, format: '', indent: 0, version: 1 },
  },
  createdAt: '2026-11-01T00:00:00.000Z',
  updatedAt: '2026-11-01T00:00:00.000Z',
}

const settingsWithDisclaimer: Settings = { ...siteSettings, disclaimerPage }

type NavItems = Parameters<typeof SiteFooter>[0]['navItems']

const renderFooter = (
  list: Office[] = offices,
  settings: Settings = settingsWithDisclaimer,
  navItems?: NavItems,
) => render(<SiteFooter offices={list} settings={settings} navItems={navItems} />)

const card = (name: string) => screen.getByRole('heading', { level: 3, name }).closest('li')!

describe('SiteFooter', () => {
  it('lists every office by name under an "Our offices" heading', () => {
    renderFooter()
    expect(screen.getByRole('heading', { level: 2, name: 'Our offices' })).toBeInTheDocument()
    const list = screen.getByRole('list', { name: 'Offices' })
    expect(
      within(list)
        .getAllByRole('heading', { level: 3 })
        .map((heading) => heading.textContent),
    ).toEqual(['Chicagoland Office', 'Southwest Florida Office'])
  })

  it('shows each address on two lines', () => {
    renderFooter()
    const chicago = card('Chicagoland Office').querySelector('address')!
    expect(chicago.innerHTML).toBe('715 Lake St., Suite 600<br>Oak Park, IL 60301')
    const florida = card('Southwest Florida Office').querySelector('address')!
    expect(florida.innerHTML).toBe('9738 Commerce Center Ct.<br>Fort Myers, FL 33908')
  })

  it('links phone and fax numbers with tel: in E.164 form, keeping the printed number', () => {
    renderFooter()
    const chicago = within(card('Chicagoland Office'))
    const phone = chicago.getByRole('link', { name: '(708) 393-8266' })
    expect(phone).toHaveAttribute('href', 'tel:+17083938266')
    expect(phone.parentElement).toHaveTextContent(/^\(708\) 393-8266 Phone$/)
    const fax = chicago.getByRole('link', { name: '(855) 779-1950' })
    expect(fax).toHaveAttribute('href', 'tel:+18557791950')
    expect(fax.parentElement).toHaveTextContent(/^\(855\) 779-1950 Fax$/)

    const florida = within(card('Southwest Florida Office'))
    expect(florida.getByRole('link', { name: '(239) 303-4069' })).toHaveAttribute(
      'href',
      'tel:+12393034069',
    )
    expect(florida.getByRole('link', { name: '(855) 779-1950' })).toHaveAttribute(
      'href',
      'tel:+18557791950',
    )
  })

  it('leaves out the fax line for an office without fax', () => {
    renderFooter([{ ...offices[0], fax: null }])
    expect(screen.queryByText('Fax')).not.toBeInTheDocument()
    expect(screen.getAllByRole('link', { name: /\(\d{3}\)/ })).toHaveLength(1)
  })

  it('shows the out-of-network note once, not once per office', () => {
    renderFooter()
    expect(screen.getAllByText('We are an out-of-network provider.')).toHaveLength(1)
  })

  it('ends with the footer note, the copyright of this year and a link to the disclaimer', () => {
    renderFooter()
    expect(screen.getByText(siteSettings.footerNote)).toBeInTheDocument()
    const year = new Date().getFullYear()
    expect(
      screen.getByText(`© ${year} Caring Medical. All rights reserved. ·`, { exact: false }),
    ).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Disclaimer' })).toHaveAttribute('href', '/disclaimer')
  })

  it('falls back to the site name when there is no copyright line', () => {
    renderFooter(offices, {
      siteName: 'Caring Medical',
      copyright: null,
      footerNote: null,
      disclaimerPage,
    })
    expect(screen.getByRole('contentinfo')).toHaveTextContent(
      `© ${new Date().getFullYear()} Caring Medical · Disclaimer`,
    )
  })

  it('links the disclaimer page staff chose, and leaves it out when none is chosen or it is gone', () => {
    const { unmount } = renderFooter(offices, { ...siteSettings, disclaimerPage: null })
    expect(screen.queryByRole('link', { name: 'Disclaimer' })).not.toBeInTheDocument()
    unmount()
    // An unpublished or deleted page is not populated for visitors: only its id comes back.
    renderFooter(offices, { ...siteSettings, disclaimerPage: 7 })
    expect(screen.queryByRole('link', { name: 'Disclaimer' })).not.toBeInTheDocument()
  })

  it('shows the footer links staff edited, and drops a link whose page is gone', () => {
    renderFooter(offices, settingsWithDisclaimer, [
      { id: 'a', link: { label: 'All articles', type: 'custom', url: '/articles' } },
      {
        id: 'b',
        link: {
          label: 'Knee',
          type: 'internal',
          reference: {
            relationTo: 'topics',
            value: { id: 3, name: 'Knee', slug: 'knee', createdAt: '', updatedAt: '' },
          },
        },
      },
      {
        id: 'c',
        link: {
          label: 'Removed page',
          type: 'internal',
          reference: { relationTo: 'pages', value: 12 },
        },
      },
    ])
    const nav = screen.getByRole('navigation', { name: 'Footer' })
    expect(within(nav).getByRole('link', { name: 'All articles' })).toHaveAttribute(
      'href',
      '/articles',
    )
    expect(within(nav).getByRole('link', { name: 'Knee' })).toHaveAttribute('href', '/topics/knee')
    expect(within(nav).queryByText('Removed page')).not.toBeInTheDocument()
  })
})
