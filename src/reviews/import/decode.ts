import { MAX_IMPORT_BYTES, ReviewFileError } from './types'

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1).replace(/\.0$/, '')} MB`

export const tooLarge = (bytes?: number) =>
  new ReviewFileError(
    `${bytes ? `The file is ${megabytes(bytes)}` : 'The file is larger than the limit'}; the limit is ${megabytes(MAX_IMPORT_BYTES)}. Split it into smaller files and import them one by one.`,
    413,
  )

// Windows-1252 differs from Latin-1 only in 0x80–0x9F (curly quotes, dashes, €). Node's
// TextDecoder('windows-1252') decodes those as Latin-1 control characters, so map them here.
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ'

const decodeWindows1252 = (bytes: Uint8Array): string =>
  Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    .toString('latin1')
    .replace(/[\u0080-\u009f]/g, (char) => CP1252_HIGH[char.charCodeAt(0) - 0x80])

const NOT_TEXT =
  "This is not a text file. Export the reviews as CSV (in Excel: Save As → CSV UTF-8) or use Facebook's JSON export."

/**
 * The file's text. UTF-8 is expected; UTF-16 (Excel's "Unicode text") is read by its byte order
 * mark, and a file that is not UTF-8 is read as Windows-1252, which is what Excel's plain "CSV"
 * writes on Windows. Binary files are refused.
 */
export const decodeText = (content: string | Uint8Array): { text: string; notes: string[] } => {
  const notes: string[] = []
  let text: string
  if (typeof content === 'string') {
    if (Buffer.byteLength(content) > MAX_IMPORT_BYTES) throw tooLarge(Buffer.byteLength(content))
    text = content
  } else {
    if (content.byteLength > MAX_IMPORT_BYTES) throw tooLarge(content.byteLength)
    const [b0, b1] = content
    if (b0 === 0xff && b1 === 0xfe) text = new TextDecoder('utf-16le').decode(content)
    else if (b0 === 0xfe && b1 === 0xff) text = new TextDecoder('utf-16be').decode(content)
    else if (content.includes(0)) throw new ReviewFileError(NOT_TEXT)
    else {
      try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(content)
      } catch {
        text = decodeWindows1252(content)
        notes.push(
          'The file is not UTF-8, so it was read as Windows-1252 (Excel\'s "CSV" format). If accented letters look wrong, save it as "CSV UTF-8" and import it again.',
        )
      }
    }
  }
  text = text.replace(/^\uFEFF/, '')
  // Text has tabs and line breaks; executables and images have other control characters too.
  const controls = text.match(/[\u0000-\u0008\u000E-\u001F\u007F]/g)?.length ?? 0
  if (text.includes('\u0000') || controls > Math.max(2, text.length / 1000)) {
    throw new ReviewFileError(NOT_TEXT)
  }
  if (!text.trim()) throw new ReviewFileError('The file is empty.')
  return { text, notes }
}
