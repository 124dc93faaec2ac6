import type { CollectionConfig } from 'payload'

import { refusePastSchedule } from './hooks/refusePastSchedule'
import {
  settleStatusAfterJobChange,
  settleStatusAfterJobDelete,
} from './hooks/settleScheduledStatus'

/** Payload's `payload-jobs` collection, plus the hooks that keep scheduled publishing honest. */
export const jobsCollectionOverrides = ({
  defaultJobsCollection,
}: {
  defaultJobsCollection: CollectionConfig
}): CollectionConfig => {
  const hooks = defaultJobsCollection.hooks ?? {}
  return {
    ...defaultJobsCollection,
    hooks: {
      ...hooks,
      beforeChange: [...(hooks.beforeChange ?? []), refusePastSchedule],
      afterChange: [...(hooks.afterChange ?? []), settleStatusAfterJobChange],
      afterDelete: [...(hooks.afterDelete ?? []), settleStatusAfterJobDelete],
    },
  }
}
