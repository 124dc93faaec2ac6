// Search compares text folded: lower-case and without accents, so "Étude" matches "etude" and
// "ﬁbrosis" matches "fibrosis". Folding goes one code point at a time (never across
// neighbours), so the stored index, the query and the snippet all fold alike and every folded
// character can be traced back to the original one.

const MARKS = /\p{M}/gu

const foldCodePoint = (char: string): string =>
  char.charCodeAt(0) < 0x80
    ? char.toLowerCase()
    : char.toLowerCase().normalize('NFKD').replace(MARKS, '')

/** Lower-case, accents and compatibility forms (ligatures, full-width letters) removed. */
export const foldText = (text: string): string => {
  let folded = ''
  for (const char of text) folded += foldCodePoint(char)
  return folded
}

export type FoldedText = {
  folded: string
  /** For each folded UTF-16 unit, where the code point it came from starts in the original. */
  start: number[]
  /** …and where that code point ends. */
  end: number[]
}

/** The folded text with a map back to the original, for highlighting matches in it. */
export const foldWithMap = (text: string): FoldedText => {
  let folded = ''
  const start: number[] = []
  const end: number[] = []
  let index = 0
  for (const char of text) {
    const piece = foldCodePoint(char)
    for (let i = 0; i < piece.length; i += 1) {
      start.push(index)
      end.push(index + char.length)
    }
    folded += piece
    index += char.length
  }
  return { folded, start, end }
}
