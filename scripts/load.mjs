// @ts-check
// `npm run load` (issue 9): a bounded load test on loopback against a production build of the
// demo clinic: the article page, home, and the form submission endpoint (a flood without solved
// captchas, then real submissions that must all be stored). Counts every status, samples the
// server's memory every second, checks its logs, and writes a section of BENCHMARKS.md. Exits
// with 1 on any 5xx, socket error, time-out or lost submission. Settings: LOAD_* variables, see
// bench/lib/loadTest.mjs and README.md.
import { randomBytes } from 'node:crypto'
import { existsSync } from 'node:fs'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { solveCaptcha } from '../bench/lib/captcha.mjs'
import { BenchError } from '../bench/lib/errors.mjs'
import { getOk, json, request } from '../bench/lib/http.mjs'
import {
  memoryTimeline,
  memoryVerdict,
  readLoadOptions,
  renderLoadSection,
  replaceLoadSection,
  runTarget,
  startSmtpSink,
} from '../bench/lib/loadTest.mjs'
import {
  busyProcesses,
  cpuTimes,
  describeMachine,
  loadAverage,
  othersShare,
} from '../bench/lib/machine.mjs'
import {
  checkDiskSpace,
  checkInstalled,
  checkNoNextRunning,
  checkPortFree,
  requireAll,
} from '../bench/lib/prereqs.mjs'
import { startScript } from '../bench/lib/script.mjs'
import { buildNext, checkSkipBuild, productionEnv, startNext } from '../bench/lib/server.mjs'

const { projectDir, cleanup, log, run } = startScript('load')

// The seeded demo article (src/seed/content.ts) and contact form (src/seed/contactForm.ts).
const ARTICLE_SLUG = 'how-stem-cells-help-fix-a-broken-healing-cycle'
const CONTACT_FORM = 'How can we help you?'

/** Addresses from 198.18.0.0/15 (set aside for benchmarks): only ever a header, never dialled. */
const address = (/** @type {number} */ index) =>
  `198.18.${Math.floor(index / 250) % 250}.${(index % 250) + 1}`

/** @param {string} marker */
const answers = (marker) => [
  { field: 'firstName', value: `Ada${marker}` },
  { field: 'lastName', value: 'Loadtest' },
  { field: 'email', value: `ada.${marker}@example.com` },
  { field: 'phone', value: '(708) 393-8266' },
  { field: 'symptoms', value: `Knee pain ${marker} when climbing stairs.` },
  { field: 'consent', value: 'true' },
]

/** What the ALTCHA widget does: fetch a challenge and solve it. */
const solvedCaptcha = async (/** @type {string} */ baseUrl) =>
  solveCaptcha(await json(`${baseUrl}/api/forms/challenge`))

