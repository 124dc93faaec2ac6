/** @jest-environment node */
import { readFileSync } from 'node:fs'
import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { BenchError } from '../../../bench/lib/errors.mjs'
import { Cleanup } from '../../../bench/lib/processes.mjs'
import {
  measureWithWrk,
  parseCount,
  parseTime,
  parseWrk,
  runWrk,
  WRK_DEFAULTS,
  wrkArgs,
} from '../../../bench/lib/wrk.mjs'

// Real output of Debian's wrk 4.1.0 (`wrk -t2 -c<n> -d<s>s --latency <url>`) against this
// project's production server and bench/lib/static-server.mjs serving the same article.
const fixture = (name: string) =>
  readFileSync(path.join(process.cwd(), 'tests/unit/bench/fixtures/wrk', `${name}.txt`), 'utf8')

describe('parseCount and parseTime', () => {
  it('reads counts with and without SI suffixes', () => {
    expect(parseCount('40635')).toBe(40_635)
    expect(parseCount('13345.14')).toBe(13_345.14)
    expect(parseCount('6.86k')).toBeCloseTo(6_860)
    expect(parseCount('1.20M')).toBeCloseTo(1_200_000)
    expect(parseCount('2G')).toBe(2e9)
    expect(parseCount('lots')).toBeNaN()
  })

  it('reads wrk’s times in every unit, as ms', () => {
    expect(parseTime('48.00us')).toBe(0.048)
    expect(parseTime('3.62ms')).toBe(3.62)
    expect(parseTime('1.53s')).toBe(1530)
    expect(parseTime('4.02s')).toBe(4020)
    expect(parseTime('1.50m')).toBe(90_000)
    expect(parseTime('1.00h')).toBe(3_600_000)
    expect(parseTime(' 1.53s ')).toBe(1530)
    expect(parseTime('1.53')).toBeNaN()
    expect(parseTime('-nan%')).toBeNaN()
  })
})

describe('parseWrk', () => {
  it('reads a clean run against the plain server (ms, a k in the thread stats)', () => {
    expect(parseWrk(fixture('plain-64'))).toEqual({
      requestsPerSecond: 13_345.14,
      p50: 3.62,
      p99: 154.69,
      requests: 40_635,
      failures: 0,
      non2xx: 0,
      socketErrors: { connect: 0, read: 0, write: 0, timeout: 0 },
      seconds: 3.04,
    })
    expect(parseWrk(fixture('plain-128'))).toMatchObject({
      requestsPerSecond: 6940.3,
      p50: 11.85,
      p99: 381.43,
      requests: 35_086,
    })
  })

  it('reads microseconds', () => {
    expect(parseWrk(fixture('plain-1'))).toMatchObject({
      requestsPerSecond: 15_650.81,
      p50: 0.048,
      p99: 5.92,
      requests: 17_208,
      seconds: 1.1,
    })
  })

  it('reads seconds and counts socket time-outs as failures', () => {
    expect(parseWrk(fixture('next-64'))).toEqual({
      requestsPerSecond: 153,
      p50: 102.64,
      p99: 1530,
      requests: 461,
      failures: 7,
      non2xx: 0,
      socketErrors: { connect: 0, read: 0, write: 0, timeout: 7 },
      seconds: 3.01,
    })
    expect(parseWrk(fixture('next-64-slow'))).toMatchObject({ p50: 218.37, p99: 4020 })
  })

  it('counts answers that are not 2xx or 3xx as failures', () => {
    expect(parseWrk(fixture('next-404'))).toMatchObject({
      requestsPerSecond: 219.79,
      requests: 441,
      non2xx: 441,
      failures: 441,
    })
  })

  it('adds up every kind of socket error', () => {
    const output = fixture('plain-64').replace(
      '  40635 requests in 3.04s, 2.55GB read\n',
      '  40635 requests in 3.04s, 2.55GB read\n  Socket errors: connect 1, read 2, write 3, timeout 4\n  Non-2xx or 3xx responses: 5\n',
    )
    expect(parseWrk(output)).toMatchObject({
      failures: 15,
      non2xx: 5,
      socketErrors: { connect: 1, read: 2, write: 3, timeout: 4 },
    })
  })

  it('refuses output without figures in one line that says why', () => {
    expect(() => parseWrk(fixture('refused'))).toThrow(
      new BenchError(
        "wrk's output has no throughput figures: unable to connect to 127.0.0.1:39499 Connection refused",
      ),
    )
    const withoutLatency = fixture('plain-64').replace(
      / {2}Latency Distribution[\s\S]*?99%.*\n/,
      '',
    )
    expect(() => parseWrk(withoutLatency)).toThrow(
      'wrk printed no latency distribution; it must run with --latency.',
    )
  })
})

