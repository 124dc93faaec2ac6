import type { RichTextFieldValidation } from 'payload'
import { richText } from 'payload/shared'

import { citeMarkers, describeBrokenMarker } from '@/citations/citeMarkers'

/**
 * Rich text with cite markers: a marker without a paper, or whose paper was deleted, is refused
 * by name ("Citation 2, after "…knee pain", has no paper."), then Payload's own checks run.
 * Payload validates on publish, not on draft saves, so a draft may hold a marker to fix later.
 */
export const validateCites: RichTextFieldValidation = async (value, options) => {
  const markers = citeMarkers(value as never)
  if (markers.length) {
    const ids = [
      ...new Set(markers.flatMap(({ citation }) => (citation === null ? [] : [citation]))),
    ]
    const found = ids.length
      ? await options.req.payload.find({
          collection: 'citations',
          where: { id: { in: ids } },
          limit: ids.length,
          depth: 0,
          pagination: false,
          select: {},
          overrideAccess: true,
          req: options.req,
        })
      : { docs: [] }
    const existing = new Set(found.docs.map(({ id }) => String(id)))
    const broken = markers.filter(
      ({ citation }) => citation === null || !existing.has(String(citation)),
    )
    if (broken.length)
      return `${broken.map(describeBrokenMarker).join(' ')} ${
        broken.length > 1
          ? 'Choose a paper for each, or remove the markers.'
          : 'Choose its paper, or remove the marker.'
      }`
  }
  return richText(value, options)
}
