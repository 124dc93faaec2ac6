import { type CollectionBeforeOperationHook, ValidationError } from 'payload'

import { passwordProblem } from '@/auth/passwordStrength'
import type { User } from '@/payload-types'

// Every way a password is set goes through one of these operations: create (including
// /admin/create-first-user, which calls create), update (the account page's "Change password")
// and resetPassword (the forgotten-password link). Updating one document by id is 'update' with
// an id too. Payload's own check only wants 3 characters,
// and resetPassword's beforeValidate hooks see the new hash, never the password, so the check
// runs here, before anything is read or written.
const SETS_PASSWORD = new Set(['create', 'update', 'resetPassword'])

export const checkPasswordStrength: CollectionBeforeOperationHook = async ({
  args,
  operation,
  req,
}) => {
  if (!SETS_PASSWORD.has(operation)) return args
  const data = ('data' in args ? args.data : undefined) as Record<string, unknown> | undefined
  const password = data?.password
  // No password: nothing to check here (on create Payload refuses the missing password itself).
  if (password === undefined || password === null || password === '') return args

  // The account's current email and name, so a password cannot contain them.
  let current: Pick<User, 'email' | 'name'> | null = null
  if (operation !== 'resetPassword' && 'id' in args && args.id !== undefined) {
    current = await req.payload.db.findOne<User>({
      collection: 'users',
      where: { id: { equals: args.id } },
      req,
    })
  } else if (operation === 'resetPassword' && typeof data?.token === 'string') {
    current = await req.payload.db.findOne<User>({
      collection: 'users',
      where: { resetPasswordToken: { equals: data.token } },
      req,
    })
  }
  const problem = passwordProblem(password, {
    email: data?.email ?? current?.email,
    name: data?.name ?? current?.name,
  })
  if (problem) {
    const error = new ValidationError({
      collection: 'users',
      errors: [{ message: problem, path: 'password' }],
    })
    // The reason, not just "invalid: password", in the answer's message: the admin's toast shows
    // it, and /admin/create-first-user shows nothing else (no message beside the field there).
    error.message = `Password: ${problem}`
    throw error
  }
  return args
}
