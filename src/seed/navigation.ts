type Ids = { topics: Map<string, number | string> }

const custom = (label: string, url: string) => ({ link: { label, type: 'custom', url } })
const internal = (label: string, relationTo: string, value: number | string) => ({
  link: { label, type: 'internal', reference: { relationTo, value } },
})

/** The demo clinic's menus; staff change them under Settings. */
export const navigation = ({ topics }: Ids) => ({
  header: [
    custom('Articles', '/articles'),
    internal('Prolotherapy', 'topics', topics.get('prolotherapy')!),
    custom('Offices', '/offices'),
    custom('Reviews', '/reviews'),
    custom('Contact', '/contact'),
  ],
  footer: [
    custom('All articles', '/articles'),
    custom('Our offices', '/offices'),
    custom('Patient reviews', '/reviews'),
    custom('Contact us', '/contact'),
  ],
})
