import type { Access, FieldAccess } from 'payload'

import { hasRole, isStaffUser } from './roles'

export const anyone: Access = () => true

export const nobody: Access = () => false

// A create that sends something: the site's forms do. The admin asks without data whether to offer
// "Create New" and "Duplicate", which a visitor's message never needs.
export const withData: Access = ({ data }) => data != null

export const isAdmin: Access = ({ req: { user } }) => hasRole(user, 'admin')

export const isStaff: Access = ({ req: { user } }) => isStaffUser(user)

// Visitors read what `read` allows; only staff create, update and delete.
export const staffWrites = (read: Access) => ({
  read,
  create: isStaff,
  update: isStaff,
  delete: isStaff,
})

export const isAdminField: FieldAccess = ({ req: { user } }) => hasRole(user, 'admin')

export const isStaffField: FieldAccess = ({ req: { user } }) => isStaffUser(user)

// Trashed documents are for staff only, also when a visitor asks with `?trash=true`.
const notTrashed = { deletedAt: { exists: false } }

export const publishedOrStaff: Access = ({ req: { user } }) =>
  isStaffUser(user) || { and: [{ _status: { equals: 'published' } }, notTrashed] }

export const notTrashedOrStaff: Access = ({ req: { user } }) => isStaffUser(user) || notTrashed

export const approvedOrStaff: Access = ({ req: { user } }) =>
  isStaffUser(user) || { status: { equals: 'approved' } }

// Admins manage every account; editors may only see and edit their own.
export const adminOrSelf: Access = ({ req: { user } }) => {
  if (hasRole(user, 'admin')) return true
  if (user && isStaffUser(user)) return { id: { equals: user.id } }
  return false
}
