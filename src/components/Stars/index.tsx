type Props = { rating: number }

/** Five stars, filled to the nearest whole star, read out as "4.8 out of 5 stars". */
export const Stars = ({ rating }: Props) => {
  // A bad value (7, -1, NaN) is clamped for both the picture and the words.
  const value = Number.isFinite(rating) ? Math.max(0, Math.min(5, rating)) : 0
  const filled = Math.round(value)
  return (
    <span className="stars" role="img" aria-label={`${Number(value.toFixed(1))} out of 5 stars`}>
      <span aria-hidden="true">{'★'.repeat(filled)}</span>
      <span aria-hidden="true" className="stars-empty">
        {'★'.repeat(5 - filled)}
      </span>
    </span>
  )
}
