/**
 * Paragraphs editors leave "empty" for spacing (`<p>&nbsp;</p>`, `<p><br></p>`) would become
 * empty paragraphs in the article; they are dropped.
 */
import {
  findAll,
  hasContent,
  isBlankText,
  isText,
  parseHtml,
  removeElement,
  renderHtml,
} from './dom'

export const removeEmptyParagraphs = (html: string): string => {
  const doc = parseHtml(html)
  const empty = findAll(doc, 'p').filter((p) => !hasContent(p))
  if (!empty.length) return html
  for (const p of empty) {
    // With the line break wpautop put after it.
    if (p.next && isText(p.next) && isBlankText(p.next.data)) removeElement(p.next)
    removeElement(p)
  }
  return renderHtml(doc)
}
