/** @jest-environment node */
import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { createServer, type Server } from 'node:net'
import os from 'node:os'
import path from 'node:path'

import { BenchError } from '../../../bench/lib/errors.mjs'
import {
  checkChromium,
  checkDiskSpace,
  checkExecutable,
  checkPortFree,
  checkWrk,
  chromiumPath,
  DEFAULT_WRK,
  findOnPath,
  nextCommandOf,
  requireAll,
  wrkPath,
} from '../../../bench/lib/prereqs.mjs'

let dir: string

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'bench-prereqs-'))
})

afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

const listen = () =>
  new Promise<Server>((resolve) => {
    const server = createServer()
    server.listen(0, '127.0.0.1', () => resolve(server))
  })

describe('checkPortFree', () => {
  it('passes for a free port and names the setting for a taken one', async () => {
    const server = await listen()
    const { port } = server.address() as { port: number }
    expect(await checkPortFree(port, '127.0.0.1', 'BENCH_PORT')()).toBe(
      `Port ${port} is already in use; stop what runs there or set BENCH_PORT.`,
    )
    await new Promise((resolve) => server.close(resolve))
    expect(await checkPortFree(port)()).toBeNull()
  })
})

describe('checkExecutable and checkChromium', () => {
  it('passes for a program it can run', async () => {
    expect(await checkExecutable(process.execPath, 'Node')()).toBeNull()
  })

  it('says what is wrong with a missing, non-executable or folder path, with the hint', async () => {
    const file = path.join(dir, 'not-a-browser')
    await writeFile(file, 'text')
    await chmod(file, 0o644)
    const hint = ' Install it (sudo apt-get install -y chromium) or set CHROMIUM_PATH.'
    expect(await checkChromium(path.join(dir, 'missing'))()).toBe(
      `Chromium not found at ${path.join(dir, 'missing')}.${hint}`,
    )
    expect(await checkChromium(file)()).toBe(`Chromium at ${file} is not executable.${hint}`)
    expect(await checkChromium(dir)()).toBe(`Chromium at ${dir} is not a file.${hint}`)
  })

  it('uses CHROMIUM_PATH like the end-to-end tests, else Debian’s Chromium', () => {
    expect(chromiumPath({ CHROMIUM_PATH: '/opt/chrome' })).toBe('/opt/chrome')
    expect(chromiumPath({})).toBe('/usr/bin/chromium')
  })
})

describe('findOnPath, wrkPath and checkWrk', () => {
  it('finds the first executable file of that name on PATH', async () => {
    const first = path.join(dir, 'path-a')
    const second = path.join(dir, 'path-b')
    await mkdir(path.join(first, 'wrk'), { recursive: true }) // a folder: skipped
    await mkdir(second, { recursive: true })
    await writeFile(path.join(second, 'wrk'), '#!/bin/sh\n')
    await chmod(path.join(second, 'wrk'), 0o755)
    const env = { PATH: [path.join(dir, 'none'), first, second].join(path.delimiter) }
    expect(findOnPath('wrk', env)).toBe(path.join(second, 'wrk'))
    expect(wrkPath(env)).toBe(path.join(second, 'wrk'))
    expect(findOnPath('wrk', { PATH: first })).toBeNull()
    expect(wrkPath({ PATH: first })).toBe(DEFAULT_WRK)
    expect(wrkPath({})).toBe('/usr/bin/wrk')
  })

  it('says in one line how to install wrk when it is missing', async () => {
    expect(await checkWrk(path.join(dir, 'no-wrk'))()).toBe(
      `wrk not found at ${path.join(dir, 'no-wrk')}. Install it (apt-get install -y wrk).`,
    )
    expect(await checkWrk(process.execPath)()).toBeNull()
  })
})

describe('checkDiskSpace', () => {
  it('passes with room to spare and refuses an impossible amount', async () => {
    expect(await checkDiskSpace(dir, 1)()).toBeNull()
    expect(await checkDiskSpace(dir, 1e18)()).toMatch(
      new RegExp(`^Only [\\d.]+ GB free in ${dir}; the run needs 1000000000.0 GB\\.$`),
    )
    expect(await checkDiskSpace(path.join(dir, 'nope'), 1)()).toBe(
      `Cannot read the free space of ${path.join(dir, 'nope')} (ENOENT).`,
    )
  })
})

describe('nextCommandOf', () => {
  it.each([
    [['node', '/p/node_modules/next/dist/bin/next', 'build'], 'build'],
    [['node', '/p/node_modules/.bin/next', 'start', '-p', '3000'], 'start'],
    [['next-server (v16.4.6)'], 'start'],
    [['node', '/p/node_modules/next/dist/bin/next', 'dev'], 'dev'],
    [['node', '/p/node_modules/next/dist/bin/next', 'lint'], null],
    [['node', 'scripts/bench.mjs'], null],
    [['nextcloud', 'build'], null],
  ])('%p is %p', (cmdline, command) => {
    expect(nextCommandOf(cmdline)).toBe(command)
  })
})

describe('requireAll', () => {
  it('runs the checks in order and stops at the first failure, as a BenchError', async () => {
    const ran: string[] = []
    const check = (name: string, failure: string | null) => async () => {
      ran.push(name)
      return failure
    }
    const promise = requireAll([
      check('a', null),
      check('b', 'B is missing.'),
      check('c', 'C too.'),
    ])
    await expect(promise).rejects.toThrow(new BenchError('B is missing.'))
    await expect(promise).rejects.toBeInstanceOf(BenchError)
    expect(ran).toEqual(['a', 'b'])
    await expect(requireAll([check('d', null)])).resolves.toBeUndefined()
  })
})
