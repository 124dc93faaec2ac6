/**
 * The numbered reference list at the end of a clinic article, taken out of the HTML (the site
 * prints its own list from citations), and the in-text markers that point into it, replaced by
 * ⟦cite:N⟧ tokens the importer turns into citation links.
 *
 * A list is recognised after a "References" heading (a heading, or a paragraph or line holding
 * only that word), as an <ol>/<ul> or as numbered paragraphs or lines ("1. ", "1 ", "[1] ",
 * "1) "). Without a heading, only a trailing run of numbered paragraphs counts, and only when it
 * starts at 1, reads like references and at least one marker in the text points into it.
 */
import {
  Element,
  Text,
  createElement,
  findAll,
  hasContent,
  innerHtml,
  isBlankText,
  isTag,
  isText,
  parseHtml,
  removeElement,
  renderHtml,
  replaceWith,
  textOf,
  type AnyNode,
  type ChildNode,
  type Document,
} from './dom'
import { referenceIds, type ReferenceIds } from './identifiers'

export type ExtractedReference = {
  number: number
  /** Plain text as printed, without its list number; link labels such as [Pubmed] kept. */
  text: string
  /** The item's inner HTML without its list number, to keep as text if it cannot be parsed. */
  html: string
  /** Every href inside it. */
  links: string[]
  /** Identifiers written in its links or text; never guessed. */
  ids: ReferenceIds
}

export type ReferenceExtraction = {
  /** The HTML without the list, markers replaced by tokens; unchanged when there is no list. */
  html: string
  references: ExtractedReference[]
  /** Markers replaced. */
  markers: number
  /** Numbers of marker-like superscripts that match no reference, sorted. */
  unmatchedMarkers: number[]
}

/** The importer's handle on a marker: ⟦cite:N⟧ (U+27E6, U+27E7). */
export const CITE_TOKEN = /⟦cite:(\d+)⟧/g
export const citeToken = (n: number): string => `⟦cite:${n}⟧`

const HEADING =
  /^(?:references?|sources?|citations?|bibliography|works cited|literature cited)\s*:?$/i
const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6'])
// A list number: "1. ", "1 ", "[1] ", "(1) ", "1) ", or "1." glued to a capital ("1.Smith").
// Never the start of "10.1038/…" or of a year.
const LABEL = /^(?:\[(\d{1,3})\]|\((\d{1,3})\)|(\d{1,3})[.)]?)(?:\s+|(?=\p{Lu}))/u
const YEAR = /\b(?:1[89]\d\d|20\d\d)\b/
// Inline wrappers a whole reference paragraph may sit in: <p><span>1. …<br>2. …</span></p>.
const WRAPPERS = new Set(['span', 'font', 'em', 'i', 'strong', 'b', 'small'])
const BLOCKS = new Set(['p', 'div', 'li', 'ol', 'ul', 'td', 'th', 'blockquote', 'figure'])
for (const tag of HEADING_TAGS) BLOCKS.add(tag)

const collapse = (text: string): string => text.replace(/[\s\u00a0]+/g, ' ').trim()

// Text as read: a line break or a block boundary is a space.
const plainText = (nodes: AnyNode[]): string =>
  nodes
    .map((node) => {
      if (isText(node)) return node.data
      if (!isTag(node)) return ''
      if (node.name === 'br') return ' '
      const inner = plainText(node.children)
      return BLOCKS.has(node.name) ? ` ${inner} ` : inner
    })
    .join('')

type Lines = { lines: ChildNode[][]; breaks: Element[] }

/** A paragraph's lines, split at its <br>s (or at those of its single inline wrapper). */
const linesOf = (block: Element): Lines => {
  const meaningful = block.children.filter(
    (child) => hasContent(child) || (isTag(child) && child.name === 'br'),
  )
  const only = meaningful.length === 1 ? meaningful[0] : null
  const container =
    only && isTag(only) && WRAPPERS.has(only.name) && findAll(only.children, 'br').length
      ? only
      : block
  const lines: ChildNode[][] = [[]]
  const breaks: Element[] = []
  for (const child of container.children) {
    if (isTag(child) && child.name === 'br') {
      breaks.push(child)
      lines.push([])
    } else lines[lines.length - 1].push(child)
  }
  return { lines, breaks }
}

