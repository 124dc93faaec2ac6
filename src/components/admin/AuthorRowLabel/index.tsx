'use client'

import { useRowLabel } from '@payloadcms/ui'

// Author rows read "Platas J" rather than "Author 01".
export const AuthorRowLabel = () => {
  const { data, rowNumber } = useRowLabel<{ family?: string; given?: string }>()
  const name = [data?.family, data?.given].filter(Boolean).join(' ')
  return <span>{name || `Author ${(rowNumber ?? 0) + 1}`}</span>
}
