import type { Redis } from 'ioredis'
import type { Payload } from 'payload'

import { readyWithin, sharedRedis } from '@/redis/connection'
import { createJobRunnerLock, type JobRunnerLock } from '@/redis/jobRunnerLock'

type Env = Record<string, string | undefined>
type State = 'runner' | 'other' | 'unknown'

let current: { client: Redis; lock: JobRunnerLock } | undefined
let last: State | undefined

/**
 * Asked by Payload's job cron on every tick. `JOBS_AUTORUN=false` never runs jobs. Without
 * REDIS_URL the one process runs them. With it, only the instance holding the job-runner lock
 * does, so identical replicas need no per-instance setting; while Redis does not answer no
 * instance runs them (a scheduled publish then happens late, never twice).
 */
export const shouldRunJobs = async (payload: Payload, env: Env = process.env): Promise<boolean> => {
  if (env.JOBS_AUTORUN === 'false') return false
  const client = sharedRedis(env)
  if (!client) return true
  if (current?.client !== client) current = { client, lock: createJobRunnerLock(client) }
  let state: State
  try {
    await readyWithin(client, 5_000)
    state = (await current.lock.acquire()) === 'held' ? 'other' : 'runner'
  } catch (error) {
    state = 'unknown'
    if (last !== 'unknown')
      payload.logger.warn({
        err: error,
        msg: 'Job queue paused: Redis does not answer, so no instance can be sure it alone runs jobs',
      })
  }
  if (state === 'runner' && last !== 'runner')
    payload.logger.info('This instance runs the job queue (scheduled publishing).')
  last = state
  return state === 'runner'
}
