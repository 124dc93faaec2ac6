import type { Migration, Payload } from 'payload'

import { queueRetention } from '@/forms/retention'
import { seedIfEmpty } from '@/seed'
import { migrations } from '@/migrations'
import { ensureSearchIndex } from '@/search/sync'
import { databaseUri, isMongoUri } from '@/db/adapter'

const isNextBuild = () => process.env.NEXT_PHASE === 'phase-production-build'

export const shouldSeedOnStart = (): boolean =>
  process.env.SEED !== 'false' && process.env.NODE_ENV !== 'test' && !isNextBuild()

export const onInit = async (payload: Payload): Promise<void> => {
  // Production runs these through `prodMigrations`; elsewhere we apply them here so every
  // environment has exactly the committed schema.
  if (!isMongoUri(databaseUri()) && process.env.NODE_ENV !== 'production') {
    await payload.db.migrate({ migrations: migrations as unknown as Migration[] })
  }
  if (shouldSeedOnStart()) {
    await seedIfEmpty(payload)
  }
  // A database holding content but no search index (one made before the index existed, on
  // SQLite or MongoDB) gets it built here; migrations stay schema-only.
  if (!isNextBuild()) await ensureSearchIndex(payload)
  // The daily clean-up of old form submissions, when FORM_SUBMISSION_RETENTION_DAYS is set.
  if (!isNextBuild()) await queueRetention(payload)
}
