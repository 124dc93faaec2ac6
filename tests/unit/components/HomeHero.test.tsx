import { render, screen, within } from '@testing-library/react'

import { HomeHero } from '@/components/HomeHero'
import type { Office } from '@/payload-types'
import { offices as seedOffices } from '@/seed/content'

const stamp = { createdAt: '2026-11-01T00:00:00.000Z', updatedAt: '2026-11-01T00:00:00.000Z' }
const chicago: Office = { ...seedOffices[0], id: 1, ...stamp }

const heading = 'Heal your joints without surgery'
const intro = 'Prolotherapy and regenerative medicine in Chicago and Fort Myers since 1991.'

describe('HomeHero', () => {
  it('is a section named by the page h1, with the intro', () => {
    render(<HomeHero home={{ heading, intro, links: [] }} />)
    const hero = screen.getByRole('region', { name: heading })
    expect(within(hero).getByRole('heading', { level: 1, name: heading })).toBeInTheDocument()
    expect(within(hero).getByText(intro)).toBeInTheDocument()
    expect(screen.getAllByRole('heading')).toHaveLength(1)
  })

  it('shows the buttons in order, to a custom address and to an internal page', () => {
    render(
      <HomeHero
        home={{
          heading,
          intro,
          links: [
            { id: 'a', link: { label: 'Request an appointment', type: 'custom', url: '/contact' } },
            {
              id: 'b',
              link: {
                label: 'Visit Oak Park',
                type: 'internal',
                reference: { relationTo: 'offices', value: chicago },
              },
            },
          ],
        }}
      />,
    )
    const links = screen.getAllByRole('link')
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Request an appointment', '/contact'],
      ['Visit Oak Park', '/offices/chicagoland'],
    ])
  })

  it('drops buttons whose page is unpublished or deleted, or that have no label or address', () => {
    render(
      <HomeHero
        home={{
          heading,
          links: [
            {
              id: 'a',
              link: {
                label: 'Our offices',
                type: 'internal',
                reference: { relationTo: 'offices', value: 3 },
              },
            },
            { id: 'b', link: { label: 'Nowhere', type: 'custom', url: '' } },
            { id: 'c', link: { label: '', type: 'custom', url: '/contact' } },
            { id: 'd', link: { label: 'Read our articles', type: 'custom', url: '/articles' } },
          ],
        }}
      />,
    )
    const links = screen.getAllByRole('link')
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Read our articles', '/articles'],
    ])
    expect(screen.queryByText('Our offices')).not.toBeInTheDocument()
    expect(screen.queryByText('Nowhere')).not.toBeInTheDocument()
  })

  it('shows only the heading when there is no intro and no usable button', () => {
    const { container } = render(
      <HomeHero
        home={{
          heading,
          intro: null,
          links: [
            {
              id: 'a',
              link: {
                label: 'Our offices',
                type: 'internal',
                reference: { relationTo: 'offices', value: 3 },
              },
            },
          ],
        }}
      />,
    )
    expect(screen.queryByRole('link')).not.toBeInTheDocument()
    expect(container.querySelector('p')).not.toBeInTheDocument()
    expect(container).toHaveTextContent(/^Heal your joints without surgery$/)
  })

  it('copes with links missing altogether', () => {
    render(<HomeHero home={{ heading, links: null }} />)
    expect(screen.getByRole('heading', { level: 1, name: heading })).toBeInTheDocument()
    expect(screen.queryByRole('link')).not.toBeInTheDocument()
  })
})
