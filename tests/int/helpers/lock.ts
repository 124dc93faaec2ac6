import { spawn } from 'node:child_process'
import path from 'node:path'

const SCRIPT = path.resolve(process.cwd(), 'tests/int/helpers/holdWriteLock.mjs')

/** Makes the SQLite database at `file` unwritable from other processes until `release()`. */
export const holdWriteLock = async (file: string): Promise<{ release: () => Promise<void> }> => {
  const child = spawn(process.execPath, [SCRIPT, file], { stdio: ['pipe', 'pipe', 'inherit'] })
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('locked')) resolve()
    })
    child.once('exit', (code) => reject(new Error(`the lock holder exited with ${code}`)))
  })
  return {
    release: async () => {
      child.stdin.end()
      await exited
    },
  }
}
