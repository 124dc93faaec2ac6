import type { CallsToAction, HomePage } from '@/payload-types'

type Id = number | string

const custom = (label: string, url: string) => ({ label, type: 'custom' as const, url })
const page = (label: string, id: Id) => ({
  label,
  type: 'internal' as const,
  reference: { relationTo: 'pages' as const, value: id as number },
})

/** The demo clinic's sidebar appeals, reviews box and contact box. */
export const callsToAction = (
  newPatientsPageId: Id,
  contactFormId: Id,
): Omit<CallsToAction, 'id'> => ({
  sidebar: [
    {
      heading: 'Were you recommended surgery?',
      body: 'A second opinion from a physician who uses regenerative treatments can help you weigh every option before you decide.',
      link: custom('Get a second opinion', '/contact'),
    },
    {
      heading: 'New to our clinic?',
      body: 'What to expect at your first visit, and what to bring.',
      link: page('Information for new patients', newPatientsPageId),
    },
  ],
  reviewsHeading: '5-star patient service',
  reviewsCount: 2,
  contactHeading: 'How can we help you?',
  contactBody:
    'Tell us about your pain and we will help you decide whether a consultation makes sense. Or call the office nearest you.',
  contactLink: custom('Contact us', '/contact'),
  contactForm: contactFormId as number,
})

/** The demo clinic's welcome and featured article. */
export const homePage = (featuredArticleId: Id): Omit<HomePage, 'id'> => ({
  heading: 'Relief for joint and spine pain, without surgery',
  intro:
    'Our physicians have treated chronic pain with Prolotherapy, platelet rich plasma and stem cell therapy for more than 25 years. Read what the research says, then talk to us about your options.',
  links: [
    { link: custom('Read our articles', '/articles') },
    { link: custom('Find an office', '/offices') },
  ],
  featuredArticles: [featuredArticleId as number],
})
