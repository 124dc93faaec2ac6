// @ts-check
import { spawn } from 'node:child_process'

import { freePort } from './ports.mjs'

/**
 * @typedef {object} RedisServer
 * @property {string} url redis://127.0.0.1:port
 * @property {number} port
 * @property {() => Promise<void>} start starts it again on the same port (the end of an outage)
 * @property {() => Promise<void>} stop SIGTERM, waiting for the exit (an outage)
 */

/**
 * A real Redis (Debian's redis-server, which .ci/run installs) on a free loopback port, kept in
 * memory only: for the tests and benchmarks of several instances.
 * @returns {Promise<RedisServer>}
 */
export const startRedis = async () => {
  const port = await freePort()
  /** @type {import('node:child_process').ChildProcess | undefined} */
  let child
  const start = () =>
    /** @type {Promise<void>} */ (
      new Promise((resolve, reject) => {
        const server = spawn(
          'redis-server',
          ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
          { stdio: ['ignore', 'pipe', 'pipe'] },
        )
        child = server
        let output = ''
        server.stdout?.on('data', (chunk) => {
          output += String(chunk)
          if (output.includes('Ready to accept connections')) resolve()
        })
        server.once('error', (error) =>
          reject(
            new Error(
              `redis-server could not start (apt-get install redis-server): ${error.message}`,
            ),
          ),
        )
        server.once('exit', (code) => reject(new Error(`redis-server exited (${code}): ${output}`)))
      })
    )
  const stop = () =>
    /** @type {Promise<void>} */ (
      new Promise((resolve) => {
        const server = child
        child = undefined
        if (!server || server.exitCode !== null) return resolve()
        server.removeAllListeners('exit')
        server.once('exit', () => {
          server.stdout?.destroy()
          server.stderr?.destroy()
          resolve()
        })
        server.kill('SIGTERM')
      })
    )
  await start()
  return { url: `redis://127.0.0.1:${port}`, port, start, stop }
}

export { freePort }
