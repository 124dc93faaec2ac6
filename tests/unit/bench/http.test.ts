/** @jest-environment node */
import { createServer } from 'node:net'

import { BenchError } from '../../../bench/lib/errors.mjs'
import { getOk, request } from '../../../bench/lib/http.mjs'

/** A port nothing listens on (taken and released again). */
const closedPort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number }
      server.close(() => resolve(port))
    })
  })

describe('request', () => {
  it('says in one line that the server stopped answering', async () => {
    const port = await closedPort()
    await expect(getOk(`http://127.0.0.1:${port}/articles/knee`)).rejects.toThrow(
      new BenchError(
        `GET /articles/knee on 127.0.0.1:${port} failed (ECONNREFUSED); the server stopped answering.`,
      ),
    )
  })

  it('gives up after the time-out, saying so', async () => {
    // Accepts the connection and never answers.
    const server = createServer(() => {}).listen(0, '127.0.0.1')
    await new Promise((resolve) => server.once('listening', resolve))
    const { port } = server.address() as { port: number }
    try {
      await expect(
        request(`http://127.0.0.1:${port}/slow`, { method: 'POST', timeoutMs: 200 }),
      ).rejects.toThrow(
        new BenchError(`POST /slow on 127.0.0.1:${port} got no answer within 0.2 s.`),
      )
    } finally {
      server.close()
    }
  })
})
