/** @jest-environment node */
import { spawn } from 'node:child_process'

import {
  connectionCheck,
  cpuShares,
  limitVerdict,
  percent,
  sampleCpu,
  statTicks,
  ticksUsed,
} from '../../../bench/lib/cpu.mjs'

describe('statTicks', () => {
  it('adds user and system time, whatever the command name holds', () => {
    // /proc/<pid>/stat of a next-server process: utime 1234, stime 56.
    const stat =
      '7347 (next-server (v16.4.6)) S 7346 7334 7334 0 -1 4194560 50000 0 3 0 1234 56 0 0 20 0 11 0 4121 1234567 30000 18446744073709551615 1 1 0 0 0 0 0 4096 134234626 0 0 0 17 1 0 0 0 0 0\n'
    expect(statTicks(stat)).toBe(1290)
    expect(statTicks('12 (a) b) R 1 12 12 0 -1 0 0 0 0 0 7 3 0 0')).toBe(10)
    expect(statTicks('not a stat line')).toBeNull()
    expect(statTicks('1 (x) R 0')).toBeNull()
  })
})

describe('ticksUsed', () => {
  it('sums every interval, counting new processes from zero and losing only a gone one’s last', () => {
    expect(
      ticksUsed([
        new Map([
          [10, 100],
          [11, 50],
        ]),
        new Map([
          [10, 130],
          [11, 60],
          [12, 5],
        ]),
        new Map([
          [10, 160],
          [12, 9],
        ]),
      ]),
    ).toBe(30 + 10 + 5 + 30 + 4)
    expect(ticksUsed([new Map([[1, 5]])])).toBe(0)
    expect(ticksUsed([])).toBe(0)
  })
})

describe('cpuShares', () => {
  const sample = (at: number, server: number, loadTool: number) => ({
    at,
    server: new Map([[100, server]]),
    loadTool: new Map([[200, loadTool]]),
  })

  it('gives each as a share of one core between the first and the last sample', () => {
    const shares = cpuShares(
      [sample(0, 1000, 0), sample(5_000, 1490, 200), sample(10_000, 1980, 350)],
      100,
    )
    expect(shares?.seconds).toBe(10)
    expect(shares?.server).toBeCloseTo(0.98)
    expect(shares?.loadTool).toBeCloseTo(0.35)
  })

  it('can count more than one core, for a server with several busy processes or threads', () => {
    expect(cpuShares([sample(0, 0, 0), sample(2000, 300, 250)], 100)).toMatchObject({
      server: 1.5,
      loadTool: 1.25,
    })
  })

  it('gives nothing without two samples apart', () => {
    expect(cpuShares([sample(0, 0, 0)], 100)).toBeNull()
    expect(cpuShares([sample(5, 0, 0), sample(5, 10, 10)], 100)).toBeNull()
  })
})

describe('limitVerdict', () => {
  it('calls the server the limit at 90% of a core or more, with wrk under one', () => {
    expect(limitVerdict({ server: 0.98, loadTool: 0.35, seconds: 10 })).toEqual({
      serverBound: true,
      text: 'server 98% of a core, wrk 35%: the server was the limit',
    })
    expect(limitVerdict({ server: 0.9, loadTool: 0.999, seconds: 10 }).serverBound).toBe(true)
  })

  it('calls anything else load-tool-bound, saying which condition failed', () => {
    expect(limitVerdict({ server: 0.62, loadTool: 0.3, seconds: 10 })).toEqual({
      serverBound: false,
      text: 'server 62% of a core, wrk 30%: load-tool-bound (the server used less than 90% of a core: too few connections, or other processes took the CPU)',
    })
    expect(limitVerdict({ server: 0.95, loadTool: 1.2, seconds: 10 })).toEqual({
      serverBound: false,
      text: 'server 95% of a core, wrk 120%: load-tool-bound (wrk used a core or more)',
    })
    expect(limitVerdict({ server: 0.5, loadTool: 1, seconds: 10 }, 'autocannon').text).toBe(
      'server 50% of a core, autocannon 100%: load-tool-bound (the server used less than 90% of a core: too few connections, or other processes took the CPU; autocannon used a core or more)',
    )
  })

  it('rounds shares to whole percents', () => {
    expect(percent(0.894)).toBe('89%')
    expect(percent(1.006)).toBe('101%')
  })
})

describe('connectionCheck', () => {
  it('says throughput did not rise when twice the connections gained 5% or less', () => {
    expect(
      connectionCheck(
        { connections: 64, requestsPerSecond: 21_000 },
        { connections: 128, requestsPerSecond: 21_300 },
      ),
    ).toEqual({
      rose: false,
      change: expect.closeTo(0.0143, 3),
      text: '21,300 req/s with 128 connections against 21,000 with 64 (+1%): throughput did not rise, so 64 connections were enough',
    })
    expect(
      connectionCheck(
        { connections: 64, requestsPerSecond: 10_843 },
        { connections: 128, requestsPerSecond: 6_940 },
      ).text,
    ).toBe(
      '6,940 req/s with 128 connections against 10,843 with 64 (−36%): throughput did not rise, so 64 connections were enough',
    )
  })

  it('says it rose, so the fewer connections had not kept the server busy', () => {
    expect(
      connectionCheck(
        { connections: 64, requestsPerSecond: 15_000 },
        { connections: 128, requestsPerSecond: 18_000 },
      ),
    ).toMatchObject({
      rose: true,
      text: '18,000 req/s with 128 connections against 15,000 with 64 (+20%): throughput rose, so 64 connections did not keep the server busy',
    })
  })

  it('cannot compare with nothing measured', () => {
    expect(
      connectionCheck(
        { connections: 64, requestsPerSecond: 0 },
        { connections: 128, requestsPerSecond: 0 },
      ).rose,
    ).toBeNull()
  })
})

const linux = process.platform === 'linux' ? describe : describe.skip

linux('sampleCpu', () => {
  it('sees a busy server and an idle load tool, until the load tool ends', async () => {
    const server = spawn(process.execPath, [
      '-e',
      'const end = Date.now() + 2500; while (Date.now() < end) {}',
    ])
    const tool = spawn('sleep', ['1.2'])
    const sampler = sampleCpu({
      server: server.pid as number,
      loadTool: tool.pid as number,
      intervalMs: 100,
    })
    await new Promise((resolve) => tool.once('exit', resolve))
    await new Promise((resolve) => setTimeout(resolve, 300))
    const shares = sampler.stop()
    server.kill()
    // Samples stop with the load tool, whatever happens after.
    expect(shares?.seconds).toBeGreaterThan(0.8)
    expect(shares?.seconds).toBeLessThan(1.3)
    // A busy loop on a shared machine: well above nothing, at most about one core.
    expect(shares?.server).toBeGreaterThan(0.1)
    expect(shares?.server).toBeLessThan(1.3)
    expect(shares?.loadTool).toBeLessThan(0.1)
  })
})
