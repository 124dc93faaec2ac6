'use client'
import type { PluginComponent } from '@payloadcms/richtext-lexical'
import { createClientFeature } from '@payloadcms/richtext-lexical/client'
import {
  $getNodeByKey,
  $getSelection,
  $getState,
  $isRangeSelection,
  $isTextNode,
  $setState,
  createState,
  type NodeKey,
  type TextNode,
} from '@payloadcms/richtext-lexical/lexical'
import { useLexicalComposerContext } from '@payloadcms/richtext-lexical/lexical/react/LexicalComposerContext'
import { useEffect } from 'react'

// Marks a "/" that starts its own text node. Lexical merges neighbouring text nodes only when
// their state matches, so the mark keeps the "/" apart from the word before it.
const slashAfterWord = createState('slashAfterWord', { parse: (value) => value === true })

// The end of a word or sentence: "pain/", "pain./", "pain)/". Not ":" ("https:/") or "/" ("//").
const WORD_END = /[\p{L}\p{N}.,;!?)\]'"’”]/u
// What the menu reads while it is open: the "/" and the name typed after it.
const QUERY = /^\/[^\s/]*$/

const sameLook = (a: TextNode, b: TextNode) =>
  a.isSimpleText() && a.getFormat() === b.getFormat() && a.getStyle() === b.getStyle()

/**
 * Payload's slash menu opens only on a "/" at the start of a text or after a space or "(" (its
 * trigger pattern is fixed), so citing "knee pain" meant typing "knee pain /cite" and the space
 * stayed before the reference number. When "/" is typed right after a word, this moves the "/"
 * into a text node of its own, where the menu's pattern sees it at the start. Once the menu is
 * done (or the writer typed on past it) the "/" text joins its neighbours again.
 */
const SlashAfterWord: PluginComponent = () => {
  const [editor] = useLexicalComposerContext()

  useEffect(() => {
    const marked = new Set<NodeKey>()
    return editor.registerUpdateListener(({ editorState, prevEditorState, dirtyLeaves, tags }) => {
      if (tags.has('historic') || tags.has('collaboration')) return
      let typed: { key: NodeKey; offset: number } | null = null
      const done: NodeKey[] = []
      editorState.read(() => {
        const selection = $getSelection()
        const anchor =
          $isRangeSelection(selection) && selection.isCollapsed() ? selection.anchor : null
        for (const key of marked) {
          const node = $getNodeByKey(key)
          const open =
            $isTextNode(node) &&
            anchor?.key === key &&
            anchor.offset === node.getTextContentSize() &&
            QUERY.test(node.getTextContent())
          if (!open) done.push(key)
        }
        const node = anchor?.getNode()
        if (!anchor || !$isTextNode(node) || !node.isSimpleText()) return
        if (!dirtyLeaves.has(node.getKey()) || $getState(node, slashAfterWord)) return
        const text = node.getTextContent()
        const offset = anchor.offset
        if (offset < 2 || text[offset - 1] !== '/' || !WORD_END.test(text[offset - 2])) return
        // Only a "/" just typed, not a cursor moved next to one ("and/or").
        const before = prevEditorState.read(() => $getNodeByKey(node.getKey())?.getTextContent())
        if (before === text.slice(0, offset - 1) + text.slice(offset))
          typed = { key: node.getKey(), offset }
      })
      if (!typed && !done.length) return
      editor.update(() => {
        for (const key of done) {
          marked.delete(key)
          const node = $getNodeByKey(key)
          if (!$isTextNode(node)) continue
          const plain = $setState(node, slashAfterWord, false)
          const previous = plain.getPreviousSibling()
          const joined =
            $isTextNode(previous) && sameLook(previous, plain)
              ? previous.mergeWithSibling(plain)
              : plain
          const next = joined.getNextSibling()
          if ($isTextNode(next) && sameLook(next, joined)) joined.mergeWithSibling(next)
        }
        if (!typed) return
        const { key, offset } = typed
        const node = $getNodeByKey(key)
        if (!$isTextNode(node)) return
        const slash = node.splitText(offset - 1, offset)[1]
        if (!slash) return
        $setState(slash, slashAfterWord, true).select(1, 1)
        marked.add(slash.getKey())
      })
    })
  }, [editor])

  return null
}

export const SlashAfterWordClient = createClientFeature({
  plugins: [{ Component: SlashAfterWord, position: 'normal' }],
})
