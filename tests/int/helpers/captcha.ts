import { solveChallenge } from 'altcha-lib/v1'
import type { SanitizedConfig } from 'payload'

import { rest } from './http'

export type Challenge = {
  algorithm: string
  challenge: string
  maxnumber?: number
  salt: string
  signature: string
}

/** What the ALTCHA widget sends after solving a challenge: the base64 payload. */
export const solve = async (challenge: Challenge): Promise<string> => {
  const solution = await solveChallenge(
    challenge.challenge,
    challenge.salt,
    challenge.algorithm,
    challenge.maxnumber,
  ).promise
  if (!solution) throw new Error('could not solve the challenge')
  const { algorithm, challenge: hash, salt, signature } = challenge
  return btoa(
    JSON.stringify({ algorithm, challenge: hash, number: solution.number, salt, signature }),
  )
}

/** What the widget does: fetch a challenge from the endpoint and solve it. */
export const solvedCaptcha = async (config: Promise<SanitizedConfig>): Promise<string> => {
  const response = await rest(config, 'GET', 'forms/challenge')
  if (response.status !== 200) throw new Error(`challenge answered ${response.status}`)
  return solve(response.body)
}
