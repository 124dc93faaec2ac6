// @ts-check
// Where a page load's main-thread time goes (issue 21): a Chromium performance trace (the events
// of CDP `Tracing.dataCollected`, or Playwright's `browser.stopTracing()`) summarised for the
// renderer main thread of the page: its tasks, long tasks and a TBT-like figure, and self time by
// kind of work (script evaluation, function calls, HTML parsing, style, layout, paint, GC) and by
// script. Pure functions; `npm run trace` (scripts/trace.mjs) records the traces.
import { BenchError } from './errors.mjs'
import { formatMs, table } from './report.mjs'

/**
 * One trace event as Chromium writes it; times in microseconds.
 * @typedef {object} TraceEvent
 * @property {string} name
 * @property {string} [cat]
 * @property {string} ph phase: X complete, B/E begin/end, I/R instant or mark, M metadata…
 * @property {number} pid
 * @property {number} tid
 * @property {number} ts
 * @property {number} [dur]
 * @property {any} [args]
 */

/**
 * @typedef {'script-evaluation' | 'function-call' | 'microtasks' | 'html-parsing' | 'style' |
 *   'layout' | 'paint' | 'gc' | 'other'} CategoryId
 */

/** Kinds of main-thread work, in the order the summary lists them. */
export const TRACE_CATEGORIES = /** @type {const} */ ([
  ['script-evaluation', 'Script evaluation (compile and run the top level)'],
  ['function-call', 'Function calls (scheduler tasks, events, timers)'],
  ['microtasks', 'Microtasks (promise callbacks)'],
  ['html-parsing', 'HTML parsing'],
  ['style', 'Style (UpdateLayoutTree)'],
  ['layout', 'Layout'],
  ['paint', 'Paint and compositing'],
  ['gc', 'Garbage collection'],
  ['other', 'Other (untraced task work, IPC, navigation and loading)'],
])

/** Tasks longer than this are long tasks; what a task runs beyond it counts as blocking. */
export const LONG_TASK_MS = 50

/** How the summary names scripts that are part of the HTML document itself. */
export const INLINE_SCRIPTS = 'inline scripts (flight data pushes etc.)'

/** Module scripts whose evaluation event carries no URL. */
export const UNNAMED_MODULES = 'module scripts (URL not in the trace)'

const TASK_NAMES = new Set(['RunTask', 'ThreadControllerImpl::RunTask'])
const TASK_CATEGORIES = ['disabled-by-default-devtools.timeline', 'toplevel']

const SCRIPT_EVALUATION = new Set([
  'EvaluateScript',
  'v8.compile',
  'v8.compileModule',
  'v8.evaluateModule',
])
const MODULE_EVENTS = new Set(['v8.compileModule', 'v8.evaluateModule'])

/** @type {Record<string, CategoryId>} */
const BY_NAME = {
  FunctionCall: 'function-call',
  RunMicrotasks: 'microtasks',
  ParseHTML: 'html-parsing',
  UpdateLayoutTree: 'style',
  RecalculateStyles: 'style',
  ParseAuthorStyleSheet: 'style',
  Layout: 'layout',
  PrePaint: 'paint',
  Paint: 'paint',
  PaintImage: 'paint',
  Layerize: 'paint',
  Commit: 'paint',
  UpdateLayer: 'paint',
  UpdateLayerTree: 'paint',
  CompositeLayers: 'paint',
  MinorGC: 'gc',
  MajorGC: 'gc',
}

/**
 * The kind of work an event is, or null for events that only wrap others (tasks, IPC, …).
 * @param {TraceEvent} event
 * @returns {CategoryId | null}
 */
export const categoryOf = ({ name }) => {
  if (SCRIPT_EVALUATION.has(name)) return 'script-evaluation'
  if (BY_NAME[name]) return BY_NAME[name]
  if (name.startsWith('V8.GC') || name.startsWith('BlinkGC.') || name.startsWith('CppGC.'))
    return 'gc'
  return null
}

/** @param {TraceEvent} event */
const isTask = (event) =>
  TASK_NAMES.has(event.name) &&
  (event.cat ?? '').split(',').some((category) => TASK_CATEGORIES.includes(category))

