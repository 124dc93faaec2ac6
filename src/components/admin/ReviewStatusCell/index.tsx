'use client'

import { Button, toast, useAuth } from '@payloadcms/ui'
import Link from 'next/link'
import { useRouter } from 'next/navigation'
import type { DefaultCellComponentProps } from 'payload'
import { type MouseEvent, useRef, useState, useTransition } from 'react'

import {
  ACTIONS,
  errorMessages,
  isReviewStatus,
  type ModerationStatus,
  OFFLINE_MESSAGE,
  STATUS_LABELS,
} from './status'

import { useAdminRoot, useApiRoot } from '@/components/admin/useApiRoot'

import './styles.css'

/**
 * The clicked button goes away, and under a status tab the whole row too. Keep keyboard focus at
 * this place in the table (this cell, or the same cell of the row that takes its place) rather
 * than dropping it to the top of the page.
 */
const keepFocusHere = (cell: HTMLElement) => {
  const focus = document.activeElement
  if (focus !== document.body && !cell.contains(focus)) return
  cell.focus()
  const row = cell.closest('tr')
  const rows = row?.parentElement
  if (!row || !rows) return
  const index = [...rows.children].indexOf(row)
  const observer = new MutationObserver(() => {
    if (row.isConnected) return
    observer.disconnect()
    if (document.activeElement !== document.body) return
    const next = rows.children[Math.min(index, rows.children.length - 1)]
    next?.querySelector<HTMLElement>('.review-status-cell')?.focus()
  })
  observer.observe(rows, { childList: true })
  setTimeout(() => observer.disconnect(), 30_000)
}

/**
 * The review's status as a labelled pill, with one-click "Approve" and "Reject" buttons so an
 * editor can moderate straight from the list.
 */
export const ReviewStatusCell = ({
  cellData,
  collectionSlug,
  link,
  linkURL,
  rowData,
}: DefaultCellComponentProps) => {
  const apiRoot = useApiRoot()
  const admin = useAdminRoot()
  const { permissions } = useAuth()
  const router = useRouter()
  const cellRef = useRef<HTMLDivElement>(null)
  const [saving, setSaving] = useState(false)
  // Stays true until the refreshed list has arrived, so a second click cannot race the first.
  const [refreshing, startRefresh] = useTransition()
  const busy = saving || refreshing

  const status = isReviewStatus(cellData) ? cellData : null
  const reviewer =
    typeof rowData?.reviewerName === 'string' && rowData.reviewerName.trim()
      ? rowData.reviewerName
      : `#${rowData?.id}`
  const canModerate = Boolean(permissions?.collections?.[collectionSlug]?.update)

  const moderate = async (event: MouseEvent, next: ModerationStatus) => {
    // The cell sits inside a table row; the click is ours alone.
    event.stopPropagation()
    setSaving(true)
    try {
      const response = await fetch(
        `${apiRoot}/${collectionSlug}/${encodeURIComponent(String(rowData.id))}?depth=0`,
        {
          method: 'PATCH',
          credentials: 'include',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ status: next }),
        },
      )
      const body = await response.json().catch(() => null)
      if (!response.ok) {
        toast.error(errorMessages(body, response.status))
        return
      }
      // Payload's own message is a generic "Updated successfully."; say what changed instead.
      toast.success(`The review by ${reviewer} is ${ACTIONS[next].done}.`)
      if (cellRef.current) keepFocusHere(cellRef.current)
      startRefresh(() => router.refresh())
    } catch {
      toast.error(OFFLINE_MESSAGE)
    } finally {
      setSaving(false)
    }
  }

  const pill = (
    <span className={`review-status review-status--${status ?? 'unknown'}`}>
      {status ? STATUS_LABELS[status] : 'No status'}
    </span>
  )

  return (
    <div className="review-status-cell" ref={cellRef} tabIndex={-1}>
      {link ? (
        <Link href={linkURL ?? `${admin}/collections/${collectionSlug}/${rowData.id}`}>{pill}</Link>
      ) : (
        pill
      )}
      {canModerate &&
        (Object.keys(ACTIONS) as ModerationStatus[])
          .filter((next) => next !== status)
          .map((next) => (
            <Button
              key={next}
              buttonStyle={next === 'approved' ? 'primary' : 'secondary'}
              className="review-status-cell__action"
              size="xsmall"
              margin={false}
              disabled={busy}
              aria-label={`${ACTIONS[next].verb} the review by ${reviewer}`}
              onClick={(event) => void moderate(event, next)}
            >
              {ACTIONS[next].verb}
            </Button>
          ))}
    </div>
  )
}
