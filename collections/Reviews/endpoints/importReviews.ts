import type { Endpoint } from 'payload'

// PLACEHOLDER: replaced by the import helper.
export const importReviewsEndpoint: Endpoint = {
  path: '/import',
  method: 'post',
  handler: () => Response.json({ errors: [{ message: 'Not implemented yet' }] }, { status: 501 }),
}
