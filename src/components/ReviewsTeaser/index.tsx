import Link from 'next/link'

import { ReviewCard } from '@/components/ReviewCard'
import type { Review } from '@/payload-types'

type Props = {
  /** The staff's heading; "What our patients say" when empty. */
  heading?: string | null
  reviews: Review[]
  /** How many approved reviews there are in all. */
  total: number
  headingLevel?: 'h2' | 'h3'
}

/** A few approved reviews (featured first) and the way to all of them. */
export const ReviewsTeaser = ({ heading, reviews, total, headingLevel: Heading = 'h2' }: Props) => {
  if (!total || !reviews.length) return null
  return (
    <section className="reviews-teaser" aria-labelledby="reviews-teaser-heading">
      <Heading id="reviews-teaser-heading">{heading || 'What our patients say'}</Heading>
      {reviews.map((review) => (
        <ReviewCard key={review.id} review={review} maxLength={220} />
      ))}
      <p>
        <Link href="/reviews">
          Read all {total} {total === 1 ? 'review' : 'reviews'}
        </Link>
      </p>
    </section>
  )
}
