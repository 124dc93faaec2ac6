import { spawn } from 'node:child_process'

export type Run = { code: number | null; stdout: string; stderr: string }

/**
 * Runs a command to its end and collects what it printed. Not Jest's --experimental-vm-modules;
 * no demo seed at start-up and no job runner, unless `env` says otherwise.
 */
export const collect = (
  command: string,
  args: string[],
  { cwd = process.cwd(), env = {} }: { cwd?: string; env?: Record<string, string> } = {},
) =>
  new Promise<Run>((resolve, reject) => {
    const child = spawn(command, args, {
      cwd,
      env: { ...process.env, NODE_OPTIONS: '', SEED: 'false', JOBS_AUTORUN: 'false', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk) => (stdout += chunk))
    child.stderr.on('data', (chunk) => (stderr += chunk))
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, stdout, stderr }))
  })
