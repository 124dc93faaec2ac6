import { JSDOM } from 'jsdom'
import type { Payload, RichTextField } from 'payload'
import {
  convertHTMLToLexical,
  editorConfigFactory,
  type SanitizedServerEditorConfig,
} from '@payloadcms/richtext-lexical'

import { cite, text } from '@/seed/lexical'

type Node = Record<string, unknown> & { type?: string; children?: Node[] }
export type LexicalDocument = { root: Node }

/** `⟦cite:N⟧`: where the content step found the in-text marker of reference N. */
const CITE_TOKEN = /⟦cite:(\d+)⟧/g

const HEADINGS = ['h2', 'h3', 'h4']

/** The articles' and pages' content editor as configured, so the conversion knows its nodes. */
export const contentEditorConfig = (payload: Payload): SanitizedServerEditorConfig => {
  const field = payload.collections.articles.config.flattenedFields.find(
    (candidate) => candidate.name === 'content',
  ) as RichTextField | undefined
  if (!field) throw new Error('The articles collection has no content field.')
  return editorConfigFactory.fromField({ field })
}

/** A text node split at its cite tokens into text and cite blocks (or nothing, if unknown). */
const splitCites = (node: Node, citations: Map<number, number | string>): Node[] => {
  const value = node.text as string
  if (!value.includes('⟦cite:')) return [node]
  const out: Node[] = []
  let last = 0
  for (const match of value.matchAll(CITE_TOKEN)) {
    const before = value.slice(last, match.index)
    if (before) out.push({ ...node, text: before })
    const citation = citations.get(Number(match[1]))
    if (citation !== undefined) out.push(cite(citation))
    last = match.index + match[0].length
  }
  const after = value.slice(last)
  if (after) out.push({ ...node, text: after })
  return out
}

type Fix = {
  citations: Map<number, number | string>
  numericIds: boolean
}

/** Repairs what the HTML import leaves in a shape the editor or the site does not take. */
const fixNodes = (nodes: Node[], fix: Fix): Node[] =>
  nodes.flatMap((node) => {
    if (node.type === 'text') return splitCites(node, fix.citations)
    if (node.type === 'heading' && !HEADINGS.includes(node.tag as string)) {
      // The page title is the only h1; the editor offers h2–h4.
      node = { ...node, tag: (node.tag as string) === 'h1' ? 'h2' : 'h4' }
    }
    if (node.type === 'upload' && fix.numericIds && typeof node.value === 'string') {
      node = { ...node, value: Number(node.value) }
    }
    if (node.children) {
      const children = fixNodes(node.children, fix)
      // A paragraph left with nothing in it (a removed image, a marker alone) is dropped.
      if (
        ['paragraph', 'heading', 'quote'].includes(node.type as string) &&
        !children.some((child) => child.type !== 'linebreak')
      )
        return []
      return [{ ...node, children }]
    }
    return [node]
  })

/**
 * WordPress HTML (already prepared: paragraphs, no shortcodes, images pointing at media) to the
 * editor's Lexical JSON through Payload's own converter, then cite tokens become cite blocks.
 */
export const htmlToLexical = (
  html: string,
  { editorConfig, citations, numericIds }: { editorConfig: SanitizedServerEditorConfig } & Fix,
): LexicalDocument => {
  const state = convertHTMLToLexical({ editorConfig, html, JSDOM }) as unknown as LexicalDocument
  const children = fixNodes(state.root.children ?? [], { citations, numericIds })
  return { root: { ...state.root, children } }
}

/** A paragraph of plain text, for content that converts to nothing (so `required` holds). */
export const textOnly = (value: string): LexicalDocument => ({
  root: {
    type: 'root',
    format: '',
    indent: 0,
    version: 1,
    direction: 'ltr',
    children: [
      {
        type: 'paragraph',
        format: '',
        indent: 0,
        version: 1,
        direction: 'ltr',
        textFormat: 0,
        textStyle: '',
        children: [text(value)],
      },
    ],
  },
})
