import type { Citation } from '@/payload-types'

/**
 * Papers after the first of a pasted list, by the id of the cite whose drawer they were pasted
 * into. Kept outside the paste box because the drawer's fields can be rebuilt while it is open;
 * the cite's drawer-close watcher inserts them once the drawer is saved.
 */
export const followingPapers = new Map<string, { first: Citation['id']; rest: Citation[] }>()
