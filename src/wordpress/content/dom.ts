/**
 * The small DOM toolkit the content steps share: htmlparser2 to read, its DomUtils to walk and
 * to write. Entities are decoded on reading and only `& < >` (and U+00A0) written back, so the
 * text the importer searches (the ⟦cite:N⟧ tokens) stays plain characters.
 */
import { DomUtils, parseDocument } from 'htmlparser2'
import {
  Element,
  Text,
  isTag,
  isText,
  type AnyNode,
  type ChildNode,
  type Document,
} from 'domhandler'

export { Element, Text, isTag, isText, type AnyNode, type ChildNode, type Document }

export const parseHtml = (html: string): Document => parseDocument(html, { decodeEntities: true })

export const renderHtml = (nodes: AnyNode | AnyNode[]): string =>
  DomUtils.getOuterHTML(nodes, { encodeEntities: 'utf8' })

export const innerHtml = (node: Element): string => renderHtml(node.children)

export const textOf = (nodes: AnyNode | AnyNode[]): string => DomUtils.textContent(nodes)

export const findAll = (root: AnyNode | AnyNode[], name: string): Element[] =>
  DomUtils.findAll((element) => element.name === name, Array.isArray(root) ? root : [root])

export const { removeElement, replaceElement, prepend, append, appendChild } = DomUtils

/** A new element whose children point back to it (domhandler's constructor does not link them). */
export const createElement = (
  name: string,
  attribs: Record<string, string> = {},
  children: ChildNode[] = [],
): Element => {
  const element = new Element(name, attribs)
  for (const child of children) appendChild(element, child)
  return element
}

/** Whitespace, including the no-break spaces editors leave in "empty" paragraphs. */
export const isBlankText = (text: string): boolean => /^[\s\u00a0\u200b]*$/.test(text)

// Elements that are content even without text.
const CONTENT_ELEMENTS = new Set(['img', 'iframe', 'video', 'audio', 'embed', 'object', 'hr'])

/** Whether a node shows anything: text other than whitespace, or an image, video, rule… */
export const hasContent = (node: AnyNode): boolean => {
  if (isText(node)) return !isBlankText(node.data)
  if (!isTag(node)) return false
  if (CONTENT_ELEMENTS.has(node.name)) return true
  return node.children.some(hasContent)
}

/** Inserts `nodes` in place of `node`, in order. */
export const replaceWith = (node: ChildNode, nodes: ChildNode[]): void => {
  let previous: ChildNode = node
  for (const next of nodes) {
    append(previous, next)
    previous = next
  }
  removeElement(node)
}

/** Replaces an element by its children. */
export const unwrap = (element: Element): void => replaceWith(element, [...element.children])

export const classesOf = (element: Element): string[] =>
  (element.attribs.class ?? '').split(/\s+/).filter(Boolean)

export const closest = (node: AnyNode, name: string): Element | null => {
  for (let parent = node.parent; parent; parent = parent.parent) {
    if (isTag(parent) && parent.name === name) return parent
  }
  return null
}
