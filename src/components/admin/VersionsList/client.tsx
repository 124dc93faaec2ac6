'use client'

import { Link, useModal, useRouteTransition } from '@payloadcms/ui'
import { usePathname, useRouter, useSearchParams } from 'next/navigation'
import type { ReactNode } from 'react'

/**
 * A link to the current address with some query parameters changed (null removes one). In the
 * comparison's "select a version" drawer the address is the comparison's, so paging there keeps
 * its `versionFrom`, and the drawer renders again for the new parameters, as with Payload's list.
 */
export const QueryLink = ({
  params,
  children,
  className,
  rel,
}: {
  params: Record<string, string | null>
  children: ReactNode
  className?: string
  rel?: string
}) => {
  const pathname = usePathname()
  const query = new URLSearchParams(Array.from(useSearchParams().entries()))
  for (const [key, value] of Object.entries(params)) {
    if (value === null) query.delete(key)
    else query.set(key, value)
  }
  const search = query.toString()
  return (
    <Link className={className} href={search ? `${pathname}?${search}` : pathname} rel={rel}>
      {children}
    </Link>
  )
}

/** In the drawer, a row's date picks that version to compare from (Payload's drawer cell). */
export const PickVersion = ({ id, children }: { id: number | string; children: ReactNode }) => {
  const { closeAllModals } = useModal()
  const router = useRouter()
  const pathname = usePathname()
  const searchParams = useSearchParams()
  const { startRouteTransition } = useRouteTransition()
  return (
    <button
      type="button"
      className="created-at-cell versions-list__pick"
      onClick={() => {
        closeAllModals()
        const query = new URLSearchParams(Array.from(searchParams.entries()))
        query.set('versionFrom', String(id))
        startRouteTransition(() => router.push(`${pathname}?${query.toString()}`))
      }}
    >
      {children}
    </button>
  )
}
