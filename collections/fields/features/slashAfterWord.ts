import { createServerFeature } from '@payloadcms/richtext-lexical'

/** The "/" menu also opens on "/" typed right after a word (see the client component). */
export const SlashAfterWordFeature = createServerFeature({
  feature: {
    ClientFeature: '/src/components/admin/SlashAfterWord#SlashAfterWordClient',
  },
  key: 'slashAfterWord',
})
