import type { Block } from 'payload'

import { callToActionFields } from '../fields/callToAction'

// A call to action placed by the writer inside an article or page, between paragraphs.
export const CallToAction: Block = {
  slug: 'callToAction',
  interfaceName: 'CallToActionBlock',
  labels: { singular: 'Call to action', plural: 'Calls to action' },
  fields: callToActionFields,
}
