import { clampRating, roundRating } from '@/reviews/rating'

type Props = { rating: number }

// A five-pointed star in a 24×24 box.
const STAR = 'M12 1.6l3.1 6.5 7.1.9-5.2 4.9 1.3 7-6.3-3.4-6.3 3.4 1.3-7L1.8 9l7.1-.9z'

const row = [0, 1, 2, 3, 4].map((index) => (
  <path key={index} d={STAR} transform={`translate(${index * 24} 0)`} />
))

/**
 * Five stars filled to the tenth (4.8 fills four and most of the fifth), read out as
 * "4.8 out of 5 stars". SVG rather than "★" text, which phones draw in different fonts.
 */
export const Stars = ({ rating }: Props) => {
  const value = roundRating(clampRating(rating))
  return (
    <svg
      className="stars"
      role="img"
      aria-label={`${value} out of 5 stars`}
      viewBox="0 0 120 24"
      width="120"
      height="24"
      focusable="false"
    >
      <g className="stars-empty">{row}</g>
      {/* A nested SVG clips to its own width: the filled stars show as far as the rating. */}
      <svg className="stars-filled" x="0" y="0" width={`${Math.round(value * 20)}%`} height="24">
        {row}
      </svg>
    </svg>
  )
}
