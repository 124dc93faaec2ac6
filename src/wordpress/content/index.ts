/**
 * A WordPress post's stored content, made ready for Payload's HTML-to-Lexical converter: the
 * HTML readers saw (blocks unframed, shortcodes expanded, paragraphs added to classic content),
 * without its reference list, with ⟦cite:N⟧ tokens for the markers, and what the importer must
 * act on. Links and images are rewritten later by the importer (rewriteLinks, replaceImages),
 * once it knows the new addresses and media ids.
 */
import type { NameCount } from './blocks'
import { hasBlocks, stripBlockComments } from './blocks'
import { removeEmptyParagraphs } from './cleanup'
import { removeEditorMarkers } from './comments'
import { collectImages, type PostImage } from './images'
import { extractReferences, type ExtractedReference } from './references'
import { applyShortcodes } from './shortcodes'
import { wpautop } from './wpautop'

export type PreparedContent = {
  html: string
  /** Written in the block editor (then WordPress does not run wpautop). */
  hadBlocks: boolean
  references: ExtractedReference[]
  /** Markers replaced by ⟦cite:N⟧ tokens. */
  markers: number
  unmatchedMarkers: number[]
  unknownShortcodes: NameCount[]
  /** Dynamic blocks (`<!-- wp:latest-posts /-->`), which have no HTML to import. */
  unsupportedBlocks: NameCount[]
  /** Attachment ids of each [gallery], removed from the HTML. */
  galleries: string[][]
  images: PostImage[]
}

export const prepareContent = (raw: string): PreparedContent => {
  const hadBlocks = hasBlocks(raw)
  const blocks = stripBlockComments(raw)
  const shortcodes = applyShortcodes(removeEditorMarkers(blocks.html))
  // WordPress runs wpautop only on content without blocks (has_blocks()).
  const html = hadBlocks ? shortcodes.html : wpautop(shortcodes.html)
  const extracted = extractReferences(removeEmptyParagraphs(html))
  return {
    html: extracted.html,
    hadBlocks,
    references: extracted.references,
    markers: extracted.markers,
    unmatchedMarkers: extracted.unmatchedMarkers,
    unknownShortcodes: shortcodes.unknown,
    unsupportedBlocks: blocks.unsupported,
    galleries: shortcodes.galleries,
    images: collectImages(extracted.html),
  }
}

export { CITE_TOKEN, citeToken, extractReferences, type ExtractedReference } from './references'
export {
  collectImages,
  originalImageUrl,
  replaceImages,
  type PostImage,
  type UploadRef,
} from './images'
export { rewriteLinks } from './links'
export { wpautop } from './wpautop'
export { applyShortcodes } from './shortcodes'
export { hasBlocks, stripBlockComments, type NameCount } from './blocks'
export type { ReferenceIds } from './identifiers'
