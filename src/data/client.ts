import configPromise from '@payload-config'
import { getPayload, type Payload } from 'payload'

// cron: true starts the job runner (scheduled publishing) with the first caller.
export const getPayloadClient = (): Promise<Payload> =>
  getPayload({ config: configPromise, cron: true })
