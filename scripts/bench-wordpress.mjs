// @ts-check
// `npm run bench:wordpress`: imports generated WordPress exports (scripts/wordpress) of growing
// size into fresh SQLite databases with `npm run import:wordpress`, and reports the rate and the
// importing process's peak memory (GNU time's maximum resident set size). Writes its section of
// BENCHMARKS.md. Settings: WP_BENCH_POSTS (default "500,2000"), WP_BENCH_OUTPUT.
import { spawn } from 'node:child_process'
import { createWriteStream } from 'node:fs'
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { writeExport } from '../bench/content/wordpressExport.mjs'
import { describeMachine, loadAverage } from '../bench/lib/machine.mjs'
import { formatKB, formatMB, table } from '../bench/lib/report.mjs'
import { replaceSection } from '../bench/lib/sections.mjs'

const projectDir = fileURLToPath(new URL('..', import.meta.url))
const TIME = '/usr/bin/time'

/** @param {string} line */
const log = (line) => console.log(`[bench:wordpress] ${line}`)

const sizes = (process.env.WP_BENCH_POSTS || '500,2000')
  .split(',')
  .map((value) => Number(value.trim()))
  .filter((value) => Number.isInteger(value) && value > 0)
if (!sizes.length) throw new Error('WP_BENCH_POSTS must list post counts, e.g. "500,2000".')

/**
 * Runs the import command under GNU time; resolves with its exit code, seconds and peak RSS.
 * @param {string[]} args
 * @param {Record<string, string>} env
 */
const timedImport = (args, env) =>
  new Promise((resolve, reject) => {
    const child = spawn(
      TIME,
      [
        '-f',
        'peak=%M elapsed=%e',
        process.execPath,
        path.join(projectDir, 'node_modules/payload/bin.js'),
        'run',
        'scripts/import-wordpress.ts',
        '--',
        ...args,
      ],
      {
        cwd: projectDir,
        env: { ...process.env, NODE_OPTIONS: '--no-deprecation', ...env },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    )
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk) => (stdout += chunk))
    child.stderr.on('data', (chunk) => (stderr += chunk))
    child.on('error', reject)
    child.on('close', (code) => {
      const match = /peak=(\d+) elapsed=([\d.]+)/.exec(stderr)
      if (!match) return reject(new Error(`No timing from ${TIME}: ${stderr.slice(-500)}`))
      resolve({
        code,
        stdout,
        stderr,
        peakBytes: Number(match[1]) * 1024,
        seconds: Number(match[2]),
      })
    })
  })

/** @param {number} posts */
const measure = async (posts) => {
  const dir = await mkdtemp(path.join(os.tmpdir(), `wp-bench-${posts}-`))
  try {
    const file = path.join(dir, 'export.xml')
    const out = createWriteStream(file)
    await writeExport(out, { posts, withReferences: true })
    const { size } = await stat(file)
    log(`${posts} posts: ${size < 1e6 ? formatKB(size) : formatMB(size)} export, importing…`)
    const env = {
      DATABASE_URI: `file:${path.join(dir, 'clinic.db')}`,
      MEDIA_DIR: path.join(dir, 'media'),
      SEED: 'false',
      JOBS_AUTORUN: 'false',
      PAYLOAD_SECRET: process.env.PAYLOAD_SECRET || 'bench-only-secret-0123456789abcdef',
    }
    // Booting Payload and migrating a new database, measured apart from the import itself.
    const empty = path.join(dir, 'empty.xml')
    const emptyOut = createWriteStream(empty)
    await writeExport(emptyOut, { posts: 0, withReferences: false })
    const boot = /** @type {any} */ (
      await timedImport([empty, '--report', path.join(dir, 'boot.json')], {
        ...env,
        DATABASE_URI: `file:${path.join(dir, 'boot.db')}`,
      })
    )
    const run = /** @type {any} */ (
      await timedImport([file, '--report', path.join(dir, 'report.json')], env)
    )
    if (run.code !== 0) throw new Error(`The import exited ${run.code}: ${run.stderr.slice(-500)}`)
    const report = JSON.parse(await readFile(path.join(dir, 'report.json'), 'utf8'))
    const imported = report.counts.articles.created
    const importSeconds = Math.max(run.seconds - boot.seconds, 0.001)
    return {
      posts,
      exportBytes: size,
      imported,
      citations: report.counts.citations.created,
      seconds: run.seconds,
      bootSeconds: boot.seconds,
      rate: imported / importSeconds,
      peakBytes: run.peakBytes,
      bootPeakBytes: boot.peakBytes,
    }
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

const loadBefore = loadAverage()
const results = []
for (const posts of sizes) results.push(await measure(posts))
const loadAfter = loadAverage()

/** How much more memory the largest export took than the smallest, next to how much larger it was. */
const growth = (/** @type {any[]} */ all) => {
  if (all.length < 2) return []
  const [small, large] = [all[0], all[all.length - 1]]
  const memory = ((large.peakBytes - small.peakBytes) / small.peakBytes) * 100
  return [
    '',
    `From ${small.posts} to ${large.posts} posts the export grew ${(large.exportBytes / small.exportBytes).toFixed(1)}× and the peak memory ${memory >= 0 ? '+' : ''}${memory.toFixed(0)}% (${formatMB(large.peakBytes - small.peakBytes)}).`,
  ]
}

const machine = describeMachine(projectDir)
const section = [
  '# WordPress import (issue 19)',
  '',
  `Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC by \`npm run bench:wordpress\`: exports written by \`bench/content/wordpressExport.mjs\` (about 6 KB of classic-editor text per post, references from a pool of 50 papers, every 25th post a draft), each imported into a new SQLite database by \`npm run import:wordpress\` under GNU time. One-minute load average ${loadBefore.toFixed(1)} before, ${loadAfter.toFixed(1)} after, on ${machine.cores} cores (${machine.cpu}), commit ${machine.commit ?? 'unknown'}.`,
  '',
  table(
    [
      'Posts',
      'Export',
      'Imported',
      'Citations',
      'Total',
      'Start-up',
      'Rate',
      'Peak memory',
      'Start-up peak',
    ],
    results.map((r) => [
      String(r.posts),
      r.exportBytes < 1e6 ? formatKB(r.exportBytes) : formatMB(r.exportBytes),
      String(r.imported),
      String(r.citations),
      `${r.seconds.toFixed(1)} s`,
      `${r.bootSeconds.toFixed(1)} s`,
      `${r.rate.toFixed(1)} posts/s`,
      formatMB(r.peakBytes),
      formatMB(r.bootPeakBytes),
    ]),
  ),
  '',
  "Rate is posts imported per second after start-up (the same command on an empty export: booting Payload and migrating). Peak memory is the maximum resident set size of the importing process; start-up peak is that of the empty import. The export is read as a stream, so the file itself never sits in memory; what grows with it is the first pass's index of every item (id, slug, link, status), and V8's heap, which the garbage collector lets grow before it collects.",
  ...growth(results),
].join('\n')

const output = path.resolve(projectDir, process.env.WP_BENCH_OUTPUT || 'BENCHMARKS.md')
const previous = await readFile(output, 'utf8').catch(() => '# Benchmarks\n')
await writeFile(output, replaceSection(previous, 'bench:wordpress', section))
for (const r of results)
  log(
    `${r.posts} posts: ${r.imported} imported in ${r.seconds.toFixed(1)} s (${r.rate.toFixed(1)} posts/s after ${r.bootSeconds.toFixed(1)} s start-up), peak ${formatMB(r.peakBytes)}`,
  )
log(`Wrote ${path.relative(projectDir, output)}.`)
