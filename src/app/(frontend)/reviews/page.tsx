import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { Pagination } from '@/components/Pagination'
import { ReviewCard } from '@/components/ReviewCard'
import { getReviewsPage } from '@/data/reviews'
import { parsePageParam } from '@/format/pagination'

const PER_PAGE = 10

type Props = { searchParams: Promise<{ page?: string | string[] }> }

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const page = parsePageParam((await searchParams).page)
  return {
    title: page > 1 ? `Patient reviews, page ${page}` : 'Patient reviews',
    description: 'What our patients say about their care, in their own words.',
  }
}

export default async function ReviewsPage({ searchParams }: Props) {
  const page = parsePageParam((await searchParams).page)
  const result = await getReviewsPage(page, PER_PAGE)
  if (page > 1 && page > result.totalPages) notFound()
  return (
    <div className="container narrow">
      <h1>Patient reviews</h1>
      {result.reviews.length ? (
        <>
          <p className="muted">
            {result.totalDocs === 1 ? '1 review' : `${result.totalDocs} reviews`}, featured first,
            then the newest. Every review is read by our staff before it appears here.
          </p>
          <ul className="plain review-list">
            {result.reviews.map((review) => (
              <li key={review.id}>
                <ReviewCard review={review} />
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>No reviews yet.</p>
      )}
      <Pagination page={page} totalPages={result.totalPages} path="/reviews" />
    </div>
  )
}
