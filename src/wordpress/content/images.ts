/**
 * Images in post HTML: what to import, and the rewrite that hands them to Payload's converter.
 * The upload node's importDOM reads `data-lexical-upload-id` / `data-lexical-upload-relation-to`
 * from an <img>; an <img> without them becomes a pending upload, so unmapped images are removed.
 */
import {
  Element,
  append,
  createElement,
  classesOf,
  closest,
  findAll,
  hasContent,
  isBlankText,
  isTag,
  isText,
  parseHtml,
  prepend,
  removeElement,
  renderHtml,
  replaceWith,
  type AnyNode,
  type ChildNode,
} from './dom'

export type PostImage = {
  src: string
  /** null when the <img> has no alt attribute ('' is a decorative image). */
  alt: string | null
  /** From the `wp-image-201` class, else from the `attachment_201` id of its caption figure. */
  attachmentId?: number
  width?: number
  height?: number
}

export type UploadRef = { id: string | number; relationTo: 'media' }

const positive = (value: string | undefined): number | undefined => {
  const number = value === undefined ? NaN : Number.parseInt(value, 10)
  return Number.isFinite(number) && number > 0 ? number : undefined
}

const attachmentIdOf = (img: Element): number | undefined => {
  const fromClass = classesOf(img)
    .map((name) => /^wp-image-(\d+)$/.exec(name)?.[1])
    .find(Boolean)
  const figureId = closest(img, 'figure')?.attribs.id
  return positive(fromClass ?? /^attachment_(\d+)$/.exec(figureId ?? '')?.[1])
}

const describe = (img: Element): PostImage => {
  const image: PostImage = { src: img.attribs.src ?? '', alt: img.attribs.alt ?? null }
  const attachmentId = attachmentIdOf(img)
  const width = positive(img.attribs.width)
  const height = positive(img.attribs.height)
  if (attachmentId) image.attachmentId = attachmentId
  if (width) image.width = width
  if (height) image.height = height
  return image
}

/** Every <img> with a src, in order. */
export const collectImages = (html: string): PostImage[] =>
  findAll(parseHtml(html), 'img')
    .filter((img) => img.attribs.src)
    .map(describe)

/**
 * The uploaded original of a WordPress copy: `knee-xray-300x200.jpg` (a resized copy) and
 * `knee-xray-scaled.jpg` / `-rotated.jpg` (the big-image copy) → `knee-xray.jpg`. A file really
 * named like a copy is mapped too, so the importer should fall back to `src` when it is missing.
 */
export const originalImageUrl = (src: string): string => {
  const cut = src.search(/[?#]/)
  const path = cut === -1 ? src : src.slice(0, cut)
  const rest = cut === -1 ? '' : src.slice(cut)
  let original = path.replace(/-\d+x\d+(?=\.[a-z0-9]+$)/i, '')
  original = original.replace(/-(?:scaled|rotated)(?=\.[a-z0-9]+$)/i, '')
  return original + rest
}

// Nodes a figure leaves behind: its content, and its caption as an italic paragraph.
const unwrapFigure = (figure: Element): void => {
  const nodes: ChildNode[] = []
  for (const child of [...figure.children]) {
    if (isTag(child) && child.name === 'figcaption') {
      if (hasContent(child))
        nodes.push(createElement('p', {}, [createElement('em', {}, [...child.children])]))
    } else nodes.push(child)
  }
  replaceWith(figure, nodes)
}

const topLevelOf = (node: AnyNode): ChildNode | null => {
  let current: AnyNode = node
  while (current.parent && current.parent.parent) current = current.parent
  return current.parent ? (current as ChildNode) : null
}

// Whether there is text or media after `node` inside `top` (document order).
const hasContentAfter = (node: AnyNode, top: AnyNode): boolean => {
  for (let current: AnyNode | null = node; current && current !== top; current = current.parent) {
    for (let next = current.next; next; next = next.next) if (hasContent(next)) return true
  }
  return false
}

const isBreak = (node: AnyNode | undefined): boolean =>
  Boolean(node && ((isTag(node) && node.name === 'br') || (isText(node) && isBlankText(node.data))))

const TRIMMED = new Set(['p', 'li', 'td', 'th', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6'])

// Removes the wrappers an image leaves empty (its link, its paragraph), and the <br>s it leaves
// at the ends of its paragraph.
const cleanUp = (start: AnyNode | null): void => {
  let current = start
  while (current && isTag(current) && current.parent) {
    if (hasContent(current)) {
      if (!TRIMMED.has(current.name)) return
      while (isBreak(current.children.at(-1))) removeElement(current.children.at(-1) as ChildNode)
      while (isBreak(current.children[0])) removeElement(current.children[0])
      return
    }
    const parent: AnyNode | null = current.parent
    removeElement(current)
    current = parent
  }
}

/**
 * Rewrites every <img> for Payload's upload node, or removes it when `map` returns null.
 * Upload nodes are blocks, so an image is lifted out of its paragraph (list, table…): after the
 * top-level block when nothing follows it there, else before it. A figure is unwrapped and its
 * caption kept as an italic paragraph after the image (kept even when the image is removed).
 */
export const replaceImages = (
  html: string,
  map: (image: PostImage) => UploadRef | null,
): string => {
  const doc = parseHtml(html)
  const images = findAll(doc, 'img')
  if (!images.length) return html
  const lifted = new Set<Element>()
  const figures = findAll(doc, 'figure').filter((figure) => findAll(figure.children, 'img').length)
  for (const img of images) {
    const upload = img.attribs.src ? map(describe(img)) : null
    if (!upload) {
      const parent = img.parent
      removeElement(img)
      cleanUp(parent)
      continue
    }
    const replacement = createElement('img', {
      'data-lexical-upload-id': String(upload.id),
      'data-lexical-upload-relation-to': upload.relationTo,
      src: img.attribs.src ?? '',
      ...(img.attribs.alt !== undefined ? { alt: img.attribs.alt } : {}),
    })
    replaceWith(img, [replacement])
    lifted.add(replacement)
  }
  // Inner figures first (a gallery's images sit in figures inside a figure).
  figures.reverse().forEach(unwrapFigure)
  // After the top-level block, images keep their order: each goes after the previous one.
  const lastAfter = new Map<ChildNode, ChildNode>()
  for (const img of lifted) {
    const top = topLevelOf(img)
    if (!top || top === img) continue
    const parent = img.parent
    const after = !hasContentAfter(img, top)
    removeElement(img)
    if (after) {
      append(lastAfter.get(top) ?? top, img)
      lastAfter.set(top, img)
    } else prepend(top, img)
    cleanUp(parent)
  }
  return renderHtml(doc)
}
