/** Who saved a version, as the Versions list shows it. Pure: used by the hook that stores it. */

type Saver = { name?: unknown; email?: unknown } | null | undefined

export const SYSTEM_SAVER = 'System'
export const SCHEDULED_SAVER = 'Scheduled publish'

const nameOf = (user: Saver): string | undefined => {
  for (const value of [user?.name, user?.email]) {
    if (typeof value === 'string' && value.trim()) return value.trim()
  }
  return undefined
}

/**
 * The account's name (its email if it has none). A scheduled publish names the account that
 * scheduled it, when the job recorded one; a save with no account at all (the seed, a script)
 * says so rather than leaving the last person's name on a version they did not make.
 */
export const savedByLabel = (user: Saver, { scheduled = false } = {}): string => {
  const name = nameOf(user)
  if (scheduled) return name ? `${SCHEDULED_SAVER} (${name})` : SCHEDULED_SAVER
  return name ?? SYSTEM_SAVER
}
