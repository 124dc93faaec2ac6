'use client'

import { useConfig, useDocumentInfo, useModal, useServerFunctions } from '@payloadcms/ui'
import type { DefaultCellComponentProps } from 'payload'
import { useEffect, useState } from 'react'

import { pathFor } from '@/urls'
import {
  isPublishStatus,
  type PublishStatus as Status,
  publishStatusOf,
  publishStatusText,
} from '@/publishStatus/status'

import { RevertToPublished } from './RevertToPublished'

import { useApiRoot } from '@/components/admin/useApiRoot'

import './styles.css'

/** The site's zone, which payload.config.ts sets as the admin's default time zone. */
const useSiteTimeZone = (): string => {
  const { config } = useConfig()
  return config.admin?.timezones?.defaultTimezone || 'UTC'
}

const StatusPill = ({ status, text }: { status: Status; text: string }) => (
  <span className={`publish-status publish-status--${status}`} data-status={status}>
    {text}
  </span>
)

/** The list's Status column. */
export const PublishStatusCell = ({ cellData, rowData }: DefaultCellComponentProps) => {
  const timeZone = useSiteTimeZone()
  if (!isPublishStatus(cellData)) return null
  const scheduledFor = (rowData as { scheduledFor?: string | null }).scheduledFor
  return <StatusPill status={cellData} text={publishStatusText(cellData, scheduledFor, timeZone)} />
}

/**
 * The edit view's status, beside the publish controls (replaces Payload's "Status: Changed"),
 * with "View on site" once visitors can see the document. It follows the form's own document
 * info, and asks the server for a pending scheduled publish whenever the schedule drawer closes.
 */
export const PublishStatus = () => {
  const {
    id,
    collectionSlug,
    docPermissions,
    hasPublishedDoc,
    isTrashed,
    unpublishedVersionCount,
    versionCount,
  } = useDocumentInfo()
  const apiRoot = useApiRoot()
  const { getUpcomingScheduledPublish } = useServerFunctions()
  const { isModalOpen } = useModal()
  const timeZone = useSiteTimeZone()
  const drawerOpen = isModalOpen(`schedule-publish-${id}`)
  const [scheduledFor, setScheduledFor] = useState<string | null>(null)
  const [publicPath, setPublicPath] = useState<string | null>(null)

  useEffect(() => {
    if (!id || !collectionSlug || drawerOpen) return
    const controller = new AbortController()
    getUpcomingScheduledPublish({ collectionSlug, id, signal: controller.signal })
      .then((events) => {
        const next = (events ?? []).find((event) => event.input?.type !== 'unpublish')
        if (!controller.signal.aborted) setScheduledFor(next ? String(next.waitUntil) : null)
      })
      .catch(() => undefined)
    return () => controller.abort()
  }, [collectionSlug, drawerOpen, getUpcomingScheduledPublish, id, hasPublishedDoc, versionCount])

  // Payload's schedule drawer preselects "Unpublish" whenever no draft is newer than a published
  // version, which is also the case for a document that was published and then unpublished.
  useEffect(() => {
    if (!drawerOpen || hasPublishedDoc) return
    const frame = requestAnimationFrame(() => {
      const publish = document.querySelector<HTMLInputElement>(
        '.schedule-publish__type li:first-child input[type="radio"]',
      )
      if (publish && !publish.checked) publish.click()
    })
    return () => cancelAnimationFrame(frame)
  }, [drawerOpen, hasPublishedDoc])

  // The published version's slug: a newer draft may have changed it.
  useEffect(() => {
    if (!id || !collectionSlug || !hasPublishedDoc) {
      setPublicPath(null)
      return
    }
    const controller = new AbortController()
    fetch(
      `${apiRoot}/${collectionSlug}/${id}?depth=0&draft=false&select[slug]=true&select[_status]=true`,
      {
        credentials: 'include',
        signal: controller.signal,
      },
    )
      .then((response) => (response.ok ? response.json() : null))
      .then((doc: { slug?: string; _status?: string } | null) =>
        setPublicPath(
          doc?._status === 'published' ? (pathFor(collectionSlug, doc.slug) ?? null) : null,
        ),
      )
      .catch(() => undefined)
    return () => controller.abort()
  }, [apiRoot, collectionSlug, hasPublishedDoc, id, versionCount])

  if (isTrashed) return null
  const status = publishStatusOf({
    published: hasPublishedDoc,
    unpublishedChanges: unpublishedVersionCount > 0,
    scheduledPublish: scheduledFor,
  })
  return (
    <div className="publish-status-line">
      <span className="publish-status-line__label">Status:</span>
      <StatusPill status={status} text={publishStatusText(status, scheduledFor, timeZone)} />
      {status === 'changed' && docPermissions?.update && <RevertToPublished />}
      {hasPublishedDoc && publicPath && (
        <a className="publish-status-line__view" href={publicPath} rel="noopener" target="_blank">
          View on site
        </a>
      )}
    </div>
  )
}
