import configPromise from '@payload-config'
import { getPayload, type Payload } from 'payload'

// cron: true starts the job runner (scheduled publishing) with the first caller; never while
// `next build` prerenders pages.
export const getPayloadClient = (): Promise<Payload> =>
  getPayload({ config: configPromise, cron: process.env.NEXT_PHASE !== 'phase-production-build' })
