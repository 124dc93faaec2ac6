import { render, screen } from '@testing-library/react'

import { ResponsiveImage } from '@/components/ResponsiveImage'

const image = {
  src: '/api/media/file/knee.jpg',
  alt: 'A knee brace on a table',
  width: 1600,
  height: 900,
  sizes: '(max-width: 800px) 100vw, 760px',
}

describe('ResponsiveImage', () => {
  it('is an ordinary sized <img> with next/image’s optimized sizes to choose from', () => {
    render(<ResponsiveImage {...image} className="portrait" />)
    const img = screen.getByRole('img', { name: 'A knee brace on a table' })
    // Sized, so the page does not shift when it arrives.
    expect(img).toHaveAttribute('width', '1600')
    expect(img).toHaveAttribute('height', '900')
    expect(img).toHaveAttribute('sizes', image.sizes)
    expect(img).toHaveClass('portrait')
    const candidates = img.getAttribute('srcset')!.split(', ')
    expect(candidates.length).toBeGreaterThan(3)
    for (const candidate of candidates) {
      expect(candidate).toMatch(
        /^\/_next\/image\?url=%2Fapi%2Fmedia%2Ffile%2Fknee\.jpg&w=\d+&q=75 \d+w$/,
      )
    }
    // Below the fold by default: the phone fetches it only when it comes into view.
    expect(img).toHaveAttribute('loading', 'lazy')
    expect(img).not.toHaveAttribute('fetchpriority')
  })

  it('loads the page’s main image first when it has priority', () => {
    render(<ResponsiveImage {...image} priority />)
    const img = screen.getByRole('img')
    expect(img).toHaveAttribute('loading', 'eager')
    expect(img).toHaveAttribute('fetchpriority', 'high')
  })
})
