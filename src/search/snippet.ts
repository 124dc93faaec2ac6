import { foldText, foldWithMap } from './fold'

export type SnippetSegment = { text: string; match: boolean }

export const SNIPPET_LENGTH = 180

type Range = { start: number; end: number }

/** Every place (in `text`) where one of the terms occurs, case- and accent-insensitively. */
const findMatches = (text: string, terms: string[]): Range[] => {
  const { folded, start, end } = foldWithMap(text)
  const ranges: Range[] = []
  for (const term of terms) {
    for (let at = folded.indexOf(term); at !== -1; at = folded.indexOf(term, at + term.length)) {
      ranges.push({ start: start[at], end: end[at + term.length - 1] })
    }
  }
  ranges.sort((a, b) => a.start - b.start || b.end - a.end)
  // Overlapping matches ("stem" and "stem cell") become one highlight.
  const merged: Range[] = []
  for (const range of ranges) {
    const last = merged[merged.length - 1]
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end)
    else merged.push({ ...range })
  }
  return merged
}

// Lines of the index text (heading, subtitle, paragraph) run together with a dash unless they
// already end a sentence, so "…knee osteoarthritis — Osteoarthritis is…" still reads.
const SENTENCE_END = /[.!?:;…"'”’)]$/

const oneLine = (text: string): string =>
  text
    .split(/\n+/)
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .reduce(
      (all, line) => (all ? `${all}${SENTENCE_END.test(all) ? ' ' : ' — '}${line}` : line),
      '',
    )

/** Moves an index off the second half of a surrogate pair, so no character is cut in two. */
const safeIndex = (text: string, index: number): number =>
  index > 0 && index < text.length && /[\uDC00-\uDFFF]/.test(text[index]) ? index - 1 : index

/**
 * About `length` characters of `text` around the first match of any of the words, cut at word
 * boundaries, with "…" where text was left out; matches are their own segments so the page can
 * mark them. Without a match in the text (the title matched), the beginning of the text.
 * Pure and plain: segments are text to render as text, never HTML.
 */
export const makeSnippet = (
  text: string,
  words: string[],
  length = SNIPPET_LENGTH,
): SnippetSegment[] => {
  const clean = oneLine(text)
  if (!clean) return []
  const terms = [...new Set(words.map(foldText).filter(Boolean))]
  const matches = findMatches(clean, terms)
  const first = matches[0]

  let from = 0
  let to = Math.min(clean.length, length)
  if (first) {
    // Some words of context before the match, more after it.
    from = Math.max(0, first.start - Math.round(length / 3))
    to = Math.min(clean.length, Math.max(from + length, first.end))
    if (to === clean.length) from = Math.max(0, Math.min(from, to - length))
  }
  if (from > 0 && clean[from - 1] !== ' ') {
    const space = clean.indexOf(' ', from)
    if (space !== -1 && (!first || space < first.start)) from = space + 1
  }
  if (to < clean.length && clean[to] !== ' ') {
    const space = clean.lastIndexOf(' ', to)
    if (space > from && (!first || space >= first.end)) to = space
  }
  from = safeIndex(clean, from)
  to = safeIndex(clean, to)

  const segments: SnippetSegment[] = []
  const push = (value: string, match: boolean) => {
    if (!value) return
    const last = segments[segments.length - 1]
    if (last && last.match === match) last.text += value
    else segments.push({ text: value, match })
  }
  if (from > 0) push('… ', false)
  let at = from
  for (const match of matches) {
    if (match.end <= from) continue
    if (match.start >= to) break
    const start = Math.max(match.start, from)
    const end = Math.min(match.end, to)
    push(clean.slice(at, start), false)
    push(clean.slice(start, end), true)
    at = end
  }
  push(clean.slice(at, to).trimEnd(), false)
  if (to < clean.length) push(' …', false)
  return segments
}

/** The snippet as one string, e.g. for a meta description or a test. */
export const snippetText = (segments: SnippetSegment[]): string =>
  segments.map((segment) => segment.text).join('')

/** The whole of a short text (a title) with its matches as their own segments. */
export const highlightMatches = (text: string, words: string[]): SnippetSegment[] =>
  makeSnippet(text, words, Number.POSITIVE_INFINITY)
