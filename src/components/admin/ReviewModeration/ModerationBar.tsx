'use client'

import { Button, toast, useAuth, useConfig, useListQuery, useSelection } from '@payloadcms/ui'
import { usePathname, useRouter, useSearchParams } from 'next/navigation'
import type { Where } from 'payload'
import { mergeListSearchAndWhere } from 'payload/shared'
import { type MouseEvent, useRef, useState, useTransition } from 'react'

import {
  ACTIONS,
  errorMessages,
  type ModerationStatus,
  OFFLINE_MESSAGE,
  STATUS_LABELS,
} from '../ReviewStatusCell/status'
import { currentTab, type StatusTab, TABS, whereForTab, whereSearchParams } from './where'

import { useApiRoot } from '@/components/admin/useApiRoot'

import './styles.css'

export type StatusCounts = Record<StatusTab, number>

const tabLabel = (tab: StatusTab) => (tab === 'all' ? 'All' : STATUS_LABELS[tab])
const reviews = (n: number) => (n === 1 ? '1 review' : `${n.toLocaleString('en-US')} reviews`)

type Props = { collectionSlug: string; counts: StatusCounts }

/**
 * Status tabs over the reviews list (through Payload's own list query, so the filter is in the
 * URL and survives a reload) and "Approve/Reject selected" for the rows ticked in the table.
 */
export const ModerationBar = ({ collectionSlug, counts }: Props) => {
  const { getEntityConfig } = useConfig()
  const apiRoot = useApiRoot()
  const { permissions } = useAuth()
  const { handleWhereChange, query } = useListQuery()
  const { count, getQueryParams, selectAll, toggleAll } = useSelection()
  const router = useRouter()
  const pathname = usePathname()
  const searchParams = useSearchParams()
  const tabsRef = useRef<HTMLElement>(null)
  const [saving, setSaving] = useState<ModerationStatus | null>(null)
  const [refreshing, startRefresh] = useTransition()

  const where = query?.where
  const active = currentTab(where)
  const canModerate = Boolean(permissions?.collections?.[collectionSlug]?.update)

  // A real address for each tab, so it can be opened in a new tab or bookmarked.
  const hrefFor = (tab: StatusTab) => {
    const params = new URLSearchParams(searchParams?.toString())
    for (const key of [...params.keys()]) {
      if (key.startsWith('where') || key === 'page') params.delete(key)
    }
    for (const [key, value] of whereSearchParams(whereForTab(where, tab))) params.append(key, value)
    const search = params.toString()
    return search ? `${pathname}?${search}` : pathname
  }

  const chooseTab = (event: MouseEvent<HTMLAnchorElement>, tab: StatusTab) => {
    const plainClick =
      event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey
    if (!plainClick || !handleWhereChange) return
    event.preventDefault()
    if (tab !== active) void handleWhereChange(whereForTab(where, tab))
  }

  const moderateSelected = async (status: ModerationStatus) => {
    setSaving(status)
    const selected = count
    try {
      // Leave out reviews already in that status (reported as such), and add the search box:
      // with "select all", Payload's selection carries the list's filter but not its search.
      const collectionConfig = getEntityConfig({ collectionSlug })
      const search = typeof query?.search === 'string' ? query.search : ''
      const notYet: Where = { status: { not_equals: status } }
      const changing =
        search && collectionConfig
          ? mergeListSearchAndWhere({ collectionConfig, search, where: notYet })
          : notYet
      const response = await fetch(
        `${apiRoot}/${collectionSlug}${getQueryParams(changing)}&depth=0`,
        {
          method: 'PATCH',
          credentials: 'include',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ status }),
        },
      )
      const body = await response.json().catch(() => null)
      // Payload's bulk PATCH answers { docs, errors }: what changed and what was refused.
      const changed = Array.isArray(body?.docs) ? body.docs.length : 0
      const failed = Array.isArray(body?.errors) ? body.errors.length : 0
      const unchanged = selected - changed - failed
      const { done, past } = ACTIONS[status]
      if (changed > 0) {
        const already =
          unchanged > 0
            ? ` ${reviews(unchanged)} ${unchanged === 1 ? 'was' : 'were'} already ${done}.`
            : ''
        toast.success(`${past} ${reviews(changed)}.${already}`)
      }
      if (failed > 0) {
        toast.error(
          typeof body?.message === 'string' ? body.message : 'Some reviews were not changed.',
          {
            description: errorMessages(body, response.status),
          },
        )
      } else if (!response.ok) {
        toast.error(errorMessages(body, response.status))
      } else if (changed === 0) {
        toast.info(`The selected reviews were already ${done}.`)
      }
      if (response.ok || changed > 0) {
        if ((selectAll as string) !== 'none') toggleAll()
        // The bulk buttons leave with the selection; give keyboard focus a place to stay.
        const tabs = tabsRef.current
        const tab = tabs?.querySelector<HTMLElement>('[aria-current]') ?? tabs?.querySelector('a')
        tab?.focus()
        startRefresh(() => router.refresh())
      }
    } catch {
      toast.error(OFFLINE_MESSAGE)
    } finally {
      setSaving(null)
    }
  }

  const busy = saving !== null || refreshing

  return (
    <div className="review-moderation">
      <nav aria-label="Reviews by status" className="review-moderation__tabs" ref={tabsRef}>
        <ul>
          {TABS.map((tab) => (
            <li key={tab}>
              <a
                href={hrefFor(tab)}
                aria-current={tab === active ? 'page' : undefined}
                className="review-moderation__tab"
                onClick={(event) => chooseTab(event, tab)}
              >
                {tabLabel(tab)} ({counts[tab].toLocaleString('en-US')})
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {canModerate && count > 0 && (
        <div role="group" aria-label="Selected reviews" className="review-moderation__bulk">
          {(Object.keys(ACTIONS) as ModerationStatus[]).map((status) => (
            <Button
              key={status}
              buttonStyle={status === 'approved' ? 'primary' : 'secondary'}
              size="small"
              margin={false}
              disabled={busy}
              onClick={() => void moderateSelected(status)}
            >
              {saving === status
                ? ACTIONS[status].busy
                : `${ACTIONS[status].verb} selected (${count.toLocaleString('en-US')})`}
            </Button>
          ))}
        </div>
      )}
    </div>
  )
}
