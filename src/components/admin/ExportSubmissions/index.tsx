'use client'

import { Button } from '@payloadcms/ui'
import { useSearchParams } from 'next/navigation'

import { exportQuery } from './query'

import { useApiRoot } from '@/components/admin/useApiRoot'

import './styles.css'

/**
 * "Export CSV" above the submissions list: downloads what the list shows (its filter, search
 * and sort, all pages) from the staff-only export endpoint. The list keeps its query in the
 * address, so the link is built from there.
 */
export const ExportSubmissions = () => {
  const apiRoot = useApiRoot()
  const searchParams = useSearchParams()
  const query = exportQuery(searchParams)
  const filtered = query.has('search') || [...query.keys()].some((key) => key.startsWith('where'))
  return (
    <div className="export-submissions">
      <Button
        el="anchor"
        buttonStyle="secondary"
        size="small"
        margin={false}
        url={`${apiRoot}/form-submissions/export?${query.toString()}`}
      >
        Export CSV
      </Button>
      <span className="export-submissions__note">
        {filtered ? 'The submissions matching this filter or search.' : 'Every submission.'} Treat
        the file as private health information.
      </span>
    </div>
  )
}
