import { RatingSummary } from '@/components/RatingSummary'
import { type CardReview, ReviewCard } from '@/components/ReviewCard'
import type { ReviewSummary } from '@/reviews/summary'

export type ReviewsPanelProps = {
  /** The staff's heading; "What our patients say" when empty. */
  heading?: string | null
  headingLevel?: 'h2' | 'h3'
  /** Unique on the page: the section is labelled by its heading. */
  id?: string
  summary: ReviewSummary
  reviews: CardReview[]
  /** Where "Read all N reviews" goes; no link when absent. */
  allHref?: string
  /** Longer reviews show this many characters and "Read more". */
  excerptLength?: number
}

/** Approved reviews at a glance: the average and counts, a few reviews, and the way to the rest. */
export const ReviewsPanel = ({
  heading,
  headingLevel: Heading = 'h2',
  id = 'reviews-widget',
  summary,
  reviews,
  allHref,
  excerptLength = 220,
}: ReviewsPanelProps) => {
  // No reviews yet: say nothing rather than show an empty box.
  if (!summary.total) return null
  return (
    <section className="reviews-widget" aria-labelledby={`${id}-heading`}>
      <Heading id={`${id}-heading`}>{heading || 'What our patients say'}</Heading>
      <RatingSummary summary={summary} />
      {reviews.length ? (
        <ul className="plain reviews-widget-list">
          {reviews.map((review) => (
            <li key={review.id}>
              <ReviewCard review={review} maxLength={excerptLength} />
            </li>
          ))}
        </ul>
      ) : null}
      {allHref ? (
        <p className="reviews-widget-all">
          <a href={allHref}>
            Read all {summary.total.toLocaleString('en-US')}{' '}
            {summary.total === 1 ? 'review' : 'reviews'}
          </a>
        </p>
      ) : null}
    </section>
  )
}
