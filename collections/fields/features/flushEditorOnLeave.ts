import { createServerFeature } from '@payloadcms/richtext-lexical'

/** Writes what was typed into the form before a save reads it (see the client component). */
export const FlushEditorOnLeaveFeature = createServerFeature({
  feature: {
    ClientFeature: '/src/components/admin/FlushEditorOnLeave#FlushEditorOnLeaveClient',
  },
  key: 'flushEditorOnLeave',
})