/** @param {string | undefined} url */
const withoutHash = (url) => (url ?? '').replace(/#.*$/, '')

/**
 * A script's URL as the tables show it: the path for the page's own origin (e.g.
 * `/_next/static/chunks/abc.js`), host and path for others; scripts without a URL or with the
 * document's are the document's inline scripts.
 * @param {string | null | undefined} url
 * @param {string | null | undefined} documentUrl
 */
export const shortenUrl = (url, documentUrl) => {
  if (!url || (documentUrl && withoutHash(url) === withoutHash(documentUrl))) return INLINE_SCRIPTS
  try {
    const parsed = new URL(url)
    const document = documentUrl ? new URL(documentUrl) : null
    if (!['http:', 'https:'].includes(parsed.protocol)) return url
    return document && parsed.origin === document.origin
      ? parsed.pathname
      : `${parsed.host}${parsed.pathname}`
  } catch {
    return url
  }
}

/**
 * Complete events for begin/end pairs: each E closes the latest open B of its thread. A B never
 * closed ends with the trace.
 * @param {readonly TraceEvent[]} events
 * @returns {TraceEvent[]}
 */
export const completeEvents = (events) => {
  const end = traceEnd(events)
  /** @type {Map<string, TraceEvent[]>} */
  const open = new Map()
  /** @type {TraceEvent[]} */
  const complete = []
  for (const event of events) {
    if (event.ph === 'X') complete.push(event)
    else if (event.ph === 'B' || event.ph === 'E') {
      const key = `${event.pid}:${event.tid}`
      const stack = open.get(key) ?? []
      open.set(key, stack)
      if (event.ph === 'B') stack.push(event)
      else {
        const begin = stack.pop()
        if (begin)
          complete.push({
            ...begin,
            ph: 'X',
            dur: Math.max(0, event.ts - begin.ts),
            args: { ...begin.args, ...event.args },
          })
      }
    }
  }
  for (const stack of open.values())
    for (const begin of stack)
      complete.push({ ...begin, ph: 'X', dur: Math.max(0, end - begin.ts) })
  return complete
}

/**
 * The last moment the trace covers, in µs.
 * @param {readonly TraceEvent[]} events
 */
export const traceEnd = (events) => {
  let end = Number.NEGATIVE_INFINITY
  for (const event of events)
    if (event.ph !== 'M' && typeof event.ts === 'number' && event.ts > 0)
      end = Math.max(end, event.ts + (event.ph === 'X' ? (event.dur ?? 0) : 0))
  return end
}

/** @param {any} data @param {string | undefined} url */
const isPageNavigation = (data, url) =>
  /^https?:/.test(data?.documentLoaderURL ?? '') &&
  data.isLoadingMainFrame !== false &&
  data.isOutermostMainFrame !== false &&
  (!url || withoutHash(data.documentLoaderURL) === withoutHash(url))

/**
 * The page's navigations: `navigationStart` marks of an http(s) document in a main frame, those
 * to `url` alone when it is given and any is.
 * @param {readonly TraceEvent[]} events
 * @param {string} [url]
 */
const navigations = (events, url) => {
  const all = events.filter(
    (event) => event.name === 'navigationStart' && isPageNavigation(event.args?.data, undefined),
  )
  const matching = url ? all.filter((event) => isPageNavigation(event.args?.data, url)) : []
  return matching.length ? matching : all
}

/**
 * The renderer main thread of the page: a `CrRendererMain` thread of a process that has the
 * navigation (its `navigationStart`, or the browser's `FrameCommittedInBrowser` naming it); of
 * several, the one with most events. Without any navigation, the busiest `CrRendererMain`.
 * @param {readonly TraceEvent[]} events
 * @param {{ url?: string }} [options] the page's URL, when the trace has other navigations too
 * @returns {{ pid: number, tid: number, events: number }}
 */
export const findMainThread = (events, { url } = {}) => {
  const mains = events.filter(
    (event) =>
      event.ph === 'M' && event.name === 'thread_name' && event.args?.name === 'CrRendererMain',
  )
  if (!mains.length) throw new BenchError('The trace has no renderer main thread (CrRendererMain).')
  const committed = events.filter((event) => {
    const data = event.args?.data
    return (
      event.name === 'FrameCommittedInBrowser' &&
      typeof data?.processId === 'number' &&
      /^https?:/.test(data.url ?? '') &&
      data.isOutermostMainFrame !== false &&
      (!url || withoutHash(data.url) === withoutHash(url))
    )
  })
  const pids = new Set([
    ...navigations(events, url).map((event) => event.pid),
    ...committed.map((event) => event.args.data.processId),
  ])
  const candidates = mains.some((main) => pids.has(main.pid))
    ? mains.filter((main) => pids.has(main.pid))
    : mains
  /** @type {Map<string, number>} */
  const counts = new Map()
  for (const event of events) {
    const key = `${event.pid}:${event.tid}`
    counts.set(key, (counts.get(key) ?? 0) + 1)
  }
  const [best] = candidates
    .map((main) => ({
      pid: main.pid,
      tid: main.tid,
      events: counts.get(`${main.pid}:${main.tid}`) ?? 0,
    }))
    .sort((a, b) => b.events - a.events)
  return best
}

/**
 * @typedef {object} Node
 * @property {TraceEvent} event
 * @property {number} start µs
 * @property {number} end µs, within the parent's
 * @property {Node[]} children
 */

/**
 * The complete events of one thread as a forest, each event under the innermost one that starts
 * before it and has not ended; a child sticking out of its parent is cut at the parent's end.
 * @param {readonly TraceEvent[]} events complete events of one thread
 * @returns {Node[]} the outermost events
 */
export const nest = (events) => {
  const sorted = events
    .map((event, index) => ({ event, index }))
    .filter(({ event }) => (event.dur ?? 0) > 0)
    .sort(
      (a, b) =>
        a.event.ts - b.event.ts ||
        (b.event.dur ?? 0) - (a.event.dur ?? 0) ||
        // Same start and length: tasks outside, then as written.
        Number(isTask(b.event)) - Number(isTask(a.event)) ||
        a.index - b.index,
    )
  /** @type {Node[]} */
  const roots = []
  /** @type {Node[]} */
  const stack = []
  for (const { event } of sorted) {
    while (stack.length && stack[stack.length - 1].end <= event.ts) stack.pop()
    const parent = stack[stack.length - 1]
    const start = event.ts
    const end = Math.min(event.ts + (event.dur ?? 0), parent ? parent.end : Infinity)
    /** @type {Node} */
    const node = { event, start, end, children: [] }
    if (parent) parent.children.push(node)
    else roots.push(node)
    stack.push(node)
  }
  return roots
}

/**
 * Who a stretch of self time is charged to: a kind of work, and for scripts the script (short
 * URL) and, for function calls, which function.
 * @typedef {{ category: CategoryId, script: string | null, fn: string | null,
 *   name: string }} Owner
 */

/**
 * @param {TraceEvent} event
 * @param {Owner | null} inherited the owner of the nearest enclosing event that has a kind
 * @param {string | null} documentUrl
 * @returns {Owner | null}
 */
const ownerOf = (event, inherited, documentUrl) => {
  const category = categoryOf(event)
  if (!category) return inherited
  const data = event.args?.data
  if (category === 'script-evaluation') {
    const url = data?.url ?? event.args?.fileName ?? data?.fileName
    const script =
      url || !MODULE_EVENTS.has(event.name)
        ? shortenUrl(url, documentUrl)
        : inherited?.category === 'script-evaluation'
          ? inherited.script
          : UNNAMED_MODULES
    return { category, script, fn: null, name: event.name }
  }
  if (category === 'function-call') {
    const script = shortenUrl(data?.url, documentUrl)
    const where =
      typeof data?.lineNumber === 'number'
        ? `:${data.lineNumber}${typeof data.columnNumber === 'number' ? `:${data.columnNumber}` : ''}`
        : ''
    return {
      category,
      script,
      fn: `${data?.functionName || '(anonymous)'} ${script}${where}`,
      name: event.name,
    }
  }
  return { category, script: null, fn: null, name: event.name }
}

/**
 * What a whole task did, for its one-line description.
 * @param {Map<string, number>} parts µs by label
 */
const largest = (parts) => {
  let best = ''
  let most = -1
  for (const [label, us] of parts)
    if (us > most) {
      best = label
      most = us
    }
  return best
}

/**
 * @typedef {object} TaskSummary
 * @property {number} start ms since navigation start (or since the thread's first event)
 * @property {number} duration ms
 * @property {number} blocking ms beyond 50
 * @property {boolean} afterFcp
 * @property {string} mostly where most of its time went, e.g. "Layout" or "/_next/…js (function calls)"
 * @property {number} mostlyMs
 */

/**
 * @typedef {object} ScriptSummary
 * @property {string} script short URL, or INLINE_SCRIPTS
 * @property {number} evaluationMs compiling and running its top level
 * @property {number} functionCallMs its functions called from tasks (FunctionCall)
 * @property {number} totalMs the two together
 * @property {number} microtasksMs promise callbacks run at the end of its evaluation or calls
 * @property {number} evaluations how many EvaluateScript (etc.) events
 * @property {number} calls how many FunctionCall events
 */

/**
 * @typedef {object} TraceSummary
 * @property {{ pid: number, tid: number, events: number }} mainThread
 * @property {string | null} documentUrl
 * @property {number} origin µs timestamp the `start`s count from (navigation start)
 * @property {number | null} fcp First Contentful Paint, ms since the origin
 * @property {number} end the end of the trace, ms since the origin
 * @property {number} busyMs the tasks' total length
 * @property {number} taskCount
 * @property {number} longTaskCount tasks over 50 ms
 * @property {number | null} tbtMs the sum of (length − 50 ms) of tasks starting after FCP
 * @property {number} outsideTasksMs time in events outside any task (not counted elsewhere)
 * @property {TaskSummary[]} tasks every task, longest first
 * @property {Array<{ id: CategoryId, label: string, ms: number }>} categories
 * @property {ScriptSummary[]} scripts most time first
 * @property {Array<{ fn: string, calls: number, ms: number }>} functions FunctionCall time by
 *   function (name, script, line and column), most first
 * @property {Array<{ name: string, ms: number }>} other the "other" time by event name, most first
 */

/** @param {number} us */
const ms = (us) => us / 1000

/**
 * Summarises the renderer main thread of the page in a Chromium trace.
 * @param {readonly TraceEvent[]} traceEvents
 * @param {{ url?: string }} [options] the page's URL (picks the navigation when there are several)
 * @returns {TraceSummary}
 */
export const summarizeTrace = (traceEvents, { url } = {}) => {
  const main = findMainThread(traceEvents, { url })
  const onMain = traceEvents.filter((event) => event.pid === main.pid && event.tid === main.tid)
  const [navigation] = navigations(onMain, url)
  const documentUrl = navigation?.args?.data?.documentLoaderURL ?? url ?? null
  const firstTs = Math.min(
    ...onMain.filter((event) => event.ph !== 'M' && event.ts > 0).map((event) => event.ts),
  )
  const origin = navigation?.ts ?? (Number.isFinite(firstTs) ? firstTs : 0)
  const navigationId = navigation?.args?.data?.navigationId
  const paints = traceEvents
    .filter(
      (event) =>
        event.name === 'firstContentfulPaint' &&
        event.pid === main.pid &&
        (!navigation || event.ts >= navigation.ts),
    )
    .sort((a, b) => a.ts - b.ts)
  const fcpEvent =
    paints.find((event) => navigationId && event.args?.data?.navigationId === navigationId) ??
    paints[0]
  const fcpTs = fcpEvent?.ts ?? null
  const endTs = traceEnd(traceEvents)

  /** @type {Map<CategoryId, number>} */
  const byCategory = new Map()
  /** @type {Map<string, ScriptSummary>} */
  const byScript = new Map()
  /** @type {Map<string, { fn: string, calls: number, ms: number }>} */
  const byFunction = new Map()
  /** @type {Map<string, number>} */
  const byOther = new Map()
  /** @type {TaskSummary[]} */
  const tasks = []
  let outside = 0

  /** @param {string} script */
  const scriptEntry = (script) => {
    let entry = byScript.get(script)
    if (!entry) {
      entry = {
        script,
        evaluationMs: 0,
        functionCallMs: 0,
        totalMs: 0,
        microtasksMs: 0,
        evaluations: 0,
        calls: 0,
      }
      byScript.set(script, entry)
    }
    return entry
  }

  /**
   * Charges a node's self time, and its children's, to their owners.
   * @param {Node} node
   * @param {Owner | null} inherited
   * @param {Owner | null} scriptOwner the nearest enclosing script owner, for microtasks
   * @param {Map<string, number>} parts this task's time by label
   */
  const charge = (node, inherited, scriptOwner, parts) => {
    const { event } = node
    const owner = ownerOf(event, inherited, documentUrl)
    if (owner && owner !== inherited && owner.script !== null) {
      const entry = scriptEntry(owner.script)
      if (owner.category === 'script-evaluation' && event.name !== 'v8.compile')
        entry.evaluations += 1
      if (owner.category === 'function-call') entry.calls += 1
      if (owner.fn) {
        const fn = byFunction.get(owner.fn) ?? { fn: owner.fn, calls: 0, ms: 0 }
        fn.calls += 1
        byFunction.set(owner.fn, fn)
      }
    }
    const children = node.children.reduce((sum, child) => sum + (child.end - child.start), 0)
    const self = Math.max(0, node.end - node.start - children)
    const category = owner?.category ?? 'other'
    byCategory.set(category, (byCategory.get(category) ?? 0) + self)
    let label
    if (owner?.script) {
      const entry = scriptEntry(owner.script)
      if (owner.category === 'script-evaluation') entry.evaluationMs += ms(self)
      else entry.functionCallMs += ms(self)
      if (owner.fn) /** @type {{ ms: number }} */ (byFunction.get(owner.fn)).ms += ms(self)
      label = `${owner.script} (${owner.category === 'script-evaluation' ? 'evaluation' : 'function calls'})`
    } else if (owner) {
      if (owner.category === 'microtasks' && scriptOwner?.script)
        scriptEntry(scriptOwner.script).microtasksMs += ms(self)
      label = TRACE_CATEGORIES.find(([id]) => id === owner.category)?.[1] ?? owner.category
    } else {
      byOther.set(event.name, (byOther.get(event.name) ?? 0) + self)
      label = `other: ${event.name}`
    }
    parts.set(label, (parts.get(label) ?? 0) + self)
    const nextScriptOwner = owner?.script ? owner : scriptOwner
    for (const child of node.children) charge(child, owner, nextScriptOwner, parts)
  }

  /** @param {Node} node */
  const visit = (node) => {
    if (isTask(node.event)) {
      if (navigation && node.end <= navigation.ts) return
      /** @type {Map<string, number>} */
      const parts = new Map()
      charge(node, null, null, parts)
      const duration = ms(node.end - node.start)
      const mostly = largest(parts)
      tasks.push({
        start: ms(node.start - origin),
        duration,
        blocking: Math.max(0, duration - LONG_TASK_MS),
        afterFcp: fcpTs !== null && node.start >= fcpTs,
        mostly,
        mostlyMs: ms(parts.get(mostly) ?? 0),
      })
      return
    }
    const children = node.children.reduce((sum, child) => sum + (child.end - child.start), 0)
    if (!navigation || node.end > navigation.ts) outside += node.end - node.start - children
    for (const child of node.children) visit(child)
  }
  for (const root of nest(completeEvents(onMain))) visit(root)

  const busyMs = tasks.reduce((sum, task) => sum + task.duration, 0)
  const scripts = [...byScript.values()]
    .map((entry) => ({ ...entry, totalMs: entry.evaluationMs + entry.functionCallMs }))
    .filter((entry) => entry.totalMs > 0 || entry.microtasksMs > 0)
    .sort((a, b) => b.totalMs - a.totalMs || a.script.localeCompare(b.script))
  return {
    mainThread: main,
    documentUrl,
    origin,
    fcp: fcpTs === null ? null : ms(fcpTs - origin),
    end: ms(endTs - origin),
    busyMs,
    taskCount: tasks.length,
    longTaskCount: tasks.filter((task) => task.duration > LONG_TASK_MS).length,
    tbtMs:
      fcpTs === null
        ? null
        : tasks.filter((task) => task.afterFcp).reduce((sum, task) => sum + task.blocking, 0),
    outsideTasksMs: ms(outside),
    tasks: tasks.sort((a, b) => b.duration - a.duration || a.start - b.start),
    categories: TRACE_CATEGORIES.map(([id, label]) => ({
      id,
      label,
      ms: ms(byCategory.get(id) ?? 0),
    })),
    scripts,
    functions: [...byFunction.values()]
      .filter((fn) => fn.ms > 0)
      .sort((a, b) => b.ms - a.ms || a.fn.localeCompare(b.fn)),
    other: [...byOther]
      .filter(([, us]) => us > 0)
      .map(([name, us]) => ({ name, ms: ms(us) }))
      .sort((a, b) => b.ms - a.ms || a.name.localeCompare(b.name)),
  }
}

/**
 * The run whose main thread was busy for the median time (of an even number, the shorter of
 * the middle two), so its figures all come from one real load.
 * @template {{ busyMs: number }} T
 * @param {readonly T[]} runs
 * @returns {T}
 */
export const medianRun = (runs) => {
  if (!runs.length) throw new RangeError('no runs')
  const sorted = [...runs].sort((a, b) => a.busyMs - b.busyMs)
  return sorted[Math.floor((sorted.length - 1) / 2)]
}

/** @param {number} part @param {number} whole */
const share = (part, whole) => (whole > 0 ? `${Math.round((part / whole) * 100)}%` : '–')

/**
 * A label with its leading path as Markdown code, e.g. "`/_next/static/chunks/a.js` (evaluation)".
 * @param {string} text
 */
const code = (text) => text.replace(/^(\/\S*)/, '`$1`')

/**
 * The summary as Markdown: one line of totals, then the longest tasks, the time by kind of work,
 * by script and by function, and what "other" was.
 * @param {TraceSummary} summary
 * @param {{ top?: number }} [options] rows of the task, script and function tables
 */
export const formatTraceSummary = (summary, { top = 10 } = {}) => {
  const long = summary.tasks.filter((task) => task.duration > LONG_TASK_MS)
  const totals = [
    `Main thread busy **${formatMs(summary.busyMs)}** in ${summary.taskCount} tasks`,
    `${summary.longTaskCount} long (over ${LONG_TASK_MS} ms, ${formatMs(long.reduce((sum, task) => sum + task.duration, 0))} together)`,
    summary.fcp === null
      ? 'no First Contentful Paint in the trace, so no blocking time'
      : `First Contentful Paint at ${formatMs(summary.fcp)}; tasks starting after it block for **${formatMs(summary.tbtMs)}** (their time beyond ${LONG_TASK_MS} ms, up to the end of the trace at ${formatMs(summary.end)})`,
  ].join(', ')
  const sections = [
    `${totals}.`,
    `Longest tasks (start: since navigation start):\n\n${table(
      ['Start', 'Duration', 'Beyond 50 ms', 'Mostly'],
      summary.tasks
        .slice(0, top)
        .map((task) => [
          formatMs(task.start),
          formatMs(task.duration),
          task.blocking > 0
            ? `${formatMs(task.blocking)}${task.afterFcp ? '' : ' (before FCP)'}`
            : '–',
          `${code(task.mostly)}, ${formatMs(task.mostlyMs)}`,
        ]),
    )}`,
    `Self time by kind of work (nested events subtracted; JavaScript's own time goes to the script event around it):\n\n${table(
      ['Kind', 'Time', 'Share'],
      summary.categories.map((category) => [
        category.label,
        formatMs(category.ms),
        share(category.ms, summary.busyMs),
      ]),
    )}`,
  ]
  if (summary.scripts.length)
    sections.push(
      `By script (evaluation: compiling and running its top level; function calls: its functions run from later tasks; microtasks: promise callbacks run when its evaluation or call ended, not in its total):\n\n${table(
        ['Script', 'Evaluation', 'Function calls', 'Total', 'Microtasks after'],
        summary.scripts
          .slice(0, top)
          .map((script) => [
            code(script.script),
            script.evaluations ? formatMs(script.evaluationMs) : '–',
            script.calls
              ? `${formatMs(script.functionCallMs)} (${script.calls} call${script.calls === 1 ? '' : 's'})`
              : '–',
            formatMs(script.totalMs),
            script.microtasksMs > 0 ? formatMs(script.microtasksMs) : '–',
          ]),
      )}`,
    )
  if (summary.functions.length)
    sections.push(
      `Costliest function calls (function, script:line:column; minified names):\n\n${table(
        ['Function', 'Calls', 'Time'],
        summary.functions.slice(0, top).map((fn) => [`\`${fn.fn}\``, fn.calls, formatMs(fn.ms)]),
      )}`,
    )
  const other = summary.other.filter((entry) => entry.ms >= 0.05).slice(0, 5)
  if (other.length)
    sections.push(
      `"Other" is mostly: ${other.map((entry) => `${entry.name} ${formatMs(entry.ms)}`).join(', ')}.`,
    )
  if (summary.outsideTasksMs >= 0.05)
    sections.push(`Outside any task (not counted above): ${formatMs(summary.outsideTasksMs)}.`)
  return sections.join('\n\n')
}