// Counted in text-node characters (textOf), so that dropLeadingText can cut exactly the label.
const labelOf = (nodes: ChildNode[]): { number: number; length: number } | null => {
  const full = textOf(nodes)
  const text = full.replace(/^[\s\u00a0]+/, '')
  const match = LABEL.exec(text)
  if (!match) return null
  const number = Number(match[1] ?? match[2] ?? match[3])
  if (number < 1) return null
  const leading = full.length - text.length
  return { number, length: leading + match[0].length }
}

const isHeadingText = (nodes: AnyNode[]): boolean => HEADING.test(collapse(plainText(nodes)))

const isBlankLine = (nodes: ChildNode[]): boolean => !nodes.some(hasContent)

/** A reference being read: its number, its lines, and the part of the page it came from. */
type Draft = { number?: number; parts: ChildNode[][]; label?: number; block: Element }

type Found = { drafts: Draft[]; removed: ChildNode[] }

const topBlocks = (doc: Document): ChildNode[] =>
  doc.children.filter((node) => isTag(node) || (isText(node) && !/^[\s\u00a0]*$/.test(node.data)))

const looksLikeReference = (nodes: AnyNode[]): boolean => {
  const text = plainText(nodes)
  return (
    YEAR.test(text) ||
    findAll(nodes, 'a').some((a) => a.attribs.href) ||
    /\b(?:doi|PMID)\b/i.test(text)
  )
}

const listItems = (list: Element, next: number): Draft[] => {
  let number = list.attribs.start !== undefined ? Number.parseInt(list.attribs.start, 10) : next
  if (!Number.isFinite(number)) number = next
  return list.children
    .filter((child): child is Element => isTag(child) && child.name === 'li')
    .map((li) => {
      if (li.attribs.value !== undefined && Number.isFinite(Number.parseInt(li.attribs.value, 10)))
        number = Number.parseInt(li.attribs.value, 10)
      return { number: number++, parts: [li.children], block: li }
    })
}

/**
 * Reads the blocks after a heading: list items, and paragraph lines that are numbered (numbered
 * mode, chosen by the first one) or that each read like a reference (unnumbered mode).
 */
const readTail = (first: { block: Element; lines: ChildNode[][] } | null, blocks: ChildNode[]) => {
  const drafts: Draft[] = []
  const consumed: ChildNode[] = []
  let numbered: boolean | undefined

  const readLines = (block: Element, lines: ChildNode[][], forced: boolean): boolean => {
    const content = lines.filter((line) => !isBlankLine(line))
    if (!content.length) return true
    numbered ??= Boolean(labelOf(content[0]))
    const firstOk = numbered ? labelOf(content[0]) : looksLikeReference(content[0])
    if (!firstOk && !forced) return false
    for (const line of content) {
      const label = labelOf(line)
      const previous = drafts.at(-1)
      const startsNew = numbered ? Boolean(label) : looksLikeReference(line) || !previous
      if (!startsNew && previous && previous.block === block) previous.parts.push(line)
      else drafts.push({ number: label?.number, label: label?.number, parts: [line], block })
    }
    return true
  }

  if (first) readLines(first.block, first.lines, true)
  for (const node of blocks) {
    if (!isTag(node)) break
    if (node.name === 'ol' || node.name === 'ul') {
      numbered ??= true
      drafts.push(...listItems(node, (drafts.at(-1)?.number ?? 0) + 1))
      consumed.push(node)
      continue
    }
    if (node.name !== 'p' || !readLines(node, linesOf(node).lines, false)) break
    consumed.push(node)
  }
  // Unnumbered lists are numbered by position.
  if (!numbered) drafts.forEach((draft, index) => (draft.number = index + 1))
  return { drafts: drafts.filter((draft) => draft.number !== undefined), consumed }
}

/** A "References" heading block or line, the last one on the page, and the list after it. */
const findWithHeading = (blocks: ChildNode[]): Found | null => {
  for (let i = blocks.length - 1; i >= 0; i--) {
    const block = blocks[i]
    if (!isTag(block)) continue
    if (HEADING_TAGS.has(block.name) && isHeadingText(block.children)) {
      const { drafts, consumed } = readTail(null, blocks.slice(i + 1))
      return drafts.length ? { drafts, removed: [block, ...consumed] } : null
    }
    if (block.name !== 'p') continue
    const { lines, breaks } = linesOf(block)
    const k = lines.findIndex((line) => isHeadingText(line))
    if (k === -1) continue
    const { drafts, consumed } = readTail({ block, lines: lines.slice(k + 1) }, blocks.slice(i + 1))
    if (!drafts.length) return null
    // The heading's paragraph goes from the heading line on; lines above it stay.
    const ownPart =
      k === 0 ? [block] : [breaks[k - 1], ...lines.slice(k).flat(), ...breaks.slice(k)]
    return { drafts, removed: [...ownPart, ...consumed] }
  }
  return null
}

