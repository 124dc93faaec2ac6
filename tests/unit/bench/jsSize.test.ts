/** @jest-environment node */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { gunzipSync, gzipSync } from 'node:zlib'

import { BenchError } from '../../../bench/lib/errors.mjs'
import { gzipSize, pageJs, runtimeUrls } from '../../../bench/lib/jsSize.mjs'
import { referencesProblem, spread } from '../../../bench/lib/misses.mjs'

describe('pageJs', () => {
  const sizes = new Map([
    ['http://h/_next/static/chunks/runtime-a.js', { raw: 300_000, gzip: 100_000 }],
    ['http://h/_next/static/chunks/runtime-b.js', { raw: 90_000, gzip: 30_000 }],
    ['http://h/_next/static/chunks/page.js', { raw: 20_000, gzip: 6_000 }],
  ])
  const runtime = new Set([
    'http://h/_next/static/chunks/runtime-a.js',
    'http://h/_next/static/chunks/runtime-b.js',
  ])

  it('adds up a page’s scripts and tells ours from the runtime’s', () => {
    expect(pageJs([...sizes.keys()], sizes, runtime)).toEqual({
      scripts: 3,
      gzip: 136_000,
      raw: 410_000,
      ownGzip: 6_000,
    })
    expect(pageJs([], sizes, runtime)).toEqual({ scripts: 0, gzip: 0, raw: 0, ownGzip: 0 })
  })

  it('refuses a script it has no size for', () => {
    expect(() => pageJs(['http://h/unknown.js'], sizes, runtime)).toThrow('no size for')
  })
})

describe('gzipSize', () => {
  it('is the size of zlib’s default gzip, which decompresses to the input', () => {
    const bytes = Buffer.from('self.__next_f.push([1,"hello"]);'.repeat(200))
    expect(gzipSize(bytes)).toBe(gzipSync(bytes, { level: 6 }).length)
    expect(gzipSize(bytes)).toBeLessThan(bytes.length / 10)
    expect(gunzipSync(gzipSync(bytes, { level: 6 })).equals(bytes)).toBe(true)
  })
})

describe('runtimeUrls', () => {
  let dir: string
  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'bench-manifest-'))
    await mkdir(path.join(dir, '.next'))
  })
  afterEach(() => rm(dir, { recursive: true, force: true }))

  it('reads the runtime chunks from the build manifest as URLs', async () => {
    await writeFile(
      path.join(dir, '.next/build-manifest.json'),
      JSON.stringify({
        polyfillFiles: ['static/chunks/polyfills.js'],
        rootMainFiles: ['static/chunks/a.js', 'static/chunks/turbopack-b.js'],
      }),
    )
    expect(runtimeUrls(dir, 'http://127.0.0.1:3100')).toEqual([
      'http://127.0.0.1:3100/_next/static/chunks/a.js',
      'http://127.0.0.1:3100/_next/static/chunks/turbopack-b.js',
    ])
  })

  it('says so when there is no build, or the manifest changed shape', async () => {
    expect(() => runtimeUrls(dir, 'http://h')).toThrow(BenchError)
    expect(() => runtimeUrls(dir, 'http://h')).toThrow(/is there a production build\?/)
    await writeFile(path.join(dir, '.next/build-manifest.json'), '{"pages":{}}')
    expect(() => runtimeUrls(dir, 'http://h')).toThrow(/lists no rootMainFiles/)
  })
})

describe('spread', () => {
  it('takes samples across the whole range', () => {
    expect(spread(0, 10, 5)).toEqual([0, 2, 4, 6, 8])
    expect(spread(100, 10_000, 3)).toEqual([100, 3400, 6700])
    expect(new Set(spread(3, 99, 30)).size).toBe(30)
    expect(() => spread(0, 2, 3)).toThrow(RangeError)
  })
})

describe('referencesProblem', () => {
  const page = (dois: string[]) =>
    `<ol>${dois.map((doi, i) => `<li id="ref-${i + 1}"><span>… doi:${doi}</span></li>`).join('')}</ol>`
  const dois = ['10.5555/clinic-bench.10', '10.5555/clinic-bench.11']

  it('accepts a page listing every cited paper', () => {
    expect(referencesProblem(page(dois), dois)).toBeNull()
  })

  it('notices a missing entry or a different paper', () => {
    expect(referencesProblem(page(dois.slice(0, 1)), dois)).toBe('1 references listed, 2 expected')
    // clinic-bench.110 is not clinic-bench.11.
    expect(
      referencesProblem(page(['10.5555/clinic-bench.10', '10.5555/clinic-bench.110']), dois),
    ).toBe('no reference shows 10.5555/clinic-bench.11')
  })
})
