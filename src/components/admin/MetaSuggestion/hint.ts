import { DESCRIPTION_LENGTH, TITLE_LENGTH } from '@/seo/metaDefaults'

export type MetaKind = 'title' | 'description'
export type Tone = 'short' | 'good' | 'long'

const RANGES = { title: TITLE_LENGTH, description: DESCRIPTION_LENGTH }

/**
 * The character count under a meta field: how long the text that will be used is (the editor's
 * own, else the suggestion) against the length search engines show in full.
 */
export const lengthHint = (
  kind: MetaKind,
  text: string,
  isSuggestion: boolean,
): { tone: Tone; message: string } => {
  const { min, max } = RANGES[kind]
  const length = [...text].length
  const tone: Tone = length < min ? 'short' : length > max ? 'long' : 'good'
  const advice =
    tone === 'short'
      ? `aim for ${min}–${max}`
      : tone === 'long'
        ? `search engines show about ${max}`
        : `a good length (${min}–${max})`
  return {
    tone,
    message: `${isSuggestion ? 'Suggestion: ' : ''}${length} characters: ${advice}.`,
  }
}
