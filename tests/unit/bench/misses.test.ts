/** @jest-environment node */
import { createServer, type Server } from 'node:http'

import { BenchError } from '../../../bench/lib/errors.mjs'
import { measureMissesSideBySide } from '../../../bench/lib/misses.mjs'

/** A stand-in site: every article page lists the DOI in its slug as its one reference. */
const site = (name: string, log: string[]) =>
  new Promise<{ url: string; server: Server }>((resolve) => {
    const server = createServer((request, response) => {
      log.push(`${name} ${request.url}`)
      const doi = request.url?.split('/').pop()
      const body = request.url?.includes('broken')
        ? '<ol></ol>'
        : `<ol><li id="ref-1">doi:10.5555/clinic-bench.${doi}</li></ol>`
      response.writeHead(200, { 'Content-Type': 'text/html' }).end(body)
    })
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number }
      resolve({ url: `http://127.0.0.1:${port}`, server })
    })
  })

const articles = (dois: number[]) =>
  dois.map((doi) => ({ slug: `a/${doi}`, dois: [`10.5555/clinic-bench.${doi}`] }))

describe('measureMissesSideBySide', () => {
  it('asks the two sites in turn, alternating which goes first, and times each page', async () => {
    const log: string[] = []
    const small = await site('small', log)
    const big = await site('big', log)
    try {
      const [smallTimes, bigTimes] = await measureMissesSideBySide(
        { url: small.url, articles: articles([1, 2, 3]) },
        { url: big.url, articles: articles([7, 8, 9]) },
      )
      expect(log).toEqual([
        'small /articles/a/1',
        'big /articles/a/7',
        'big /articles/a/8',
        'small /articles/a/2',
        'small /articles/a/3',
        'big /articles/a/9',
      ])
      expect(smallTimes).toHaveLength(3)
      expect(bigTimes).toHaveLength(3)
      expect([...smallTimes, ...bigTimes].every((ms) => ms > 0 && ms < 10_000)).toBe(true)

      // A page without its references is not a valid sample.
      await expect(
        measureMissesSideBySide(
          { url: small.url, articles: [{ slug: 'broken/1', dois: ['10.5555/clinic-bench.1'] }] },
          { url: big.url, articles: articles([7]) },
        ),
      ).rejects.toThrow(
        new BenchError(
          '/articles/broken/1 does not render its citations: 0 references listed, 1 expected.',
        ),
      )
    } finally {
      small.server.close()
      big.server.close()
    }
  })
})
