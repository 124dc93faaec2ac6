// @ts-check
import net from 'node:net'

/** A port the OS says is free right now. */
export const freePort = () =>
  /** @type {Promise<number>} */ (
    new Promise((resolve, reject) => {
      const probe = net.createServer()
      probe.once('error', reject)
      probe.listen(0, '127.0.0.1', () => {
        const address = probe.address()
        probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0))
      })
    })
  )
