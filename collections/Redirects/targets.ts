import { isValidID, type PayloadRequest } from 'payload'

import { pathFor } from '@/urls'
import type { Redirect } from '@/payload-types'
import type { NextRedirect, Target } from '@/redirects/chain'
import { lookupKeys, targetKey } from '@/redirects/normalize'

/** Collections a redirect can point at: each has a public page per document. */
export const REDIRECT_TARGETS = ['articles', 'pages', 'topics', 'physicians', 'offices'] as const
export type RedirectTargetCollection = (typeof REDIRECT_TARGETS)[number]

export type Reference = {
  relationTo: RedirectTargetCollection
  value: number | string | { id: number | string }
}

export const isReference = (value: unknown): value is Reference => {
  const ref = value as Partial<Reference> | null
  return Boolean(
    ref &&
    typeof ref === 'object' &&
    (REDIRECT_TARGETS as readonly string[]).includes(ref.relationTo as string) &&
    (typeof ref.value === 'number' ||
      (typeof ref.value === 'string' && ref.value !== '') ||
      (typeof ref.value === 'object' && ref.value !== null && 'id' in ref.value)),
  )
}

const referenceId = (ref: Reference) => (typeof ref.value === 'object' ? ref.value.id : ref.value)

/** Whether the id has the database's id type (a number on SQLite, an ObjectID on MongoDB). */
export const hasValidId = (req: PayloadRequest, ref: Reference): boolean =>
  isValidID(
    referenceId(ref),
    req.payload.collections[ref.relationTo]?.customIDType ?? req.payload.db.defaultIDType,
  )

/**
 * The referenced document whatever its status (a draft may be published later, so loops
 * through it are refused now), with its public path; null when it does not exist.
 */
export const findReferenced = async (
  req: PayloadRequest,
  ref: Reference,
): Promise<{ path: string | null } | null> => {
  if (!hasValidId(req, ref)) return null
  const doc = (await req.payload.findByID({
    collection: ref.relationTo,
    id: referenceId(ref),
    depth: 0,
    select: { slug: true },
    disableErrors: true,
    req,
  })) as { slug?: string | null } | null
  return doc ? { path: pathFor(ref.relationTo, doc.slug) ?? null } : null
}

/** A stored or submitted `to` group as a chain target (null: nothing to follow). */
export const describeTarget = async (
  req: PayloadRequest,
  to: Partial<Redirect['to']> | null | undefined,
): Promise<Target | null> => {
  if (to?.type === 'custom') return to.url ? { display: to.url, key: targetKey(to.url) } : null
  if (!isReference(to?.reference)) return null
  const path = (await findReferenced(req, to.reference))?.path
  return path ? { display: path, key: targetKey(path) } : null
}

/** Looks up, as a request would, the redirect a key meets, leaving out the one being saved. */
export const nextRedirect =
  (req: PayloadRequest, excludeId?: number | string): NextRedirect =>
  async (key) => {
    const keys = lookupKeys(key)
    const { docs } = await req.payload.find({
      collection: 'redirects',
      where: {
        and: [
          { from: { in: keys } },
          ...(excludeId !== undefined ? [{ id: { not_equals: excludeId } }] : []),
        ],
      },
      depth: 0,
      limit: keys.length,
      pagination: false,
      select: { from: true, to: true },
      req,
    })
    const redirect = keys.map((k) => docs.find((doc) => doc.from === k)).find(Boolean)
    return redirect ? { from: redirect.from, target: await describeTarget(req, redirect.to) } : null
  }
