import type { Metadata } from 'next'

import { NotFoundHelp } from '@/components/NotFoundHelp'

export const metadata: Metadata = { title: 'Page not found', robots: { index: false } }

export default function NotFound() {
  return <NotFoundHelp />
}
