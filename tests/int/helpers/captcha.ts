import type { SanitizedConfig } from 'payload'

import { solveCaptcha } from '../../../bench/lib/captcha.mjs'
import { rest } from './http'

export type Challenge = {
  algorithm: string
  challenge: string
  maxnumber?: number
  salt: string
  signature: string
}

/** What the ALTCHA widget sends after solving a challenge: the base64 payload. */
export const solve = (challenge: Challenge): Promise<string> => solveCaptcha(challenge)

/** What the widget does: fetch a challenge from the endpoint and solve it. */
export const solvedCaptcha = async (config: Promise<SanitizedConfig>): Promise<string> => {
  const response = await rest(config, 'GET', 'forms/challenge')
  if (response.status !== 200) throw new Error(`challenge answered ${response.status}`)
  return solve(response.body)
}
