'use client'
import type { PluginComponent } from '@payloadcms/richtext-lexical'
import { createClientFeature, useEditorConfigContext } from '@payloadcms/richtext-lexical/client'
import { useLexicalComposerContext } from '@payloadcms/richtext-lexical/lexical/react/LexicalComposerContext'
import { useField } from '@payloadcms/ui'
import { useEffect } from 'react'
import { flushSync } from 'react-dom'

/**
 * Payload writes the editor's content into the form only when the browser is idle (up to half a
 * second later, longer on a busy machine), so "Publish" clicked right after typing saved the
 * content as it was before: the last words were lost, or an empty new article was refused. This
 * writes the content into the form at once when the editor loses focus (the click on any save
 * button does that first) and before Ctrl/Cmd+S saves.
 */
const FlushEditorOnLeave: PluginComponent = () => {
  const [editor] = useLexicalComposerContext()
  const { fieldProps } = useEditorConfigContext()
  const { setValue } = useField({ path: fieldProps.path })

  useEffect(() => {
    let pending = false
    const flush = () => {
      if (!pending) return
      pending = false
      const content = editor.getEditorState().toJSON()
      flushSync(() => setValue(content))
    }
    const onFocusOut = (event: FocusEvent) => {
      const root = editor.getRootElement()
      if (root && event.relatedTarget instanceof Node && root.contains(event.relatedTarget)) return
      flush()
    }
    const onKeyDown = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') flush()
    }
    const stopUpdates = editor.registerUpdateListener(({ dirtyElements, dirtyLeaves, tags }) => {
      // Only changes to the content; selection moves and the initial load change nothing.
      if (tags.has('history-merge') || (dirtyElements.size === 0 && dirtyLeaves.size === 0)) return
      pending = true
    })
    const stopRoot = editor.registerRootListener((root, previous) => {
      previous?.removeEventListener('focusout', onFocusOut)
      previous?.removeEventListener('keydown', onKeyDown, true)
      root?.addEventListener('focusout', onFocusOut)
      root?.addEventListener('keydown', onKeyDown, true)
    })
    return () => {
      flush()
      stopUpdates()
      stopRoot()
    }
  }, [editor, setValue])

  return null
}

export const FlushEditorOnLeaveClient = createClientFeature({
  plugins: [{ Component: FlushEditorOnLeave, position: 'normal' }],
})