describe('wrkArgs', () => {
  it('asks for threads, connections, seconds, a time-out and the latency distribution', () => {
    expect(
      wrkArgs('http://127.0.0.1:3100/a', { threads: 2, connections: 64, durationSeconds: 10 }),
    ).toEqual(['-t2', '-c64', '-d10s', '--timeout', '10s', '--latency', 'http://127.0.0.1:3100/a'])
    expect(WRK_DEFAULTS).toMatchObject({
      threads: 2,
      connections: 64,
      durationSeconds: 10,
      warmUpSeconds: 2,
    })
  })
})

describe('runWrk and measureWithWrk', () => {
  let dir: string
  let fake: string
  let calls: string

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'bench-wrk-'))
    calls = path.join(dir, 'calls')
    await writeFile(path.join(dir, 'plain-64.txt'), fixture('plain-64'))
    await writeFile(path.join(dir, 'refused.txt'), fixture('refused'))
    // A stand-in for wrk: notes its arguments, takes a moment, prints a captured report (or
    // fails like wrk does when nothing listens).
    fake = path.join(dir, 'wrk')
    await writeFile(
      fake,
      [
        '#!/bin/sh',
        `echo "$*" >> '${calls}'`,
        'sleep 1.2',
        'case "$*" in',
        `  *39499*) cat '${path.join(dir, 'refused.txt')}' >&2; exit 1 ;;`,
        `  *) cat '${path.join(dir, 'plain-64.txt')}' ;;`,
        'esac',
        '',
      ].join('\n'),
    )
    await chmod(fake, 0o755)
  })

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  beforeEach(async () => {
    await rm(calls, { force: true })
  })

  it('warms up, then measures, with the CPU shares of the server and of wrk', async () => {
    const cleanup = new Cleanup()
    const result = await measureWithWrk('http://127.0.0.1:3100/a', {
      wrk: fake,
      threads: 2,
      connections: 64,
      durationSeconds: 10,
      serverPid: process.pid,
      cleanup,
    })
    expect((await readFile(calls, 'utf8')).trim().split('\n')).toEqual([
      '-t2 -c64 -d2s --timeout 10s --latency http://127.0.0.1:3100/a',
      '-t2 -c64 -d10s --timeout 10s --latency http://127.0.0.1:3100/a',
    ])
    expect(result.load.requestsPerSecond).toBe(13_345.14)
    if (process.platform === 'linux') {
      expect(result.cpu?.seconds).toBeGreaterThan(0.4)
      expect(result.cpu?.server).toBeGreaterThanOrEqual(0)
      expect(result.cpu?.loadTool).toBeLessThan(0.5)
    }
    // wrk is no longer among what a Ctrl-C would stop.
    const log: string[] = []
    await cleanup.runAll((line) => log.push(line))
    expect(log).toEqual([])
  })

  it('says in one line why wrk failed', async () => {
    await expect(
      runWrk('http://127.0.0.1:39499/', {
        wrk: fake,
        threads: 1,
        connections: 4,
        durationSeconds: 1,
      }),
    ).rejects.toThrow(
      new BenchError(
        'wrk failed on http://127.0.0.1:39499/ (exit status 1): unable to connect to 127.0.0.1:39499 Connection refused',
      ),
    )
  })

  it('says how to install wrk when it cannot be started', async () => {
    await expect(
      runWrk('http://127.0.0.1:3100/', {
        wrk: path.join(dir, 'missing-wrk'),
        threads: 1,
        connections: 1,
        durationSeconds: 1,
      }),
    ).rejects.toThrow(/could not be started .*; install it \(apt-get install -y wrk\)\.$/)
  })
})
