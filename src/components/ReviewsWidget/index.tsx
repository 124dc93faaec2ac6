import { getReviewSummary, getTopReviews } from '@/data/reviews'
import type { Office } from '@/payload-types'

import { ReviewsPanel } from './ReviewsPanel'

type Props = {
  heading?: string | null
  headingLevel?: 'h2' | 'h3'
  id?: string
  /** How many reviews to show (featured first, then the newest). */
  count?: number
  /** Leave out reviews with fewer stars; recommendations count as positive or negative. */
  minRating?: number
  /** Only this office's reviews, in the list and in the figures. */
  office?: Pick<Office, 'id' | 'slug'>
}

/**
 * The reviews widget, rendered on the server with no third-party script. The figures always
 * cover every approved review (of the office, if given): `minRating` only narrows the list.
 */
export const ReviewsWidget = async ({ count = 3, minRating = 0, office, ...rest }: Props) => {
  const officeId = office?.id ?? null
  const [summary, reviews] = await Promise.all([
    getReviewSummary(officeId),
    getTopReviews(count, minRating, officeId),
  ])
  return (
    <ReviewsPanel
      {...rest}
      summary={summary}
      reviews={reviews}
      allHref={office ? `/reviews?office=${office.slug}` : '/reviews'}
    />
  )
}
