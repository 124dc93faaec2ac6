/** @jest-environment node */
import { Cleanup, descendants, processTable, spawnGroup } from '../../../bench/lib/processes.mjs'

describe('Cleanup', () => {
  it('undoes newest first, goes on after a failing step, and runs once', async () => {
    const cleanup = new Cleanup()
    const done: string[] = []
    const errors: string[] = []
    cleanup.add('remove the folder', () => {
      done.push('folder')
    })
    cleanup.add('stop the server', () => {
      throw new Error('already gone')
    })
    const remove = cleanup.add('never', () => {
      done.push('never')
    })
    cleanup.add('stop the build', async () => {
      done.push('build')
    })
    remove()
    await Promise.all([cleanup.runAll((line) => errors.push(line)), cleanup.runAll()])
    expect(done).toEqual(['build', 'folder'])
    expect(errors).toEqual(['cleanup: could not stop the server: already gone'])
  })
})

describe('descendants', () => {
  it('finds a process and everything under it', () => {
    const table = [
      { pid: 1, ppid: 0 },
      { pid: 10, ppid: 1 },
      { pid: 11, ppid: 10 },
      { pid: 12, ppid: 11 },
      { pid: 20, ppid: 1 },
    ]
    expect(descendants(table, 10).map((entry) => entry.pid)).toEqual([10, 11, 12])
    expect(descendants(table, 99)).toEqual([])
  })
})

const alive = (pid: number) =>
  processTable().some((entry) => entry.pid === pid && entry.state !== 'Z')

describe('spawnGroup', () => {
  const linux = process.platform === 'linux' ? it : it.skip

  linux('stops the command and everything it started', async () => {
    // A shell that starts a grandchild which ignores SIGTERM, like a worker that will not quit.
    const child = spawnGroup(
      'sh',
      ['-c', 'sh -c "trap \\"\\" TERM; while true; do sleep 0.1; done" & echo $!; wait'],
      { cwd: process.cwd(), env: process.env },
    )
    const grandchild = await new Promise<number>((resolve) =>
      child.process.stdout!.once('data', (chunk) => resolve(Number(String(chunk).trim()))),
    )
    expect(alive(grandchild)).toBe(true)
    await child.stop(300)
    expect(alive(child.pid)).toBe(false)
    expect(alive(grandchild)).toBe(false)
    expect(await child.exited).toBeNull()
  })

  linux('passes each output line on', async () => {
    const lines: string[] = []
    const child = spawnGroup('sh', ['-c', 'echo one; echo two >&2'], {
      cwd: process.cwd(),
      env: process.env,
      onLine: (line) => lines.push(line),
    })
    expect(await child.exited).toBe(0)
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(lines.sort()).toEqual(['one', 'two'])
  })
})
