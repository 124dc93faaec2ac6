import type { Block } from 'payload'
import { existingOnly } from '../fields/existingOnly'

// Inline citation marker. The reference list is built from these, in order of appearance.
export const Cite: Block = {
  slug: 'cite',
  interfaceName: 'CiteBlock',
  labels: { singular: 'Citation', plural: 'Citations' },
  admin: { components: { Label: '/src/components/admin/CiteLabel#CiteLabel' } },
  fields: [
    {
      name: 'citation',
      filterOptions: existingOnly,
      type: 'relationship',
      relationTo: 'citations',
      required: true,
      admin: { description: 'Pick the paper this sentence relies on, or create it here.' },
    },
  ],
}
