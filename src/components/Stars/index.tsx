type Props = { rating: number }

/** Five stars, filled to the rating, read out as "4 out of 5 stars". */
export const Stars = ({ rating }: Props) => {
  // The label says what the stars show, so a bad value (7, -1, NaN) is clamped in both.
  const filled = Number.isFinite(rating) ? Math.max(0, Math.min(5, Math.round(rating))) : 0
  return (
    <span className="stars" role="img" aria-label={`${filled} out of 5 stars`}>
      <span aria-hidden="true">{'★'.repeat(filled)}</span>
      <span aria-hidden="true" className="stars-empty">
        {'★'.repeat(5 - filled)}
      </span>
    </span>
  )
}
