import { CallToActionBox } from '@/components/CallToActionBox'
import { ContactTeaser, contactBox } from '@/components/ContactTeaser'
import { ReviewsTeaser } from '@/components/ReviewsTeaser'
import type { CallsToAction, Office, Review } from '@/payload-types'

type Props = {
  callsToAction: CallsToAction
  reviews: Review[]
  reviewTotal: number
  offices: Pick<Office, 'id' | 'name' | 'phone'>[]
}

/** Beside an article: the staff's calls to action, then reviews, then how to reach us. */
export const ArticleSidebar = ({ callsToAction, reviews, reviewTotal, offices }: Props) => (
  <aside className="sidebar" aria-label="Get help">
    {(callsToAction.sidebar ?? []).map((item) => (
      <CallToActionBox key={item.id} heading={item.heading} body={item.body} link={item.link} />
    ))}
    <ReviewsTeaser heading={callsToAction.reviewsHeading} reviews={reviews} total={reviewTotal} />
    <ContactTeaser contact={contactBox(callsToAction)} offices={offices} />
  </aside>
)
