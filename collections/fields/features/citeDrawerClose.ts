import { createServerFeature } from '@payloadcms/richtext-lexical'

/** A cite drawer closed without a paper leaves no marker (see the client component). */
export const CiteDrawerCloseFeature = createServerFeature({
  feature: {
    ClientFeature: '/src/components/admin/CiteDrawerClose#CiteDrawerCloseClient',
  },
  key: 'citeDrawerClose',
})
