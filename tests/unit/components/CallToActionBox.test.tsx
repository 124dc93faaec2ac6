import { render, screen } from '@testing-library/react'

import { CallToActionBox } from '@/components/CallToActionBox'
import type { Page } from '@/payload-types'

const stamp = { createdAt: '2026-11-01T00:00:00.000Z', updatedAt: '2026-11-01T00:00:00.000Z' }
const newPatients = {
  id: 4,
  title: 'New patients',
  slug: 'new-patients',
  ...stamp,
} as unknown as Page

describe('CallToActionBox', () => {
  it('shows the heading as an h2 by default, the body and a button to a custom address', () => {
    render(
      <CallToActionBox
        heading="Were you recommended surgery?"
        body="Many patients avoid it with regenerative treatment."
        link={{ label: 'Ask about a second opinion', type: 'custom', url: '/contact' }}
      />,
    )
    expect(
      screen.getByRole('heading', { level: 2, name: 'Were you recommended surgery?' }),
    ).toBeInTheDocument()
    expect(
      screen.getByText('Many patients avoid it with regenerative treatment.'),
    ).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Ask about a second opinion' })).toHaveAttribute(
      'href',
      '/contact',
    )
  })

  it('uses an h3 when asked', () => {
    render(<CallToActionBox heading="Still in pain?" headingLevel="h3" />)
    expect(screen.getByRole('heading', { level: 3, name: 'Still in pain?' })).toBeInTheDocument()
    expect(screen.queryByRole('heading', { level: 2 })).not.toBeInTheDocument()
  })

  it('shows the heading as a plain paragraph, not a heading, when asked for p', () => {
    render(<CallToActionBox heading="Still in pain?" headingLevel="p" />)
    expect(screen.queryByRole('heading')).not.toBeInTheDocument()
    expect(screen.getByText('Still in pain?').tagName).toBe('P')
  })

  it('leaves the body out when there is none, and shows no button without a link', () => {
    const { container } = render(<CallToActionBox heading="Still in pain?" body={null} />)
    expect(container.querySelectorAll('p')).toHaveLength(0)
    expect(screen.queryByRole('link')).not.toBeInTheDocument()
    expect(container).toHaveTextContent(/^Still in pain\?$/)
  })

  it('links an internal page to its public path', () => {
    render(
      <CallToActionBox
        heading="First visit?"
        link={{
          label: 'What to expect',
          type: 'internal',
          reference: { relationTo: 'pages', value: newPatients },
        }}
      />,
    )
    expect(screen.getByRole('link', { name: 'What to expect' })).toHaveAttribute(
      'href',
      '/new-patients',
    )
  })

  it('shows no button when the linked page came back as a bare id (unpublished or deleted)', () => {
    render(
      <CallToActionBox
        heading="First visit?"
        link={{
          label: 'What to expect',
          type: 'internal',
          reference: { relationTo: 'pages', value: 4 },
        }}
      />,
    )
    expect(screen.getByText('First visit?')).toBeInTheDocument()
    expect(screen.queryByRole('link')).not.toBeInTheDocument()
    expect(screen.queryByText('What to expect')).not.toBeInTheDocument()
  })

  it('shows no button when the label or the address is missing', () => {
    const { rerender } = render(
      <CallToActionBox heading="Call us" link={{ label: '', type: 'custom', url: '/contact' }} />,
    )
    expect(screen.queryByRole('link')).not.toBeInTheDocument()
    rerender(
      <CallToActionBox
        heading="Call us"
        link={{ label: 'Contact us', type: 'custom', url: '  ' }}
      />,
    )
    expect(screen.queryByRole('link')).not.toBeInTheDocument()
    expect(screen.queryByText('Contact us')).not.toBeInTheDocument()
  })
})
