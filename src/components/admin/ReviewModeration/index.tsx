import type { BeforeListTableServerProps } from 'payload'
import { mergeListSearchAndWhere } from 'payload/shared'

import { ModerationBar, type StatusCounts } from './ModerationBar'
import { TABS, whereForTab, whereFromSearchParams } from './where'

/**
 * Above the reviews table: the status tabs with how many reviews each would show (the editor's
 * search and other filters included, counted with the editor's own access on every render, so the
 * numbers follow each approval) and the bulk actions.
 */
export const ReviewModeration = async ({
  collectionConfig,
  collectionSlug,
  payload,
  searchParams,
  user,
}: BeforeListTableServerProps) => {
  const search = typeof searchParams?.search === 'string' ? searchParams.search : ''
  const countAll = (where: ReturnType<typeof whereFromSearchParams>) =>
    Promise.all(
      TABS.map(async (tab) => {
        const tabWhere = whereForTab(where, tab)
        const { totalDocs } = await payload.count({
          collection: 'reviews',
          where: search
            ? mergeListSearchAndWhere({ collectionConfig, search, where: tabWhere })
            : tabWhere,
          overrideAccess: false,
          user,
        })
        return [tab, totalDocs] as const
      }),
    )
  let counted
  try {
    counted = await countAll(whereFromSearchParams(searchParams))
  } catch {
    // A filter Payload cannot run (typed into the URL by hand): count by status alone.
    counted = await countAll(undefined)
  }
  const counts = Object.fromEntries(counted) as StatusCounts
  return <ModerationBar collectionSlug={collectionSlug} counts={counts} />
}
