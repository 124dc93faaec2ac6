import { solveChallenge } from 'altcha-lib/v1'

/**
 * @typedef {{ algorithm: string, challenge: string, maxnumber?: number, salt: string,
 *   signature: string }} Challenge
 */

/**
 * What the ALTCHA widget sends after solving a challenge from /api/forms/challenge: the base64
 * payload of the form's `altcha` field. Shared by the load test and the int and e2e helpers.
 * @param {Challenge} challenge
 * @returns {Promise<string>}
 */
export const solveCaptcha = async (challenge) => {
  const solution = await solveChallenge(
    challenge.challenge,
    challenge.salt,
    challenge.algorithm,
    challenge.maxnumber,
  ).promise
  if (!solution) throw new Error('Could not solve the captcha challenge from the server.')
  const { algorithm, challenge: hash, salt, signature } = challenge
  return Buffer.from(
    JSON.stringify({ algorithm, challenge: hash, number: solution.number, salt, signature }),
  ).toString('base64')
}
