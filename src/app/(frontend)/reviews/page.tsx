import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { Pagination } from '@/components/Pagination'
import { RatingSummary } from '@/components/RatingSummary'
import { ReviewCard } from '@/components/ReviewCard'
import { getOffices, getSiteSettings } from '@/data'
import { getReviewSummary, getReviewsPage } from '@/data/reviews'
import { pagedTitle, pageHref, readListingQuery } from '@/display/pagination'
import { listingMetadata } from '@/seo/metadata'

const PER_PAGE = 10

type SearchParams = Promise<{ page?: string | string[]; office?: string | string[] }>
type Props = { searchParams: SearchParams }

/** The page number (1 for anything odd) and the office asked for, if it exists. */
const readQuery = async (searchParams: SearchParams) => {
  const offices = await getOffices()
  const { page, slug, chosen } = readListingQuery(await searchParams, 'office', offices)
  return { page, officeSlug: slug, office: chosen, offices }
}

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const [{ page, office }, settings] = await Promise.all([
    readQuery(searchParams),
    getSiteSettings(),
  ])
  const title = office ? `Patient reviews of the ${office.name}` : 'Patient reviews'
  return listingMetadata(
    'reviews',
    {
      path: pageHref('/reviews', page, { office: office?.slug }),
      title: pagedTitle(title, page),
      description: 'What our patients say about their care, in their own words.',
    },
    settings,
  )
}

// No Review or AggregateRating JSON-LD here or anywhere: Google treats a business's reviews of
// itself on its own site as self-serving, so the markup earns nothing and risks a penalty.
export default async function ReviewsPage({ searchParams }: Props) {
  const { page, officeSlug, office, offices } = await readQuery(searchParams)
  const officeId = office?.id ?? null
  const [result, summary] = await Promise.all([
    getReviewsPage(page, PER_PAGE, officeId),
    getReviewSummary(officeId),
  ])
  if (page > 1 && page > result.totalPages) notFound()
  return (
    <div className="container narrow">
      <h1>{office ? `Patient reviews of the ${office.name}` : 'Patient reviews'}</h1>
      <RatingSummary summary={summary} />
      {offices.length > 1 ? (
        <nav aria-label="Filter by office" className="topic-filter">
          <ul className="chip-list">
            <li>
              <a href="/reviews" aria-current={office ? undefined : 'page'}>
                All offices
              </a>
            </li>
            {offices.map((candidate) => (
              <li key={candidate.id}>
                <a
                  href={pageHref('/reviews', 1, { office: candidate.slug })}
                  aria-current={candidate.id === office?.id ? 'page' : undefined}
                >
                  {candidate.name}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      {officeSlug && !office ? (
        <p className="notice" role="status">
          We could not find that office, so reviews of all offices are shown.
        </p>
      ) : null}
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
      <Pagination
        page={page}
        totalPages={result.totalPages}
        path="/reviews"
        params={{ office: office?.slug }}
      />
    </div>
  )
}
