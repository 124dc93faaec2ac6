import { Gutter, Link, Pill, SetDocumentStepNav, Table } from '@payloadcms/ui'
import { notFound } from 'next/navigation'
import type { ClientField, Column, DocumentViewServerProps } from 'payload'
import { formatAdminURL } from 'payload/shared'
import type { ReactNode } from 'react'

import { SITE_TIME_ZONE } from '@/display/timeZone'
import { isStatusCollection } from '@/publishStatus/settle'
import { loadVersionPage, type VersionRow } from '@/versions/load'
import { comparisonPath, formatSavedAt, VERSION_KIND_LABELS } from '@/versions/rows'

import { PickVersion, QueryLink } from './client'

import './styles.css'

const DEFAULT_LIMIT = 20
const MAX_LIMIT = 100

const positiveInt = (value: unknown, fallback: number, max = Number.MAX_SAFE_INTEGER) => {
  const number = Number(Array.isArray(value) ? value[0] : value)
  return Number.isInteger(number) && number > 0 ? Math.min(number, max) : fallback
}

const column = (accessor: string, heading: string, cells: ReactNode[]): Column => ({
  accessor,
  active: true,
  field: { name: accessor, type: 'text' } as ClientField,
  Heading: heading,
  renderedCells: cells,
})

/**
 * The Versions tab of articles and pages, in place of Payload's (which cannot be imported, nor
 * told to compare elsewhere). It shows who saved each version, can hide autosaves, and links each
 * date to a comparison with the published version before it rather than the autosave a second
 * earlier. Inside the comparison's "select a version" drawer a date picks that version instead.
 */
export const VersionsList = async ({
  hasPublishedDoc,
  initPageResult: { collectionConfig, docID, req },
  routeSegments,
  searchParams = {},
  versions: { disableGutter = false, useVersionDrawerCreatedAtCell: inDrawer = false } = {},
}: DocumentViewServerProps) => {
  const collection = collectionConfig?.slug
  if (!collectionConfig || !isStatusCollection(collection) || docID === undefined) return notFound()
  const isTrashed = routeSegments[2] === 'trash'
  const hideAutosaves = searchParams.autosaves === 'hide'
  const { rows, page, totalPages, totalDocs, limit } = await loadVersionPage(req, {
    collection,
    id: docID,
    page: positiveInt(searchParams.page, 1),
    limit: positiveInt(searchParams.limit, DEFAULT_LIMIT, MAX_LIMIT),
    hideAutosaves,
    hasPublishedDoc,
  })
  const adminRoute = req.payload.config.routes.admin
  const when = (iso: string) => formatSavedAt(iso, SITE_TIME_ZONE)

  const savedCell = (row: VersionRow) => {
    const time = <time dateTime={row.updatedAt}>{when(row.updatedAt)}</time>
    if (inDrawer) return <PickVersion id={row.id}>{time}</PickVersion>
    const path = comparisonPath({
      collection,
      docId: docID,
      versionId: row.id,
      versionFrom: row.versionFrom?.id,
      trashed: isTrashed,
    })
    return (
      <Link href={formatAdminURL({ adminRoute, path })} prefetch={false}>
        {time}
      </Link>
    )
  }

  const columns: Column[] = [
    column('updatedAt', 'Saved', rows.map(savedCell)),
    column(
      'savedBy',
      'Saved by',
      rows.map((row) =>
        row.savedBy ? (
          <span className="versions-list__saver">{row.savedBy}</span>
        ) : (
          // Versions saved before who saved them was recorded.
          <span className="versions-list__muted">Not recorded</span>
        ),
      ),
    ),
    column(
      'status',
      'Status',
      rows.map((row) => (
        <span className="versions-list__pills">
          <Pill pillStyle={row.kind === 'currentlyPublished' ? 'success' : 'light'} size="small">
            {VERSION_KIND_LABELS[row.kind]}
          </Pill>
          {row.autosave ? <Pill size="small">Autosave</Pill> : null}
        </span>
      )),
    ),
  ]
  if (!inDrawer) {
    columns.push(
      column(
        'comparedWith',
        'Compared with',
        rows.map((row) =>
          row.versionFrom ? (
            <span>Published {when(row.versionFrom.updatedAt)}</span>
          ) : (
            // Payload's default: the version just before it, if there is one.
            <span className="versions-list__muted">
              {row.hasOlder ? 'The save before it' : 'Nothing (first version)'}
            </span>
          ),
        ),
      ),
    )
  }

  const first = (page - 1) * limit + 1
  const last = Math.min(page * limit, totalDocs)
  const body = (
    <>
      <div className="versions-list__bar">
        {/* The drawer has its own title ("Select a version to compare"). */}
        {inDrawer ? null : (
          <p className="versions-list__intro">
            A date opens what changed since the published version before it.
          </p>
        )}
        <QueryLink
          className="versions-list__toggle"
          params={{ autosaves: hideAutosaves ? null : 'hide', page: null }}
        >
          {hideAutosaves ? 'Show autosaves' : 'Hide autosaves'}
        </QueryLink>
      </div>
      {rows.length ? (
        <>
          <Table columns={columns} data={rows} />
          <nav className="versions-list__pages" aria-label="Pages of versions">
            <span>
              {first}–{last} of {totalDocs}
              {hideAutosaves ? ' (autosaves hidden)' : ''}
            </span>
            {page > 1 ? (
              <QueryLink params={{ page: String(page - 1) }} rel="prev">
                Newer
              </QueryLink>
            ) : null}
            {page < totalPages ? (
              <QueryLink params={{ page: String(page + 1) }} rel="next">
                Older
              </QueryLink>
            ) : null}
          </nav>
        </>
      ) : (
        <p className="versions__no-versions">
          {hideAutosaves ? 'No versions other than autosaves.' : 'No versions yet.'}
        </p>
      )}
    </>
  )

  return (
    <>
      {/* In the drawer the page is the comparison, whose step nav stays. */}
      {inDrawer ? null : (
        <SetDocumentStepNav
          collectionSlug={collection}
          id={docID}
          isTrashed={isTrashed}
          pluralLabel={collectionConfig.labels.plural}
          useAsTitle={collectionConfig.admin.useAsTitle}
          view="Versions"
        />
      )}
      <main className="versions versions-list">
        {disableGutter ? body : <Gutter className="versions__wrap">{body}</Gutter>}
      </main>
    </>
  )
}
