const cutAt = (clean: string, max: number): number => {
  const lastSpace = clean.slice(0, max + 1).lastIndexOf(' ')
  return lastSpace > max * 0.6 ? lastSpace : max
}

/** At most `max` characters of a review, cut at a word and marked with an ellipsis. */
export const excerptText = (text: string, max: number): string => {
  const clean = text.replace(/\s+/g, ' ').trim()
  if (clean.length <= max) return clean
  return `${clean.slice(0, cutAt(clean, max)).replace(/[\s,.;:!?-]+$/, '')}…`
}

/** A long review as its opening words (with an ellipsis) and the whole text, or null if short. */
export const splitLongText = (text: string, max: number): { excerpt: string } | null => {
  const clean = text.replace(/\s+/g, ' ').trim()
  return clean.length <= max ? null : { excerpt: excerptText(clean, max) }
}

/** The review's first line of text, shortened at a word: what the admin's list of reviews shows. */
export const firstLine = (text: string, max: number): string =>
  excerptText(text.trim().split(/\r?\n/, 1)[0], max)
