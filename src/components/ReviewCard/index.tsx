import { Stars } from '@/components/Stars'
import { formatLongDate } from '@/format/date'
import type { Review } from '@/payload-types'
import { excerptText } from '@/reviews/excerpt'
import { SOURCE_LABELS } from '@/reviews/sources'

type Props = {
  review: Pick<
    Review,
    'id' | 'reviewerName' | 'rating' | 'recommends' | 'body' | 'reviewedAt' | 'source' | 'sourceUrl'
  >
  /** Shorten the text to this many characters (for teasers). */
  maxLength?: number
}

/** One approved review as a quote: stars or "recommends", the words, who and where. */
export const ReviewCard = ({ review, maxLength }: Props) => {
  const source = SOURCE_LABELS[review.source] ?? SOURCE_LABELS.other
  const date = formatLongDate(review.reviewedAt)
  return (
    <figure className="review-card">
      {typeof review.rating === 'number' ? (
        <Stars rating={review.rating} />
      ) : review.recommends ? (
        <p className="recommends">Recommends the clinic</p>
      ) : null}
      <blockquote>
        <p>{maxLength ? excerptText(review.body, maxLength) : review.body}</p>
      </blockquote>
      <figcaption>
        {review.reviewerName}
        <span className="muted">
          {' '}
          on {source}
          {date ? (
            <>
              , <time dateTime={review.reviewedAt}>{date}</time>
            </>
          ) : null}
        </span>
        {review.sourceUrl ? (
          <>
            {' · '}
            <a href={review.sourceUrl} rel="nofollow noopener" target="_blank">
              Original<span className="visually-hidden"> review by {review.reviewerName}</span>
              <span className="visually-hidden"> (opens in a new tab)</span>
            </a>
          </>
        ) : null}
      </figcaption>
    </figure>
  )
}
