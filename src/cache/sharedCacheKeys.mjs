// @ts-check
import { readFileSync } from 'node:fs'
import path from 'node:path'

// Where Next's cache lives in Redis: read by the cache handler each instance's Next loads
// (redisCacheHandler.mjs) and by expiries from outside Next (sharedExpiry.ts).
export const KEY_PREFIX = 'clinic:next:'

/**
 * The keys of one build. A page refers to its build's scripts, so instances of another build
 * (the old ones during a rolling deploy) must not serve it: each build has keys of its own.
 * @param {string | undefined} buildId
 */
export const buildKeyPrefix = (buildId) => `${KEY_PREFIX}${buildId || 'unbuilt'}:`

/**
 * The build in `.next` under `dir` (the project, or the standalone server's folder), if any.
 * @param {string} [dir]
 */
export const readBuildId = (dir = process.cwd()) => {
  try {
    return readFileSync(path.join(dir, '.next', 'BUILD_ID'), 'utf8').trim()
  } catch {
    return undefined
  }
}
