import { render, screen, within } from '@testing-library/react'

import { NavLinks } from '@/components/NavLinks'
import type { Article, Header, Office, Page, Physician, Topic } from '@/payload-types'
import { document, paragraph } from '@/seed/lexical'
import { offices } from '@/seed/content'

type Items = Header['navItems']

const stamp = { createdAt: '2026-11-01T00:00:00.000Z', updatedAt: '2026-11-01T00:00:00.000Z' }
const content = document(paragraph('Text.')) as Page['content']
const prolotherapy: Topic = { id: 1, name: 'Prolotherapy', slug: 'prolotherapy', ...stamp }
const privacy: Page = { id: 3, title: 'Privacy', slug: 'privacy', content, ...stamp }
const ross: Physician = { id: 7, name: 'Ross Hauser', slug: 'ross-hauser', ...stamp }
const kneePain: Article = {
  id: 5,
  title: 'Knee pain',
  slug: 'knee-pain',
  author: ross,
  content: content as Article['content'],
  ...stamp,
}
const fortMyers: Office = { ...offices[1], id: 2, ...stamp }

const renderMenu = (items: Items) =>
  render(<NavLinks items={items} label="Footer" className="footer-links" />)

const linksIn = (nav: HTMLElement) =>
  within(nav)
    .getAllByRole('link')
    .map((link) => [link.textContent, link.getAttribute('href')])

describe('NavLinks', () => {
  it('lists the links in the order staff set, in a navigation named by its label', () => {
    renderMenu([
      { id: 'a', link: { label: 'Our offices', type: 'custom', url: '/offices' } },
      {
        id: 'b',
        link: {
          label: 'Prolotherapy',
          type: 'internal',
          reference: { relationTo: 'topics', value: prolotherapy },
        },
      },
      {
        id: 'c',
        link: {
          label: 'Privacy',
          type: 'internal',
          reference: { relationTo: 'pages', value: privacy },
        },
      },
      {
        id: 'd',
        link: { label: 'Patient portal', type: 'custom', url: 'https://portal.example.org/' },
      },
    ])
    const nav = screen.getByRole('navigation', { name: 'Footer' })
    expect(within(nav).getByRole('list')).toHaveClass('footer-links')
    expect(linksIn(nav)).toEqual([
      ['Our offices', '/offices'],
      ['Prolotherapy', '/topics/prolotherapy'],
      ['Privacy', '/privacy'],
      ['Patient portal', 'https://portal.example.org/'],
    ])
  })

  it('resolves links to articles, offices and physicians to their public paths', () => {
    renderMenu([
      {
        id: 'a',
        link: {
          label: 'Knee pain',
          type: 'internal',
          reference: { relationTo: 'articles', value: kneePain },
        },
      },
      {
        id: 'b',
        link: {
          label: 'Fort Myers',
          type: 'internal',
          reference: { relationTo: 'offices', value: fortMyers },
        },
      },
      {
        id: 'c',
        link: {
          label: 'Dr. Hauser',
          type: 'internal',
          reference: { relationTo: 'physicians', value: ross },
        },
      },
    ])
    expect(linksIn(screen.getByRole('navigation', { name: 'Footer' }))).toEqual([
      ['Knee pain', '/articles/knee-pain'],
      ['Fort Myers', '/offices/southwest-florida'],
      ['Dr. Hauser', '/physicians/ross-hauser'],
    ])
  })

  it('drops links to deleted or unpublished pages and blank custom addresses, keeping the rest', () => {
    renderMenu([
      {
        id: 'a',
        link: {
          label: 'Unpublished',
          type: 'internal',
          reference: { relationTo: 'pages', value: 9 },
        },
      },
      { id: 'b', link: { label: 'Deleted', type: 'internal', reference: null } },
      { id: 'c', link: { label: 'Blank', type: 'custom', url: '   ' } },
      { id: 'd', link: { label: 'No address', type: 'custom', url: null } },
      { id: null, link: { label: 'Articles', type: 'custom', url: '/articles' } },
    ])
    const nav = screen.getByRole('navigation', { name: 'Footer' })
    expect(linksIn(nav)).toEqual([['Articles', '/articles']])
    expect(within(nav).getAllByRole('listitem')).toHaveLength(1)
    for (const gone of ['Unpublished', 'Deleted', 'Blank', 'No address']) {
      expect(screen.queryByText(gone)).not.toBeInTheDocument()
    }
  })

  it.each([
    ['no menu', null],
    ['an empty menu', []],
    [
      'a menu whose only page is gone',
      [
        {
          id: 'a',
          link: {
            label: 'Gone',
            type: 'internal' as const,
            reference: { relationTo: 'topics' as const, value: 4 },
          },
        },
      ],
    ],
  ])('renders no navigation for %s', (_, items) => {
    const { container } = renderMenu(items)
    expect(container).toBeEmptyDOMElement()
  })
})
