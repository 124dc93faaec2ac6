import { safeHref } from '@/hardening/hostile'
import { Stars } from '@/components/Stars'
import { formatLongDate } from '@/display/date'
import type { Review } from '@/payload-types'
import { splitLongText } from '@/reviews/excerpt'
import { SOURCE_BADGES, SOURCE_LABELS, sourceKey } from '@/reviews/sources'

export type CardReview = Pick<
  Review,
  'id' | 'reviewerName' | 'rating' | 'recommends' | 'body' | 'reviewedAt' | 'source' | 'sourceUrl'
>

type Props = {
  review: CardReview
  /** Show this many characters, with "Read more" for the rest (for teasers). */
  maxLength?: number
}

const Verdict = ({ review }: { review: CardReview }) => {
  if (typeof review.rating === 'number') return <Stars rating={review.rating} />
  if (review.recommends === true) return <p className="recommends">Recommends the clinic</p>
  if (review.recommends === false) {
    return <p className="recommends recommends--not">Does not recommend the clinic</p>
  }
  return null
}

/**
 * One approved review as a quote: stars or a recommendation, where it was written, the words
 * (long ones open with "Read more", which works without JavaScript), who and when, and a link
 * to the original. Names and words are always text: React escapes any HTML in them.
 */
export const ReviewCard = ({ review, maxLength }: Props) => {
  const source = sourceKey(review.source)
  const date = formatLongDate(review.reviewedAt)
  const long = maxLength ? splitLongText(review.body, maxLength) : null
  const sourceHref = safeHref(review.sourceUrl)
  return (
    <figure className="review-card">
      <div className="review-card-top">
        <Verdict review={review} />
        <span className={`source-badge source-badge--${source}`}>{SOURCE_BADGES[source]}</span>
      </div>
      <blockquote>
        {long ? (
          <div className="review-text">
            <p className="review-excerpt">{long.excerpt}</p>
            <details className="read-more">
              <summary>
                <span className="read-more-open">Read more</span>
                <span className="read-more-close">Show less</span>
                <span className="visually-hidden"> of the review by {review.reviewerName}</span>
              </summary>
              <p className="review-body">{review.body}</p>
            </details>
          </div>
        ) : (
          <p className="review-body">{review.body}</p>
        )}
      </blockquote>
      <figcaption>
        <span className="reviewer">{review.reviewerName}</span>
        {date ? (
          <span className="muted">
            , <time dateTime={review.reviewedAt}>{date}</time>
          </span>
        ) : null}
        {sourceHref ? (
          <>
            {' · '}
            <a href={sourceHref} rel="nofollow noopener noreferrer" target="_blank">
              Read the original on {SOURCE_LABELS[source]}
              <span className="visually-hidden">
                {' '}
                (review by {review.reviewerName}, opens in a new tab)
              </span>
            </a>
          </>
        ) : null}
      </figcaption>
    </figure>
  )
}