/** Without a heading: the last paragraphs, numbered from 1 on, each reading like a reference. */
const findTrailing = (blocks: ChildNode[]): Found | null => {
  let start = blocks.length
  while (start > 0) {
    const block = blocks[start - 1]
    if (!isTag(block) || block.name !== 'p') break
    const lines = linesOf(block).lines.filter((line) => !isBlankLine(line))
    if (!lines.length || !labelOf(lines[0])) break
    start--
  }
  // The run starts at the paragraph numbered 1.
  while (start < blocks.length) {
    const first = linesOf(blocks[start] as Element).lines.find((line) => !isBlankLine(line))
    if (first && labelOf(first)?.number === 1) break
    start++
  }
  if (start === blocks.length) return null
  const { drafts, consumed } = readTail(null, blocks.slice(start))
  if (consumed.length !== blocks.length - start) return null
  const consecutive = drafts.every((draft, index) => draft.number === index + 1)
  if (!consecutive || !drafts.every((draft) => looksLikeReference(draft.parts.flat()))) return null
  return { drafts, removed: consumed }
}

// Removes the first `count` characters of text, and the elements that held only them.
const dropLeadingText = (container: Element, count: number): void => {
  let left = count
  const walk = (node: ChildNode): void => {
    if (left <= 0) return
    if (isText(node)) {
      const taken = Math.min(left, node.data.length)
      node.data = node.data.slice(taken)
      left -= taken
    } else if (isTag(node)) [...node.children].forEach(walk)
  }
  ;[...container.children].forEach(walk)
}

// Elements with nothing to show (emptied labels, <a name="ref1"></a> anchors) go.
const pruneEmpty = (node: Element): void => {
  for (const child of [...node.children]) {
    if (!isTag(child)) continue
    pruneEmpty(child)
    if (child.name !== 'br' && !hasContent(child)) removeElement(child)
  }
}

// Line breaks and spaces at either end.
const trimEdges = (container: Element): void => {
  for (const end of ['first', 'last'] as const) {
    for (;;) {
      const node = end === 'first' ? container.children[0] : container.children.at(-1)
      if (!node) break
      const blank = isText(node) && /^[\s\u00a0]*$/.test(node.data)
      if (blank || (isTag(node) && node.name === 'br')) removeElement(node)
      else break
    }
  }
}

const cloneAll = (nodes: ChildNode[]): ChildNode[] => nodes.map((node) => node.cloneNode(true))

const toReference = (draft: Draft): ExtractedReference => {
  const children: ChildNode[] = []
  draft.parts.forEach((part, index) => {
    if (index) children.push(createElement('br'))
    children.push(...cloneAll(part))
  })
  const container = createElement('div', {}, children)
  const label = labelOf(container.children)
  // A list item may repeat its own number ("<li>1. Smith…"); a line always starts with it.
  if (label && (draft.label !== undefined || label.number === draft.number))
    dropLeadingText(container, label.length)
  pruneEmpty(container)
  trimEdges(container)
  const links = findAll(container, 'a')
    .map((a) => a.attribs.href)
    .filter((href): href is string => Boolean(href))
  const text = collapse(plainText(container.children))
  return {
    number: draft.number as number,
    text,
    html: innerHtml(container).trim(),
    links,
    ids: referenceIds(links, text),
  }
}

// --- In-text markers -------------------------------------------------------------------------

// "1", "1,2", "1-3", "1–3, 5", "[1]", "(1)". A range of more than 50 is no citation.
const markerNumbers = (raw: string): number[] | null => {
  const text = collapse(raw)
    .replace(/^\[(.*)\]$/, '$1')
    .replace(/^\((.*)\)$/, '$1')
    .trim()
  if (!text) return null
  const numbers: number[] = []
  for (const part of text.split(/\s*[,;]\s*/)) {
    const single = /^(\d{1,3})$/.exec(part)
    const range = /^(\d{1,3})\s*[-–—]\s*(\d{1,3})$/.exec(part)
    if (single) numbers.push(Number(single[1]))
    else if (
      range &&
      Number(range[2]) > Number(range[1]) &&
      Number(range[2]) - Number(range[1]) <= 50
    )
      for (let n = Number(range[1]); n <= Number(range[2]); n++) numbers.push(n)
    else return null
  }
  return numbers.includes(0) ? null : [...new Set(numbers)]
}

