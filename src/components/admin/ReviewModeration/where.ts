import type { Where } from 'payload'
import { transformWhereQuery } from 'payload/shared'

import type { ReviewStatus } from '@/reviews/rules'

export type StatusTab = ReviewStatus | 'all'

export const TABS: StatusTab[] = ['pending', 'approved', 'rejected', 'all']

// Payload's filter panel keeps a list filter as "any of (all of …)". The status tabs read and
// write that same shape, so they agree with the panel and leave the editor's other conditions be.
const groupsOf = (where: Where | undefined): Where[][] | null => {
  if (!where || !Object.keys(where).length) return []
  const normal = transformWhereQuery(where)
  if (normal.and) return null
  return (normal.or ?? []).map((group) => (group.and ? [...group.and] : [group]))
}

const isStatusCondition = (condition: Where) => 'status' in condition

/** The tab that the list's filter amounts to, or null when it mixes statuses some other way. */
export const currentTab = (where: Where | undefined): StatusTab | null => {
  const groups = groupsOf(where)
  if (!groups) return null
  const statuses = groups.map((group) => group.filter(isStatusCondition))
  if (statuses.every((conditions) => conditions.length === 0)) return 'all'
  const values = statuses.map((conditions) => {
    const only = conditions.length === 1 ? (conditions[0].status as Where) : null
    return only && Object.keys(only).length === 1 ? only.equals : undefined
  })
  const [first] = values
  return typeof first === 'string' &&
    ['pending', 'approved', 'rejected'].includes(first) &&
    values.every((value) => value === first)
    ? (first as ReviewStatus)
    : null
}

/** The list's filter with its status condition replaced by the tab's (none for "All"). */
export const whereForTab = (where: Where | undefined, tab: StatusTab): Where => {
  const statusCondition: Where = { status: { equals: tab } }
  const groups = groupsOf(where) ?? []
  const rest = groups.map((group) =>
    group.flatMap((condition) => {
      if (!isStatusCondition(condition)) return [condition]
      const { status: _status, ...others } = condition
      return Object.keys(others).length ? [others] : []
    }),
  )
  // An empty group matches every review, so the whole "any of" would too.
  if (tab === 'all') {
    return rest.length === 0 || rest.some((group) => group.length === 0)
      ? {}
      : { or: rest.map((and) => ({ and })) }
  }
  const withStatus = rest.length ? rest : [[]]
  return { or: withStatus.map((group) => ({ and: [...group, statusCondition] })) }
}

/** `where` as Payload's list URL spells it: where[or][0][and][0][status][equals]=pending. */
export const whereSearchParams = (where: Where, prefix = 'where'): [string, string][] =>
  Object.entries(where).flatMap(([key, value]) =>
    value !== null && typeof value === 'object'
      ? whereSearchParams(value as Where, `${prefix}[${key}]`)
      : value === undefined
        ? []
        : [[`${prefix}[${key}]`, String(value)] as [string, string]],
  )

const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype'])

// Payload's own list view reads `where` with qs; the server component only gets Next's flat
// search params ("where[or][0][and][0][status][equals]": "pending"), so rebuild the object here.
const arraysFromIndexes = (value: unknown): unknown => {
  if (value === null || typeof value !== 'object') return value
  const entries = Object.entries(value).map(([key, child]) => [key, arraysFromIndexes(child)])
  return entries.length && entries.every(([key]) => /^\d+$/.test(key as string))
    ? entries.sort(([a], [b]) => Number(a) - Number(b)).map(([, child]) => child)
    : Object.fromEntries(entries)
}

/** The list filter from the admin URL's search params, as Payload's list view reads it. */
export const whereFromSearchParams = (
  searchParams: Record<string, string | string[] | undefined> | undefined,
): Where | undefined => {
  const root: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(searchParams ?? {})) {
    const brackets = /^where((?:\[[^\]]*\])+)$/.exec(key)
    if (!brackets || value === undefined) continue
    const path = [...brackets[1].matchAll(/\[([^\]]*)\]/g)].map((match) => match[1])
    if (path.some((segment) => UNSAFE_KEYS.has(segment))) continue
    let node = root
    path.forEach((segment, index) => {
      if (index === path.length - 1) node[segment] = value
      else {
        if (typeof node[segment] !== 'object' || node[segment] === null) node[segment] = {}
        node = node[segment] as Record<string, unknown>
      }
    })
  }
  return Object.keys(root).length ? (arraysFromIndexes(root) as Where) : undefined
}
