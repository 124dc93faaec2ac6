import { render, screen, within } from '@testing-library/react'

import { SiteHeader } from '@/components/SiteHeader'

const settings = { siteName: 'Caring Medical', tagline: 'Prolotherapy and regenerative medicine' }

describe('SiteHeader', () => {
  it('shows the clinic name and tagline, linking home', () => {
    render(<SiteHeader settings={settings} navItems={[]} />)
    const home = screen.getByRole('link', { name: /Caring Medical/ })
    expect(home).toHaveAttribute('href', '/')
    expect(home).toHaveTextContent('Prolotherapy and regenerative medicine')
  })

  it('lists the menu staff edited, in order, with internal pages resolved to their paths', () => {
    render(
      <SiteHeader
        settings={settings}
        navItems={[
          { id: '1', link: { label: 'Articles', type: 'custom', url: '/articles' } },
          {
            id: '2',
            link: {
              label: 'Prolotherapy',
              type: 'internal',
              reference: {
                relationTo: 'topics',
                value: {
                  id: 1,
                  name: 'Prolotherapy',
                  slug: 'prolotherapy',
                  createdAt: '',
                  updatedAt: '',
                },
              },
            },
          },
          { id: '3', link: { label: 'Offices', type: 'custom', url: '/offices' } },
        ]}
      />,
    )
    const links = within(screen.getByRole('navigation', { name: 'Main' })).getAllByRole('link')
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Articles', '/articles'],
      ['Prolotherapy', '/topics/prolotherapy'],
      ['Offices', '/offices'],
    ])
  })

  it('drops a link whose page was deleted or unpublished, and has no empty menu', () => {
    render(
      <SiteHeader
        settings={settings}
        navItems={[
          {
            id: '1',
            link: { label: 'Gone', type: 'internal', reference: { relationTo: 'pages', value: 9 } },
          },
        ]}
      />,
    )
    expect(screen.queryByText('Gone')).not.toBeInTheDocument()
    expect(screen.queryByRole('navigation')).not.toBeInTheDocument()
  })

  it('has a search box on every page: a labelled GET form to /search that needs no script', () => {
    const { container } = render(<SiteHeader settings={settings} navItems={[]} />)
    const search = screen.getByRole('search', { name: 'Site' })
    expect(search.tagName).toBe('FORM')
    expect(search).toHaveAttribute('action', '/search')
    expect(search).toHaveAttribute('method', 'get')
    const box = within(search).getByRole('searchbox', { name: 'Search the site' })
    expect(box).toHaveAttribute('name', 'q')
    expect(box).toHaveAttribute('maxLength', '100')
    expect(within(search).getByRole('button', { name: 'Search' })).toHaveAttribute('type', 'submit')
    // Its id differs from the search page's own form, so both labels point at the right box.
    expect(box.id).toBe('header-search-q')
    expect(container.querySelectorAll('[id="search-q"], [id="search-page-q"]')).toHaveLength(0)
  })
})