// The text just before a node on the same line: across inline elements, not past a block or <br>.
const textBefore = (node: AnyNode, limit = 12): string => {
  let out = ''
  let current: AnyNode | null = node
  while (current && out.length < limit) {
    const previous: ChildNode | null = current.prev
    if (previous) {
      if (isTag(previous) && (previous.name === 'br' || BLOCKS.has(previous.name))) break
      out = plainText([previous]) + out
      current = previous
    } else {
      const parent: AnyNode | null = current.parent
      if (!parent || !isTag(parent) || BLOCKS.has(parent.name)) break
      current = parent
    }
  }
  return out
}

// Powers and units: 10<sup>6</sup>, 2<sup>3</sup>, m<sup>2</sup>, kg/m<sup>2</sup>, cm<sup>3</sup>.
// A number glued to a digit or to a unit is an exponent, whatever the reference list says.
const UNIT = /(?:^|[\s\d(/·×*x-])(?:[kcmdµμn]?m|ft|in|yd|mi|[kmµμn]?g|[mdµμ]?[lL]|s|sec)$/
const isExponent = (node: AnyNode): boolean => {
  const before = textBefore(node)
  return /\d$/.test(before) || UNIT.test(before)
}

type Marker = { target: Element; numbers: number[] }

/** Superscript numbers (bare or linked), and fragment links such as <a href="#ref1">[1]</a>. */
const findMarkers = (doc: Document): Marker[] => {
  const markers: Marker[] = []
  for (const sup of findAll(doc, 'sup')) {
    if (findAll(sup.children, 'sup').length) continue
    const raw = textOf(sup)
    const numbers = markerNumbers(raw)
    if (!numbers) continue
    const parent = sup.parent
    const linked =
      parent && isTag(parent) && parent.name === 'a' && (parent.attribs.href ?? '').startsWith('#')
    const target = linked && collapse(textOf(parent)) === collapse(raw) ? parent : sup
    const single = /^\s*\d{1,3}\s*$/.test(raw)
    if (single && isExponent(target)) continue
    markers.push({ target, numbers })
  }
  for (const a of findAll(doc, 'a')) {
    if (!(a.attribs.href ?? '').startsWith('#') || findAll(a.children, 'sup').length) continue
    if (markers.some((marker) => marker.target === a || isInside(a, [marker.target]))) continue
    const raw = collapse(textOf(a))
    const numbers = /^\[.*\]$/.test(raw) ? markerNumbers(raw) : null
    if (numbers) markers.push({ target: a, numbers })
  }
  return markers
}

const isInside = (node: AnyNode, containers: AnyNode[]): boolean => {
  for (let current: AnyNode | null = node; current; current = current.parent) {
    if (containers.includes(current)) return true
  }
  return false
}

/** Takes the reference list out of the HTML and turns the markers pointing into it into tokens. */
export const extractReferences = (html: string): ReferenceExtraction => {
  const doc = parseHtml(html)
  const blocks = topBlocks(doc)
  let found = findWithHeading(blocks)
  let markers = findMarkers(doc)

  if (!found) {
    const trailing = findTrailing(blocks)
    if (trailing) {
      const numbers = new Set(trailing.drafts.map((draft) => draft.number))
      const pointing = markers.some(
        (marker) =>
          !isInside(marker.target, trailing.removed) && marker.numbers.some((n) => numbers.has(n)),
      )
      if (pointing) found = trailing
    }
  }

  const references = found ? found.drafts.map(toReference) : []
  if (found) {
    const removed = found.removed
    markers = markers.filter((marker) => !isInside(marker.target, removed))
    for (const node of removed) {
      // The line breaks between top-level blocks go with them.
      while (node.parent === doc && node.next && isText(node.next) && isBlankText(node.next.data))
        removeElement(node.next)
      removeElement(node)
    }
  }

  const known = new Set(references.map((reference) => reference.number))
  const unmatched = new Set<number>()
  let replaced = 0
  for (const marker of markers) {
    const missing = marker.numbers.filter((n) => !known.has(n))
    if (missing.length) {
      missing.forEach((n) => unmatched.add(n))
      continue
    }
    replaceWith(marker.target, [new Text(marker.numbers.map(citeToken).join(''))])
    replaced++
  }

  return {
    html: found ? renderHtml(doc) : html,
    references,
    markers: replaced,
    unmatchedMarkers: [...unmatched].sort((a, b) => a - b),
  }
}