const main = async () => {
  const options = readLoadOptions()
  await requireAll([
    checkInstalled(projectDir),
    checkPortFree(options.port, '127.0.0.1', 'LOAD_PORT'),
    checkDiskSpace(os.tmpdir(), 1e9),
    checkNoNextRunning(projectDir),
    checkSkipBuild(projectDir, options.skipBuild, 'LOAD_SKIP_BUILD'),
  ])
  const started = new Date()
  const busy = await busyProcesses()
  const loadAtStart = loadAverage()
  const cpuAtStart = cpuTimes()

  const dir = await mkdtemp(path.join(os.tmpdir(), 'clinic-load-'))
  cleanup.add('remove the temporary folder', () => rm(dir, { recursive: true, force: true }))
  const baseUrl = `http://127.0.0.1:${options.port}`
  const smtp = await startSmtpSink()
  cleanup.add('stop the SMTP server', () => smtp.close())
  /** @type {NodeJS.ProcessEnv} */
  const env = {
    ...productionEnv({ baseUrl, dir }),
    LOG_FORMAT: 'json',
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(smtp.port),
    SMTP_SECURE: 'false',
    FORMS_NOTIFY_TO: 'frontdesk@clinic.example',
    // autocannon stands in for a reverse proxy in front of many visitors: the address it writes in
    // X-Forwarded-For is the visitor's (the server appends autocannon's own after it).
    TRUSTED_PROXY_HOPS: '1',
  }
  for (const name of ['SMTP_USER', 'SMTP_PASS', 'FORMS_RATE_LIMIT', 'LOG_LEVEL']) delete env[name]

  if (!options.skipBuild) {
    log('next build…')
    const build = await buildNext({
      projectDir,
      env: { ...env, DATABASE_URI: `file:${path.join(dir, 'build.db')}` },
      logFile: path.join(dir, 'build.log'),
      cleanup,
    })
    log(`built in ${(build.ms / 1000).toFixed(0)} s`)
  }

  log('starting the server on a fresh database (the demo clinic is seeded on start)…')
  const serverLog = path.join(dir, 'server.log')
  const server = await startNext({
    projectDir,
    port: options.port,
    env: { ...env, SEED: 'true', DATABASE_URI: `file:${path.join(dir, 'load.db')}` },
    logFile: serverLog,
    cleanup,
  })
  const memory = memoryTimeline(server.pid)
  cleanup.add('stop sampling memory', () => memory.stop())
  /** @type {Array<{ phase: string, bytes: number }>} */
  const phases = []
  const endPhase = (/** @type {string} */ name) =>
    phases.push({ phase: name, bytes: memory.sample() })

  // The ids the load needs, as a visitor's browser would find them.
  const articlePath = `/articles/${ARTICLE_SLUG}`
  await getOk(`${baseUrl}${articlePath}`)
  const forms = await json(
    `${baseUrl}/api/forms?depth=0&limit=1&where[title][equals]=${encodeURIComponent(CONTACT_FORM)}`,
  )
  const formId = forms.docs?.[0]?.id
  if (formId === undefined) throw new BenchError(`The seeded form "${CONTACT_FORM}" was not found.`)
  const staff = {
    name: 'Load Test',
    email: 'load.test@clinic.example',
    password: randomBytes(18).toString('base64url'),
  }
  const { token } = await json(`${baseUrl}/api/users/first-register`, {
    method: 'POST',
    body: staff,
  })

  // A refused request with our own id: the id comes back, and the log line for it carries it.
  const probeId = `load-probe-${randomBytes(6).toString('hex')}`
  const probe = await request(`${baseUrl}/api/form-submissions`, {
    method: 'POST',
    headers: { 'content-type': 'text/plain', 'x-request-id': probeId },
    body: 'not json',
  })
  await probe.arrayBuffer()
  const probeEchoed = probe.headers.get('x-request-id') === probeId && probe.status === 415

  memory.phase('warm-up')
  log('warming up (home and the article page, 5 s each)…')
  for (const target of ['/', articlePath])
    await runTarget('warm-up', target, {
      url: `${baseUrl}${target}`,
      connections: options.connections,
      duration: 5,
    })
  endPhase('warm-up')

  const d = options.durationSeconds
  const c = options.connections
  /** @type {import('../bench/lib/loadTest.mjs').TargetResult[]} */
  const targets = []

  memory.phase('article')
  log(`article page: ${c} connections, ${d} s…`)
  targets.push(
    await runTarget('Article page', `GET ${articlePath}`, {
      url: `${baseUrl}${articlePath}`,
      connections: c,
      duration: d,
    }),
  )
  endPhase('article')

  memory.phase('home')
  log(`home: ${c} connections, ${d} s…`)
  targets.push(
    await runTarget('Home', 'GET /', { url: `${baseUrl}/`, connections: c, duration: d }),
  )
  endPhase('home')

  memory.phase('form flood')
  log(`form flood (no solved captcha): ${c} connections, ${d} s…`)
  let flooded = 0
  targets.push(
    await runTarget('Form flood', 'POST /api/form-submissions', {
      url: `${baseUrl}/api/form-submissions`,
      connections: c,
      duration: d,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        form: formId,
        submissionData: answers('flood'),
        altcha: Buffer.from('{"algorithm":"SHA-256"}').toString('base64'),
      }),
      requests: [
        {
          // As many addresses as connections, taken in turn (autocannon resets its
          // per-connection context after each request, so it cannot hold one).
          setupRequest: (req) => ({
            ...req,
            headers: {
              ...req.headers,
              'content-type': 'application/json',
              'x-forwarded-for': address(100_000 + (flooded++ % c)),
            },
          }),
        },
      ],
    }),
  )
  endPhase('form flood')

  memory.phase('accepted')
  log(`solving ${options.accepted} captchas…`)
  /** @type {string[]} */
  const bodies = []
  /** @type {string[]} */
  const markers = []
  for (let i = 0; i < options.accepted; i += 1) {
    const marker = `pd${randomBytes(5).toString('hex')}`
    markers.push(marker)
    bodies.push(
      JSON.stringify({
        form: formId,
        submissionData: answers(marker),
        altcha: await solvedCaptcha(baseUrl),
      }),
    )
  }
  const before = await json(`${baseUrl}/api/form-submissions?limit=0`, { token })
  log(`accepted submissions: ${options.accepted}, ${options.acceptedConnections} at a time…`)
  let next = 0
  const acceptedRun = await runTarget('Accepted submissions', 'POST /api/form-submissions', {
    url: `${baseUrl}/api/form-submissions`,
    connections: options.acceptedConnections,
    amount: options.accepted,
    method: 'POST',
    requests: [
      {
        setupRequest: (req) => {
          const index = next++ % bodies.length
          return {
            ...req,
            body: bodies[index],
            headers: {
              ...req.headers,
              'content-type': 'application/json',
              'x-forwarded-for': address(index),
            },
          }
        },
      },
    ],
  })
  targets.push(acceptedRun)
  endPhase('accepted')
  memory.stop()

  // Nothing lost: every 201 is a stored row, and each was emailed.
  const after = await json(`${baseUrl}/api/form-submissions?limit=0`, { token })
  const emailed = await json(
    `${baseUrl}/api/form-submissions?limit=0&where[emailStatus][equals]=emailed`,
    { token },
  )
  const accepted = {
    sent: options.accepted,
    created: acceptedRun.statuses['201'] ?? 0,
    stored: after.totalDocs - before.totalDocs,
    emailed: emailed.totalDocs,
    smtpReceived: smtp.received(),
  }
  const loadAtEnd = loadAverage()
  const othersCpu = othersShare(cpuAtStart, cpuTimes())
  await server.stop()

  // The server's own log: JSON lines, request ids, and none of the submitted personal data.
  const lines = (await readFile(serverLog, 'utf8')).split('\n').filter((line) => line.trim())
  const entries = lines.flatMap((line) => {
    try {
      const value = JSON.parse(line)
      return value && typeof value === 'object' ? [value] : []
    } catch {
      return []
    }
  })
  const leakedMarkers = new Set(markers.map((marker) => marker.toLowerCase()))
  const logs = {
    lines: lines.length,
    json: entries.length,
    withRequestId: entries.filter((entry) => typeof entry.reqId === 'string').length,
    errorLines: entries.filter((entry) => ['error', 'fatal'].includes(entry.level)).length,
    leaked: lines.filter((line) =>
      [...leakedMarkers].some((marker) => line.toLowerCase().includes(marker)),
    ).length,
    echoed: probeEchoed && entries.some((entry) => entry.reqId === probeId),
  }

  const failures = []
  for (const target of targets) {
    if (target.classes['5xx']) failures.push(`${target.name}: ${target.classes['5xx']} answers 5xx`)
    if (target.errors || target.timeouts)
      failures.push(`${target.name}: ${target.errors} errors, ${target.timeouts} time-outs`)
  }
  for (const target of targets.slice(0, 2))
    if (target.classes['2xx'] !== target.requests)
      failures.push(`${target.name}: ${target.requests - target.classes['2xx']} answers not 200`)
  const flood = targets[2]
  if (flood.classes['2xx'])
    failures.push(`Form flood: ${flood.classes['2xx']} submissions accepted`)
  if (accepted.created !== accepted.sent)
    failures.push(
      `${accepted.sent - accepted.created} of ${accepted.sent} real submissions refused`,
    )
  if (accepted.stored !== accepted.created)
    failures.push(`${accepted.created} submissions answered 201 but ${accepted.stored} are stored`)
  if (accepted.emailed !== accepted.stored || accepted.smtpReceived < accepted.stored)
    failures.push(
      `${accepted.stored} stored, ${accepted.emailed} marked emailed, ${accepted.smtpReceived} received`,
    )
  if (logs.leaked) failures.push(`${logs.leaked} log lines hold submitted personal data`)
  if (!logs.echoed) failures.push('x-request-id was not echoed or not logged')
  if (logs.errorLines) failures.push(`${logs.errorLines} log lines at level error`)

  const machine = describeMachine(projectDir)
  const verdict = memoryVerdict(memory.samples)
  /** @type {Array<[string, string]>} */
  const machineRows = [
    ['CPU', `${machine.cpu}, ${machine.cores} cores`],
    ['Memory', `${(machine.memoryBytes / 2 ** 30).toFixed(1)} GiB`],
    ['OS', machine.os],
    ['Node.js', machine.node],
    ...(machine.commit ? [/** @type {[string, string]} */ (['Commit', machine.commit])] : []),
    ['Load average', `${loadAtStart.toFixed(2)} at the start, ${loadAtEnd.toFixed(2)} at the end`],
    ...(othersCpu === null
      ? []
      : [
          /** @type {[string, string]} */ ([
            'Other processes',
            `${Math.round(othersCpu * 100)}% of the CPU time during the run${
              busy.length
                ? `; busy at the start: ${busy.map((entry) => `${entry.command.split(' ')[0]} ${Math.round(entry.cpu * 100)}%`).join(', ')}`
                : ''
            }`,
          ]),
        ]),
    ['Load generator', 'autocannon 9, in the same machine as the server (it shares the CPUs)'],
  ]
  const section = renderLoadSection({
    date: started,
    options,
    machine: machineRows,
    targets,
    memory: verdict,
    phases,
    accepted,
    logs,
    failures,
  })
  const output = path.resolve(projectDir, options.output)
  const previous = existsSync(output) ? await readFile(output, 'utf8') : '# Benchmarks\n'
  await writeFile(output, replaceLoadSection(previous, section))
  console.log(`\n${section.split('\n\n').slice(1, 3).join('\n\n')}`)
  console.log(
    `\nMemory: ${(verdict.afterWarmUp / 1e6).toFixed(0)} MB after warm-up, peak ${(verdict.peak / 1e6).toFixed(0)} MB, end ${(verdict.end / 1e6).toFixed(0)} MB (${verdict.stable ? 'stable' : 'grew'}). Report: ${path.relative(process.cwd(), output) || output}`,
  )
  if (failures.length) throw new BenchError(`load test failed: ${failures.join('; ')}`)
}

await run(main)
