import type { Block } from 'payload'
import { existingOnly } from '../fields/existingOnly'

// Inline citation marker. The reference list is built from these, in order of appearance.
export const Cite: Block = {
  slug: 'cite',
  interfaceName: 'CiteBlock',
  labels: { singular: 'Citation', plural: 'Citations' },
  admin: { components: { Label: '/src/components/admin/CiteLabel#CiteLabel' } },
  fields: [
    // Stores nothing: it finds or imports the paper and fills `citation` below.
    {
      name: 'paste',
      type: 'ui',
      admin: { components: { Field: '/src/components/admin/CitePaste#CitePaste' } },
    },
    {
      name: 'citation',
      filterOptions: existingOnly,
      type: 'relationship',
      relationTo: 'citations',
      required: true,
      admin: {
        description:
          'The paper this sentence relies on: paste it above, or pick it from Citations here.',
      },
    },
  ],
}
