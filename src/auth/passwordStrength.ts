import { ZxcvbnFactory } from '@zxcvbn-ts/core'
import * as common from '@zxcvbn-ts/language-common'
import * as en from '@zxcvbn-ts/language-en'

// Staff accounts can publish medical advice, so their passwords must resist guessing: long, and
// not guessable by zxcvbn (common passwords, names, words, keyboard patterns, dates, l33t).
export const MIN_PASSWORD_LENGTH = 12
// PBKDF2 runs over the whole password; a limit keeps a huge one from costing a second of CPU.
export const MAX_PASSWORD_LENGTH = 256
/** zxcvbn's scale: 3 is "safely unguessable: moderate protection from offline attacks". */
export const MIN_PASSWORD_SCORE = 3

let estimator: ZxcvbnFactory | undefined
// Built on first use: the dictionaries take a moment to load.
const zxcvbn = (): ZxcvbnFactory =>
  (estimator ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...en.dictionary },
    graphs: common.adjacencyGraphs,
    translations: en.translations,
  }))

/**
 * What a password must not contain: the name's words and the email's local part and its words
 * ("maria.lopez@clinic.org" → maria.lopez, maria, lopez). Not the domain: every colleague shares
 * it. Words under 3 letters are too short to refuse.
 */
const personalWords = (email: unknown, name: unknown): string[] => {
  const words = new Set<string>()
  const local = typeof email === 'string' ? (email.toLowerCase().trim().split('@')[0] ?? '') : ''
  const full = typeof name === 'string' ? name.toLowerCase() : ''
  for (const word of [local, ...local.split(/[^\p{L}\p{N}]+/u), ...full.split(/[^\p{L}\p{N}]+/u)]) {
    if (word.length >= 3) words.add(word)
  }
  return [...words]
}

/**
 * Why a password is too weak for a staff account, or null when it is strong enough.
 * A password containing the account's name or email is refused.
 */
export const passwordProblem = (
  password: unknown,
  { email, name }: { email?: unknown; name?: unknown } = {},
): string | null => {
  if (typeof password !== 'string') return 'Enter the password as text.'
  const length = [...password].length
  if (length < MIN_PASSWORD_LENGTH) {
    return `The password must be at least ${MIN_PASSWORD_LENGTH} characters long (this one has ${length}).`
  }
  if (length > MAX_PASSWORD_LENGTH) {
    return `The password must be at most ${MAX_PASSWORD_LENGTH} characters long (this one has ${length}).`
  }
  const words = personalWords(email, name)
  const lower = password.toLowerCase()
  const found = words.find((word) => lower.includes(word))
  if (found) return `The password must not contain your name or email address ("${found}").`
  const result = zxcvbn().check(password, words)
  if (result.score < MIN_PASSWORD_SCORE) {
    const hints = [result.feedback.warning, ...result.feedback.suggestions].filter(Boolean)
    return `The password is too easy to guess.${hints.length ? ` ${hints.join(' ')}` : ''} Try a few unrelated words or a password manager.`
  }
  return null
}
