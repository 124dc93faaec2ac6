import type { Endpoint } from 'payload'

import { captchaHmacKey, captchaMaxNumber, createFormChallenge } from '@/forms/captcha'

/** GET /api/forms/challenge: a fresh ALTCHA challenge for the form widget's `challengeurl`. */
export const challengeEndpoint: Endpoint = {
  path: '/challenge',
  method: 'get',
  handler: async () => {
    const challenge = await createFormChallenge({
      hmacKey: captchaHmacKey(),
      maxNumber: captchaMaxNumber(),
    })
    // Each challenge may be solved and used once: never cached, by the browser or a proxy.
    return Response.json(challenge, { headers: { 'Cache-Control': 'no-store' } })
  },
}
