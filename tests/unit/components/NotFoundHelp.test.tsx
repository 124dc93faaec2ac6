import { jest } from '@jest/globals'
import { render, screen, within } from '@testing-library/react'

import type { Office, Topic } from '@/payload-types'
import { offices as seedOffices } from '@/seed/content'

// NotFoundHelp is an async server component that reads topics and offices through @/data; only
// those two reads are replaced, with what the database would return.
const getTopLevelTopics = jest.fn<() => Promise<Topic[]>>()
const getOffices = jest.fn<() => Promise<Office[]>>()
jest.unstable_mockModule('@/data', () => ({ getOffices }))
jest.unstable_mockModule('@/data/navigation', () => ({ getTopLevelTopics }))

const { NotFoundHelp } = await import('@/components/NotFoundHelp')

const stamp = { createdAt: '2026-11-01T00:00:00.000Z', updatedAt: '2026-11-01T00:00:00.000Z' }
const topics: Topic[] = [
  { id: 1, name: 'Prolotherapy', slug: 'prolotherapy', ...stamp },
  { id: 3, name: 'Stem cell therapy', slug: 'stem-cell-therapy', parent: null, ...stamp },
]
const offices: Office[] = seedOffices.map((office, index) => ({
  ...office,
  id: index + 1,
  ...stamp,
}))

const renderHelp = async () => render(await NotFoundHelp())

const section = (name: string) => {
  const heading = screen.getByRole('heading', { level: 2, name })
  return within(heading.nextElementSibling as HTMLElement)
}

beforeEach(() => {
  getTopLevelTopics.mockResolvedValue(topics)
  getOffices.mockResolvedValue(offices)
})

describe('NotFoundHelp', () => {
  it('says the page was not found and offers ways back in', async () => {
    await renderHelp()
    expect(
      screen.getByRole('heading', { level: 1, name: 'We could not find that page' }),
    ).toBeInTheDocument()
    expect(screen.getByText(/The page may have moved/)).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Browse all articles' })).toHaveAttribute(
      'href',
      '/articles',
    )
    expect(screen.getByRole('link', { name: 'Go to the home page' })).toHaveAttribute('href', '/')
  })

  it('links the top-level topics to their pages', async () => {
    await renderHelp()
    expect(
      section('Popular topics')
        .getAllByRole('link')
        .map((link) => [link.textContent, link.getAttribute('href')]),
    ).toEqual([
      ['Prolotherapy', '/topics/prolotherapy'],
      ['Stem cell therapy', '/topics/stem-cell-therapy'],
    ])
  })

  it('lists each office with its phone number as a tel: link', async () => {
    await renderHelp()
    const list = section('Prefer to talk to someone?')
    expect(list.getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Chicagoland Office: (708) 393-8266',
      'Southwest Florida Office: (239) 303-4069',
    ])
    expect(list.getByRole('link', { name: '(708) 393-8266' })).toHaveAttribute(
      'href',
      'tel:+17083938266',
    )
    expect(list.getByRole('link', { name: '(239) 303-4069' })).toHaveAttribute(
      'href',
      'tel:+12393034069',
    )
  })

  it('prints an office number that is not valid without a link', async () => {
    getOffices.mockResolvedValue([{ ...offices[0], phone: 'ask at reception' }])
    await renderHelp()
    const list = section('Prefer to talk to someone?')
    expect(list.getByRole('listitem')).toHaveTextContent('Chicagoland Office: ask at reception')
    expect(list.queryByRole('link')).not.toBeInTheDocument()
  })

  it('leaves out the topics and phone sections when there is nothing to list', async () => {
    getTopLevelTopics.mockResolvedValue([])
    getOffices.mockResolvedValue([])
    await renderHelp()
    expect(screen.getByRole('heading', { level: 1 })).toBeInTheDocument()
    expect(screen.queryByRole('heading', { level: 2 })).not.toBeInTheDocument()
    expect(screen.getAllByRole('link').map((link) => link.getAttribute('href'))).toEqual([
      '/articles',
      '/',
    ])
  })
})
