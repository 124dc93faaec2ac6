import {
  comparisonPath,
  formatSavedAt,
  previousPublished,
  versionKind,
  type VersionSummary,
} from '@/versions/rows'

const version = (
  id: number,
  minute: number,
  status: 'draft' | 'published',
  autosave = false,
): VersionSummary => ({
  id,
  updatedAt: new Date(Date.UTC(2026, 11, 7, 16, minute)).toISOString(),
  autosave,
  version: { _status: status },
})

describe('previousPublished', () => {
  // Newest first, as the list reads them: a draft over the second publish, autosaves between.
  const published = [version(5, 40, 'published'), version(2, 10, 'published')]

  it('is the newest publish saved before the row, skipping drafts and autosaves', () => {
    expect(previousPublished(version(6, 50, 'draft', true), published)?.id).toBe(5)
    expect(previousPublished(version(4, 30, 'draft', true), published)?.id).toBe(2)
  })

  it('for a publish, is the publish before it, not itself', () => {
    expect(previousPublished(published[0], published)?.id).toBe(2)
  })

  it('is undefined when nothing was published before the row', () => {
    expect(previousPublished(published[1], published)).toBeUndefined()
    expect(previousPublished(version(1, 5, 'draft'), published)).toBeUndefined()
  })
})

describe('versionKind', () => {
  const live = version(5, 40, 'published')
  const draft = version(6, 50, 'draft', true)

  it('labels the live version and the newest draft as Payload does', () => {
    const current = { published: live, draft }
    expect(versionKind(live, current)).toBe('currentlyPublished')
    expect(versionKind(version(2, 10, 'published'), current)).toBe('previouslyPublished')
    expect(versionKind(draft, current)).toBe('currentDraft')
    expect(versionKind(version(4, 30, 'draft'), current)).toBe('draft')
  })

  it('has no current draft once a publish came after it, and no live version when unpublished', () => {
    const older = version(4, 30, 'draft')
    expect(versionKind(older, { published: live, draft: older })).toBe('draft')
    expect(versionKind(live, { published: null, draft })).toBe('previouslyPublished')
  })
})

describe('formatSavedAt', () => {
  it('gives date, time to the second and zone in the given zone', () => {
    expect(formatSavedAt('2026-12-07T16:05:09.000Z', 'America/Chicago')).toBe(
      'Dec 7, 2026, 10:05:09 AM CST',
    )
    expect(formatSavedAt('2026-07-07T16:05:09.000Z', 'America/Chicago')).toBe(
      'Jul 7, 2026, 11:05:09 AM CDT',
    )
  })
})

describe('comparisonPath', () => {
  it('compares from the given version, or leaves that to Payload', () => {
    expect(comparisonPath({ collection: 'articles', docId: 3, versionId: 9, versionFrom: 5 })).toBe(
      '/collections/articles/3/versions/9?versionFrom=5',
    )
    expect(comparisonPath({ collection: 'pages', docId: 3, versionId: 9, trashed: true })).toBe(
      '/collections/pages/trash/3/versions/9',
    )
  })
})
