import { type ChildProcess, spawn } from 'node:child_process'

/**
 * App instances for the several-instances suite: `next start` of this run's build, each on its
 * own port, all on one database and the shared engines the caller passes in `env`.
 */
export type Instance = {
  name: string
  url: string
  output: () => string
  /** SIGTERM, waiting for the exit. */
  stop: () => Promise<void>
  /** SIGKILL, as a crash. */
  kill: () => Promise<void>
}

const waitUntilServing = async (url: string, child: ChildProcess, output: () => string) => {
  const deadline = Date.now() + 120_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The instance at ${url} exited:\n${output()}`)
    try {
      const response = await fetch(`${url}/`, { signal: AbortSignal.timeout(5_000) })
      if (response.ok) return
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`The instance at ${url} did not answer within 2 minutes:\n${output()}`)
}

export const startInstance = async (
  name: string,
  port: number,
  env: Record<string, string>,
): Promise<Instance> => {
  const child = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'start'], {
    env: { ...process.env, NODE_ENV: 'production', PORT: String(port), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let text = ''
  child.stdout!.on('data', (chunk: Buffer) => (text += chunk.toString()))
  child.stderr!.on('data', (chunk: Buffer) => (text += chunk.toString()))
  const output = () => text
  const url = `http://127.0.0.1:${port}`
  const end = (signal: NodeJS.Signals) =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve()
      child.once('exit', () => resolve())
      child.kill(signal)
    })
  await waitUntilServing(url, child, output)
  return { name, url, output, stop: () => end('SIGTERM'), kill: () => end('SIGKILL') }
}
