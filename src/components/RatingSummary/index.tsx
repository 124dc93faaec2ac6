import { Stars } from '@/components/Stars'
import { roundRating } from '@/reviews/rating'
import type { ReviewSummary } from '@/reviews/summary'

const plural = (count: number, one: string, many: string) =>
  `${count.toLocaleString('en-US')} ${count === 1 ? one : many}`

/**
 * "4.8 ★★★★★ from 37 ratings · 12 recommend": the average of approved star ratings to one
 * decimal, and Facebook-style recommendations counted apart, since they have no stars.
 */
export const RatingSummary = ({ summary }: { summary: ReviewSummary }) => {
  const { average, ratingCount, recommendCount, notRecommendCount } = summary
  const rated = ratingCount > 0 && average !== null
  if (!rated && !recommendCount && !notRecommendCount) return null
  return (
    <div className="rating-summary">
      {rated ? (
        <p className="rating-average">
          {/* The stars' name says the same to screen readers: "4.8 out of 5 stars". */}
          <span className="rating-number" aria-hidden="true">
            {roundRating(average).toFixed(1)}
          </span>{' '}
          <Stars rating={average} />{' '}
          <span className="rating-count">from {plural(ratingCount, 'rating', 'ratings')}</span>
        </p>
      ) : null}
      {recommendCount || notRecommendCount ? (
        <p className="rating-recommend">
          {recommendCount ? `${recommendCount.toLocaleString('en-US')} recommend` : null}
          {recommendCount && notRecommendCount ? ' · ' : null}
          {notRecommendCount ? (
            <span className="muted">
              {notRecommendCount.toLocaleString('en-US')}{' '}
              {notRecommendCount === 1 ? 'does not recommend' : 'do not recommend'}
            </span>
          ) : null}
        </p>
      ) : null}
    </div>
  )
}
