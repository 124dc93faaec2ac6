import { groupHours } from '@/display/hours'
import type { Office } from '@/payload-types'

type Props = { hours: Office['hours'] }

/** "Monday–Thursday 8:00 AM – 5:00 PM" lines, or "Call for hours" when none are set. */
export const OpeningHours = ({ hours }: Props) => {
  const lines = groupHours(hours)
  if (!lines.length) return <p className="hours-unknown">Call for hours</p>
  return (
    <dl className="hours">
      {lines.map((line) => (
        <div key={line.days} className={line.closed ? 'hours-row closed' : 'hours-row'}>
          <dt>{line.days}</dt>
          <dd>{line.times}</dd>
        </div>
      ))}
    </dl>
  )
}
