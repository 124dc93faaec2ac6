import type { Redis } from 'ioredis'

import { createRedisLock, type RedisLock } from './lock'

/**
 * Which instance runs the job queue (scheduled publishing, the submissions clean-up), when
 * several share one database: the holder of this lock. Each cron tick the holder renews it and
 * the others find it taken; if the holder stops, the lock expires and the next instance to tick
 * takes over. Payload marks a job as processing before running it but does not lock it, so two
 * runners could run one job twice.
 */

export const JOB_RUNNER_KEY = 'clinic:job-runner'

/** Longer than the default cron's minute, so the holder renews before it expires. */
export const JOB_RUNNER_TTL_MS = 3 * 60 * 1000

export type JobRunnerLock = RedisLock

export const createJobRunnerLock = (
  client: Redis,
  { key = JOB_RUNNER_KEY, ttlMs = JOB_RUNNER_TTL_MS } = {},
): JobRunnerLock => createRedisLock(client, { key, ttlMs })
