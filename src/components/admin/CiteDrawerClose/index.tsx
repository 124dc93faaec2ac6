'use client'
import type { PluginComponent } from '@payloadcms/richtext-lexical'
import {
  $createInlineBlockNode,
  $isInlineBlockNode,
  createClientFeature,
} from '@payloadcms/richtext-lexical/client'
import { $getRoot } from '@payloadcms/richtext-lexical/lexical'
import { useLexicalComposerContext } from '@payloadcms/richtext-lexical/lexical/react/LexicalComposerContext'
import { $dfs } from '@payloadcms/richtext-lexical/lexical/utils'
import { useModal } from '@payloadcms/ui'
import { useEffect, useRef } from 'react'

import { followingPapers } from '../CitePaste/following'

// Payload names an inline block's drawer `drawer_<depth>_lexical-inlineBlocks-create-<editor>-<block id>`.
const CITE_DRAWER = /^drawer_\d+_lexical-inlineBlocks-create-.+-([^-]+)$/

const sameId = (a: unknown, b: unknown) => a != null && b != null && String(a) === String(b)

/**
 * When an inline block's drawer closes, a cite left without a paper is removed (no empty marker
 * stays behind), and the further papers of a pasted list are inserted right after it, in order.
 * It watches the drawer itself closing: the drawer's fields can unmount and mount again while it
 * is open (Payload rebuilds them when the block's data changes), which is no reason to act.
 */
const CiteDrawerClose: PluginComponent = () => {
  const [editor] = useLexicalComposerContext()
  const { modalState } = useModal()
  const wasOpen = useRef(new Set<string>())

  useEffect(() => {
    const closed: string[] = []
    for (const [slug, state] of Object.entries(modalState)) {
      const blockId = CITE_DRAWER.exec(slug)?.[1]
      if (!blockId) continue
      if (state.isOpen) wasOpen.current.add(slug)
      else if (wasOpen.current.delete(slug)) closed.push(blockId)
    }
    if (!closed.length) return
    // Queued after the drawer's own save (Payload writes the fields, then closes the drawer).
    editor.update(() => {
      for (const blockId of closed) {
        const node = $dfs($getRoot()).find(
          ({ node }) => $isInlineBlockNode(node) && node.getFields().id === blockId,
        )?.node
        // Another editor on the page (or another kind of inline block) owns this drawer.
        if (!node || !$isInlineBlockNode(node) || node.getFields().blockType !== 'cite') continue
        const extra = followingPapers.get(blockId)
        followingPapers.delete(blockId)
        const { citation } = node.getFields() as { citation?: unknown }
        if (!citation) {
          node.remove()
          continue
        }
        const cited = typeof citation === 'object' ? (citation as { id?: unknown }).id : citation
        if (!extra || !sameId(cited, extra.first)) continue
        let after = node
        for (const doc of extra.rest) {
          // An empty id makes Payload give the marker a new one.
          const marker = $createInlineBlockNode({ blockType: 'cite', id: '', citation: doc.id })
          after.insertAfter(marker)
          after = marker
        }
      }
    })
  }, [editor, modalState])

  return null
}

export const CiteDrawerCloseClient = createClientFeature({
  plugins: [{ Component: CiteDrawerClose, position: 'normal' }],
})
