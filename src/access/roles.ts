import type { User } from '@/payload-types'

export const ROLES = ['admin', 'editor'] as const
export type Role = (typeof ROLES)[number]

type MaybeUser = Pick<User, 'roles'> | null | undefined

export const hasRole = (user: MaybeUser, role: Role): boolean =>
  Boolean(user?.roles?.includes(role))

// Staff are the people who work in /admin: every role we define is a staff role.
export const isStaffUser = (user: MaybeUser): boolean =>
  Boolean(user?.roles?.some((role) => (ROLES as readonly string[]).includes(role)))
