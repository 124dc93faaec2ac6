import { render, screen } from '@testing-library/react'

import { OpeningHours } from '@/components/OpeningHours'

describe('OpeningHours', () => {
  it('says "Call for hours" when the office has none', () => {
    const { container } = render(<OpeningHours hours={null} />)
    expect(screen.getByText('Call for hours')).toBeInTheDocument()
    expect(container.querySelector('dl')).toBeNull()
  })

  it('lists grouped days with 12-hour times, then the closed days', () => {
    const { container } = render(
      <OpeningHours
        hours={[
          { days: ['Monday', 'Tuesday', 'Wednesday', 'Thursday'], opens: '08:00', closes: '17:00' },
          { days: ['Friday'], opens: '08:00', closes: '12:30' },
        ]}
      />,
    )
    const rows = [...container.querySelectorAll('dl > div')].map((row) => [
      row.querySelector('dt')?.textContent,
      row.querySelector('dd')?.textContent,
    ])
    expect(rows).toEqual([
      ['Monday–Thursday', '8:00 AM – 5:00 PM'],
      ['Friday', '8:00 AM – 12:30 PM'],
      ['Saturday and Sunday', 'Closed'],
    ])
    expect(screen.queryByText('Call for hours')).not.toBeInTheDocument()
  })
})
