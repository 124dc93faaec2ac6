import type { WxrItem } from '../types'

/** The first value stored under `key` in an item's postmeta (WordPress allows repeated keys). */
export const metaValue = (item: Pick<WxrItem, 'meta'>, key: string): string | undefined =>
  item.meta.find((entry) => entry.key === key)?.value
