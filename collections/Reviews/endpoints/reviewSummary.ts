import { APIError, type Endpoint } from 'payload'

import { summarizeReviews } from '@/reviews/summary'

/**
 * `GET /api/reviews/summary[?office=<id or slug>]`: the average and counts of approved reviews,
 * for headless front ends that show the same widget.
 */
export const reviewSummaryEndpoint: Endpoint = {
  path: '/summary',
  method: 'get',
  handler: async (req) => {
    const officeParam = req.searchParams.get('office')?.trim()
    let office: number | string | undefined
    if (officeParam) {
      const { docs } = await req.payload.find({
        collection: 'offices',
        where: {
          or: [
            { slug: { equals: officeParam } },
            ...(/^[\da-f]+$/i.test(officeParam) ? [{ id: { equals: officeParam } }] : []),
          ],
        },
        depth: 0,
        limit: 1,
        select: { slug: true },
        req,
      })
      if (!docs[0]) {
        throw new APIError(`There is no office "${officeParam.slice(0, 100)}".`, 404, {
          office: officeParam.slice(0, 100),
        })
      }
      office = docs[0].id
    }
    const summary = await summarizeReviews(req.payload, { office })
    return Response.json(
      {
        ...summary,
        average: summary.average === null ? null : Math.round(summary.average * 10) / 10,
      },
      { headers: { 'Cache-Control': 'public, max-age=60' } },
    )
  },
}
