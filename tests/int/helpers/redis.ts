import { type ChildProcess, spawn } from 'node:child_process'
import net from 'node:net'

import type { Redis } from 'ioredis'

import { connectRedis } from '@/redis/connection'

/**
 * A real Redis (Debian's redis-server, which .ci/run installs) on a free loopback port, kept in
 * memory only. `stop()` and `start()` again on the same port play an outage and its end.
 */
export type RedisServer = {
  url: string
  port: number
  start: () => Promise<void>
  stop: () => Promise<void>
}

export const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const probe = net.createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo
      probe.close(() => resolve(port))
    })
  })

export const startRedis = async (): Promise<RedisServer> => {
  const port = await freePort()
  let child: ChildProcess | undefined
  const start = () =>
    new Promise<void>((resolve, reject) => {
      const server = spawn(
        'redis-server',
        ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
        { stdio: ['ignore', 'pipe', 'pipe'] },
      )
      child = server
      let output = ''
      server.stdout!.on('data', (chunk: Buffer) => {
        output += chunk.toString()
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
  const stop = () =>
    new Promise<void>((resolve) => {
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
  await start()
  return { url: `redis://127.0.0.1:${port}`, port, start, stop }
}

/**
 * Resolves once `client` is ready. Failed attempts meanwhile ('error' events, e.g. ECONNREFUSED
 * just before a restarted Redis listens) are part of reconnecting, not a failure.
 */
export const untilReady = (client: Redis) =>
  client.status === 'ready'
    ? Promise.resolve()
    : new Promise<void>((resolve) => client.once('ready', () => resolve()))

/**
 * Connections to a test's Redis as separate app instances would each open (`open()` resolves once
 * one is ready), all closed by `closeAll()`. `server` is read when a connection opens.
 */
export const redisConnections = (server: () => RedisServer) => {
  const clients: Redis[] = []
  return {
    /** A connection of its own, not yet ready (still connecting). */
    connect: () => {
      const client = connectRedis(server().url)
      clients.push(client)
      return client
    },
    open: async () => {
      const client = connectRedis(server().url)
      clients.push(client)
      await untilReady(client)
      return client
    },
    closeAll: () =>
      Promise.all(clients.map((client) => client.quit().catch(() => client.disconnect()))),
  }
}
