import { render } from '@testing-library/react'
import type { DefaultCellComponentProps } from 'payload'

import {
  REVIEW_LINE_MAX,
  ReviewBodyCell,
  ReviewFeaturedCell,
} from '@/components/admin/ReviewListCells'
import { firstLine } from '@/reviews/excerpt'

const cell = (cellData: unknown) => ({ cellData }) as unknown as DefaultCellComponentProps

describe('firstLine', () => {
  it('is the first line of text, without the rest', () => {
    expect(firstLine('\n  Kind staff.  \nThey called me back the same day.', 90)).toBe(
      'Kind staff.',
    )
  })
  it('is shortened at a word, with an ellipsis', () => {
    const line =
      'After two years of knee pain I can walk my dog again, thanks to the whole team here.'
    expect(firstLine(line, 40)).toBe('After two years of knee pain I can walk…')
  })
})

describe('ReviewBodyCell', () => {
  it('shows the first line of a long review, trimmed to the column', () => {
    const body = `${'Clear answers and a kind front desk. '.repeat(5)}\nSecond paragraph.`
    const { container } = render(<ReviewBodyCell {...cell(body)} />)
    const text = container.textContent ?? ''
    expect(text.length).toBeLessThanOrEqual(REVIEW_LINE_MAX + 1)
    expect(text).toMatch(/^Clear answers and a kind front desk\. Clear .*…$/)
    expect(text).not.toContain('Second paragraph')
  })
  it('shows nothing for an empty review', () => {
    expect(render(<ReviewBodyCell {...cell('  ')} />).container).toBeEmptyDOMElement()
    expect(render(<ReviewBodyCell {...cell(null)} />).container).toBeEmptyDOMElement()
  })
})

describe('ReviewFeaturedCell', () => {
  it('shows a badge for a featured review', () => {
    const { container } = render(<ReviewFeaturedCell {...cell(true)} />)
    expect(container).toHaveTextContent(/^Featured$/)
  })
  it.each([false, null, undefined])('shows nothing, not the word, for %p', (value) => {
    expect(render(<ReviewFeaturedCell {...cell(value)} />).container).toBeEmptyDOMElement()
  })
})
