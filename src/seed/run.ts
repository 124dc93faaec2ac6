import config from '@payload-config'
import { getPayload } from 'payload'

import { seed } from './index'

// `npm run seed` seeds explicitly; don't also let start-up seeding run.
process.env.SEED = 'false'

const payload = await getPayload({ config })
try {
  const report = await seed(payload)
  payload.logger.info(
    `Seed finished: ${report.created.length} created, ${report.kept.length} already there.`,
  )
  for (const item of report.created) payload.logger.info(`  created ${item}`)
} finally {
  await payload.destroy()
}
process.exit(0)
