/** @jest-environment node */
import prettier from 'prettier'

import { BenchError } from '../../../bench/lib/errors.mjs'
import {
  INLINE_SCRIPTS,
  UNNAMED_MODULES,
  categoryOf,
  completeEvents,
  findMainThread,
  formatTraceSummary,
  medianRun,
  nest,
  shortenUrl,
  summarizeTrace,
  traceEnd,
  type TraceEvent,
} from '../../../bench/lib/trace.mjs'

// Hand-made traces: the page's renderer is process 10, its main thread 11; times below in ms.
const PID = 10
const TID = 11
const PAGE = 'http://127.0.0.1:3000/articles/knee'
const chunk = (name: string) => `http://127.0.0.1:3000/_next/static/chunks/${name}.js`
const US = 1000
const T0 = 1_000_000 // µs, where the clock of these traces starts

type Extra = Partial<TraceEvent>

/** A complete event, `start` and `dur` in ms after T0. */
const x = (name: string, start: number, dur: number, extra: Extra = {}): TraceEvent => ({
  name,
  cat: 'devtools.timeline',
  ph: 'X',
  pid: PID,
  tid: TID,
  ts: T0 + start * US,
  dur: dur * US,
  ...extra,
})

/** A top-level task as Chromium records it: RunTask around ThreadControllerImpl::RunTask. */
const task = (start: number, dur: number, ...inner: TraceEvent[]): TraceEvent[] => [
  x('RunTask', start, dur, { cat: 'disabled-by-default-devtools.timeline' }),
  x('ThreadControllerImpl::RunTask', start, dur, { cat: 'toplevel' }),
  ...inner,
]

const threadName = (pid: number, tid: number, name: string): TraceEvent => ({
  name: 'thread_name',
  cat: '__metadata',
  ph: 'M',
  pid,
  tid,
  ts: 0,
  args: { name },
})

const navigationStart = (at: number, url = PAGE, pid = PID, tid = TID): TraceEvent => ({
  name: 'navigationStart',
  cat: 'blink.user_timing',
  ph: 'R',
  pid,
  tid,
  ts: T0 + at * US,
  args: {
    data: { documentLoaderURL: url, isLoadingMainFrame: true, isOutermostMainFrame: true },
  },
})

const fcp = (at: number): TraceEvent => ({
  name: 'firstContentfulPaint',
  cat: 'loading,rail,devtools.timeline',
  ph: 'R',
  pid: PID,
  tid: TID,
  ts: T0 + at * US,
  args: { data: {} },
})

const evaluate = (start: number, dur: number, url?: string): TraceEvent =>
  x('EvaluateScript', start, dur, { args: { data: url === undefined ? {} : { url } } })

const call = (start: number, dur: number, url: string, functionName = 'run', column = 7) =>
  x('FunctionCall', start, dur, {
    args: { data: { url, functionName, lineNumber: 1, columnNumber: column } },
  })

/** A page's trace: the main thread's name, its navigation at 0, and `events`. */
const trace = (...events: TraceEvent[]) => [
  threadName(PID, TID, 'CrRendererMain'),
  navigationStart(0),
  ...events,
]

const category = (summary: ReturnType<typeof summarizeTrace>, id: string) =>
  summary.categories.find((entry) => entry.id === id)?.ms

const script = (summary: ReturnType<typeof summarizeTrace>, name: string) =>
  summary.scripts.find((entry) => entry.script === name)

describe('shortenUrl', () => {
  it('keeps the path of the page’s own scripts and host and path of others', () => {
    expect(shortenUrl(`${chunk('abc')}?v=1`, PAGE)).toBe('/_next/static/chunks/abc.js')
    expect(shortenUrl('https://cdn.example.com/lib.js', PAGE)).toBe('cdn.example.com/lib.js')
  })

  it('calls scripts without a URL or with the document’s the inline scripts', () => {
    expect(shortenUrl(undefined, PAGE)).toBe(INLINE_SCRIPTS)
    expect(shortenUrl('', PAGE)).toBe(INLINE_SCRIPTS)
    expect(shortenUrl(`${PAGE}#references`, PAGE)).toBe(INLINE_SCRIPTS)
  })

  it('leaves what is not an http(s) URL as it is', () => {
    expect(shortenUrl('chrome-extension://abc/x.js', PAGE)).toBe('chrome-extension://abc/x.js')
    expect(shortenUrl('not a url', PAGE)).toBe('not a url')
  })
})

describe('categoryOf', () => {
  it.each([
    ['EvaluateScript', 'script-evaluation'],
    ['v8.compile', 'script-evaluation'],
    ['v8.compileModule', 'script-evaluation'],
    ['v8.evaluateModule', 'script-evaluation'],
    ['FunctionCall', 'function-call'],
    ['RunMicrotasks', 'microtasks'],
    ['ParseHTML', 'html-parsing'],
    ['UpdateLayoutTree', 'style'],
    ['RecalculateStyles', 'style'],
    ['Layout', 'layout'],
    ['Paint', 'paint'],
    ['PrePaint', 'paint'],
    ['Layerize', 'paint'],
    ['Commit', 'paint'],
    ['MinorGC', 'gc'],
    ['MajorGC', 'gc'],
    ['V8.GC_SCAVENGER', 'gc'],
    ['RunTask', null],
    ['Receive mojo message', null],
  ])('%s is %s', (name, expected) => {
    expect(categoryOf(x(name, 0, 1))).toBe(expected)
  })
})

describe('completeEvents', () => {
  it('pairs begin and end events of a thread, innermost first, and keeps complete ones', () => {
    const b = (name: string, at: number, args = {}): TraceEvent => ({
      name,
      ph: 'B',
      pid: PID,
      tid: TID,
      ts: T0 + at * US,
      args,
    })
    const e = (at: number, args = {}): TraceEvent => ({
      name: '',
      ph: 'E',
      pid: PID,
      tid: TID,
      ts: T0 + at * US,
      args,
    })
    const events = completeEvents([
      b('Layout', 0, { beginData: { dirtyObjects: 3 } }),
      b('UpdateLayoutTree', 2),
      e(5),
      e(9, { endData: { layoutRoots: 1 } }),
      x('Paint', 10, 1),
      b('ParseHTML', 5),
    ])
    const byName = Object.fromEntries(events.map((event) => [event.name, event]))
    expect(byName.UpdateLayoutTree).toMatchObject({ ph: 'X', ts: T0 + 2 * US, dur: 3 * US })
    expect(byName.Layout).toMatchObject({
      ph: 'X',
      ts: T0,
      dur: 9 * US,
      args: { beginData: { dirtyObjects: 3 }, endData: { layoutRoots: 1 } },
    })
    expect(byName.Paint.dur).toBe(US)
    // Never ended: it lasts to the end of the trace, the Paint's end at 11 ms.
    expect(byName.ParseHTML).toMatchObject({ ph: 'X', ts: T0 + 5 * US, dur: 6 * US })
    expect(traceEnd(events)).toBe(T0 + 11 * US)
  })

  it('ends an open begin event with the trace', () => {
    const events = completeEvents([
      { name: 'ParseHTML', ph: 'B', pid: PID, tid: TID, ts: T0 },
      x('Paint', 30, 10, { tid: TID + 1 }),
    ])
    expect(events.find((event) => event.name === 'ParseHTML')?.dur).toBe(40 * US)
  })
})

describe('nest', () => {
  it('puts each event under the innermost one still running, and cuts what sticks out', () => {
    const [root, ...others] = nest([
      x('Child', 10, 20),
      x('Root', 0, 50),
      x('Grandchild', 12, 5),
      x('Late', 40, 30),
      x('Zero', 45, 0),
    ])
    expect(others.map((node) => node.event.name)).toEqual([])
    expect(root.event.name).toBe('Root')
    expect(root.children.map((node) => node.event.name)).toEqual(['Child', 'Late'])
    expect(root.children[0].children.map((node) => node.event.name)).toEqual(['Grandchild'])
    expect(root.children[1].end - root.children[1].start).toBe(10 * US)
  })
})

describe('findMainThread', () => {
  it('takes the renderer main thread of the process with the navigation', () => {
    const events = [
      threadName(PID, TID, 'CrRendererMain'),
      threadName(20, 21, 'CrRendererMain'),
      threadName(PID, 12, 'Compositor'),
      navigationStart(0),
      x('Busy', 1, 1, { pid: 20, tid: 21 }),
      x('Busy', 2, 1, { pid: 20, tid: 21 }),
      x('Busy', 3, 1, { pid: 20, tid: 21 }),
    ]
    expect(findMainThread(events)).toEqual({ pid: PID, tid: TID, events: 2 })
  })

  it('knows the process from the browser’s commit event too', () => {
    const events = [
      threadName(PID, TID, 'CrRendererMain'),
      threadName(20, 21, 'CrRendererMain'),
      x('Busy', 1, 1, { pid: 20, tid: 21 }),
      {
        name: 'FrameCommittedInBrowser',
        ph: 'I',
        pid: 1,
        tid: 1,
        ts: T0,
        args: { data: { processId: PID, url: PAGE, isOutermostMainFrame: true } },
      },
    ]
    expect(findMainThread(events).pid).toBe(PID)
  })

  it('prefers the navigation to the given URL, and of several threads the busiest', () => {
    const other = 'http://127.0.0.1:3000/'
    const events = [
      threadName(PID, TID, 'CrRendererMain'),
      threadName(20, 21, 'CrRendererMain'),
      threadName(30, 31, 'CrRendererMain'),
      navigationStart(0, other),
      navigationStart(5, PAGE, 20, 21),
      x('Busy', 1, 1),
      x('Busy', 2, 1),
      x('Busy', 3, 1, { pid: 30, tid: 31 }),
      x('Busy', 4, 1, { pid: 30, tid: 31 }),
      x('Busy', 5, 1, { pid: 30, tid: 31 }),
    ]
    expect(findMainThread(events, { url: PAGE }).pid).toBe(20)
    // Without a URL, both navigations count: the busier of their threads.
    expect(findMainThread(events).pid).toBe(PID)
    // No navigation at all: the busiest renderer.
    const quiet = events.filter((event) => event.name !== 'navigationStart')
    expect(findMainThread(quiet).pid).toBe(30)
  })

  it('is a one-line error without any renderer main thread', () => {
    expect(() => findMainThread([threadName(1, 1, 'CrBrowserMain')])).toThrow(BenchError)
  })
})

describe('summarizeTrace', () => {
  it('subtracts nested events: self time by kind of work adds up to the tasks', () => {
    const summary = summarizeTrace(
      trace(
        ...task(
          10,
          100,
          evaluate(15, 40, chunk('app')), // 40, of which 10 compile and 8 GC
          x('v8.compile', 15, 10, { args: { data: { url: chunk('app') } } }),
          x('MinorGC', 30, 8, { cat: 'devtools.timeline,v8' }),
          x('V8.GC_SCAVENGER', 31, 4, { cat: 'disabled-by-default-v8.gc' }),
          x('ParseHTML', 60, 20, { args: { beginData: { url: PAGE } } }),
          x('HTMLDocumentParser::PumpTokenizer', 61, 5, { cat: 'blink' }), // HTML parsing still
          x('UpdateLayoutTree', 82, 6, { cat: 'blink,devtools.timeline' }),
          x('Layout', 88, 12),
          x('Paint', 101, 3),
        ),
        ...task(200, 30, x('Receive mojo message', 201, 20, { cat: 'toplevel,mojom' })),
      ),
    )
    expect(summary.taskCount).toBe(2)
    expect(summary.busyMs).toBe(130)
    expect(category(summary, 'script-evaluation')).toBe(32)
    expect(category(summary, 'gc')).toBe(8)
    expect(category(summary, 'html-parsing')).toBe(20)
    expect(category(summary, 'style')).toBe(6)
    expect(category(summary, 'layout')).toBe(12)
    expect(category(summary, 'paint')).toBe(3)
    // Task 1: 100 − 40 − 20 − 6 − 12 − 3 = 19; task 2: 30.
    expect(category(summary, 'other')).toBe(49)
    expect(summary.categories.reduce((sum, entry) => sum + entry.ms, 0)).toBe(summary.busyMs)
    // RunTask and ThreadControllerImpl::RunTask span the same time: the outer one has no self time.
    expect(summary.other).toEqual([
      { name: 'ThreadControllerImpl::RunTask', ms: 29 },
      { name: 'Receive mojo message', ms: 20 },
    ])
    expect(script(summary, '/_next/static/chunks/app.js')).toMatchObject({
      evaluationMs: 32,
      functionCallMs: 0,
      totalMs: 32,
      evaluations: 1,
    })
    expect(summary.tasks[0]).toMatchObject({
      start: 10,
      duration: 100,
      blocking: 50,
      mostly: '/_next/static/chunks/app.js (evaluation)',
      mostlyMs: 32,
    })
  })

  it('counts each task once although Chromium nests two task events', () => {
    const summary = summarizeTrace(trace(...task(0, 60), ...task(70, 10)))
    expect(summary.tasks.map((entry) => entry.duration)).toEqual([60, 10])
    expect(summary.outsideTasksMs).toBe(0)
  })

  it('finds long tasks, and blocking time after First Contentful Paint to the end', () => {
    const summary = summarizeTrace(
      trace(
        ...task(0, 120), // long, but before FCP
        fcp(150),
        ...task(140, 60), // straddles FCP: started before it
        ...task(210, 80), // 30 beyond 50 ms
        ...task(400, 40), // short
        ...task(500, 150), // 100 beyond
        ...task(2000, 51), // 1 beyond, near the end of the trace
      ),
    )
    expect(summary.fcp).toBe(150)
    expect(summary.longTaskCount).toBe(5)
    expect(summary.tbtMs).toBe(131)
    expect(summary.end).toBe(2051)
    expect(summary.tasks.map((entry) => entry.duration)).toEqual([150, 120, 80, 60, 51, 40])
    expect(summary.tasks.find((entry) => entry.start === 140)).toMatchObject({
      blocking: 10,
      afterFcp: false,
    })
  })

  it('has no blocking time without a First Contentful Paint', () => {
    const summary = summarizeTrace(trace(...task(0, 120)))
    expect(summary.fcp).toBeNull()
    expect(summary.tbtMs).toBeNull()
    expect(summary.longTaskCount).toBe(1)
  })

  it('takes the paint of the page’s navigation', () => {
    const events = trace(...task(0, 10))
    const navigation = events[1]
    navigation.args.data.navigationId = 'N2'
    const summary = summarizeTrace([
      ...events,
      { ...fcp(50), args: { data: { navigationId: 'N1' } } },
      { ...fcp(80), args: { data: { navigationId: 'N2' } } },
    ])
    expect(summary.fcp).toBe(80)
  })

  it('leaves out tasks that ended before the navigation, and counts from its start', () => {
    const summary = summarizeTrace([
      threadName(PID, TID, 'CrRendererMain'),
      ...task(0, 20), // about:blank
      navigationStart(100),
      ...task(95, 30),
      ...task(200, 10),
    ])
    expect(summary.taskCount).toBe(2)
    expect(summary.tasks.map((entry) => entry.start)).toEqual([-5, 100])
    expect(summary.documentUrl).toBe(PAGE)
  })

  it('charges script time to each script, inline scripts together', () => {
    const summary = summarizeTrace(
      trace(
        ...task(0, 30, evaluate(1, 4, PAGE), evaluate(6, 2), evaluate(10, 15, chunk('main'))),
        ...task(
          40,
          50,
          call(41, 20, chunk('react'), 'z', 225),
          x('v8.callFunction', 41, 20, { cat: 'v8' }), // JavaScript inside the call: still React's
          x('Layout', 50, 5), // a forced layout is layout
          call(70, 10, chunk('main'), 'onClick', 9),
        ),
        ...task(100, 12, call(101, 10, chunk('react'), 'z', 225)),
        ...task(120, 5, call(121, 3, PAGE, 'push', 3)),
      ),
    )
    // Equal totals: by name.
    expect(summary.scripts).toEqual([
      {
        script: '/_next/static/chunks/main.js',
        evaluationMs: 15,
        functionCallMs: 10,
        totalMs: 25,
        microtasksMs: 0,
        evaluations: 1,
        calls: 1,
      },
      {
        script: '/_next/static/chunks/react.js',
        evaluationMs: 0,
        functionCallMs: 25,
        totalMs: 25,
        microtasksMs: 0,
        evaluations: 0,
        calls: 2,
      },
      {
        script: INLINE_SCRIPTS,
        evaluationMs: 6,
        functionCallMs: 3,
        totalMs: 9,
        microtasksMs: 0,
        evaluations: 2,
        calls: 1,
      },
    ])
    expect(summary.functions).toEqual([
      { fn: 'z /_next/static/chunks/react.js:1:225', calls: 2, ms: 25 },
      { fn: 'onClick /_next/static/chunks/main.js:1:9', calls: 1, ms: 10 },
      { fn: `push ${INLINE_SCRIPTS}:1:3`, calls: 1, ms: 3 },
    ])
    expect(category(summary, 'layout')).toBe(5)
  })

  it('counts microtasks apart, and notes which script’s evaluation ran them', () => {
    const summary = summarizeTrace(
      trace(
        ...task(
          0,
          100,
          evaluate(0, 90, chunk('main')),
          x('v8.run', 1, 88, { cat: 'v8' }),
          x('RunMicrotasks', 10, 70, { cat: 'v8.execute' }),
          call(20, 10, chunk('react')), // a callback with its own event is the script's again
        ),
      ),
    )
    expect(category(summary, 'microtasks')).toBe(60)
    expect(category(summary, 'function-call')).toBe(10)
    expect(category(summary, 'script-evaluation')).toBe(20)
    expect(script(summary, '/_next/static/chunks/main.js')).toMatchObject({
      evaluationMs: 20,
      microtasksMs: 60,
      totalMs: 20,
    })
  })

  it('names module scripts by their compile event, or says the URL is missing', () => {
    const summary = summarizeTrace(
      trace(
        ...task(
          0,
          20,
          x('v8.compileModule', 1, 4, { args: { fileName: chunk('mod') } }),
          x('v8.evaluateModule', 6, 5, { args: {} }),
        ),
      ),
    )
    expect(script(summary, '/_next/static/chunks/mod.js')?.evaluationMs).toBe(4)
    expect(script(summary, UNNAMED_MODULES)?.evaluationMs).toBe(5)
  })

  it('reads begin and end events like complete ones', () => {
    const begin = (name: string, at: number, args = {}): TraceEvent => ({
      name,
      cat: 'devtools.timeline',
      ph: 'B',
      pid: PID,
      tid: TID,
      ts: T0 + at * US,
      args,
    })
    const end = (name: string, at: number): TraceEvent => ({
      name,
      cat: 'devtools.timeline',
      ph: 'E',
      pid: PID,
      tid: TID,
      ts: T0 + at * US,
    })
    const summary = summarizeTrace(
      trace(
        ...task(0, 50),
        begin('ParseHTML', 5),
        begin('Layout', 10),
        end('Layout', 20),
        end('ParseHTML', 30),
      ),
    )
    expect(category(summary, 'layout')).toBe(10)
    expect(category(summary, 'html-parsing')).toBe(15)
  })

  it('reports time outside any task apart', () => {
    const summary = summarizeTrace(trace(...task(0, 10), x('Layout', 20, 4)))
    expect(summary.busyMs).toBe(10)
    expect(summary.outsideTasksMs).toBe(4)
    expect(category(summary, 'layout')).toBe(0)
  })
})

describe('medianRun', () => {
  it('picks the run with the median busy time, the shorter of two middles', () => {
    expect(medianRun([{ busyMs: 30 }, { busyMs: 10 }, { busyMs: 20 }])).toEqual({ busyMs: 20 })
    expect(medianRun([{ busyMs: 40 }, { busyMs: 10 }, { busyMs: 20 }, { busyMs: 30 }])).toEqual({
      busyMs: 20,
    })
    expect(() => medianRun([])).toThrow(RangeError)
  })
})

describe('formatTraceSummary', () => {
  const summary = summarizeTrace(
    trace(
      fcp(40),
      ...task(0, 30, x('ParseHTML', 1, 20), evaluate(5, 4, PAGE)),
      ...task(50, 120, evaluate(50, 110, chunk('main')), x('RunMicrotasks', 60, 90)),
      ...task(200, 60, call(201, 55, chunk('react'), 'z', 225), x('Layout', 230, 10)),
      ...task(300, 5),
    ),
  )

  it('lists the totals, the longest tasks, the kinds of work, the scripts and the functions', () => {
    const markdown = formatTraceSummary(summary)
    expect(markdown).toContain('Main thread busy **215 ms** in 4 tasks, 2 long')
    expect(markdown).toContain('First Contentful Paint at 40.0 ms')
    expect(markdown).toContain('block for **80.0 ms**')
    expect(markdown).toMatch(
      /\| 50\.0 ms +\| 120 ms +\| 70\.0 ms +\| Microtasks \(promise callbacks\), 90\.0 ms/,
    )
    expect(markdown).toMatch(/\| `\/_next\/static\/chunks\/react\.js` \(function calls\), 45\.0 ms/)
    expect(markdown).toMatch(/\| Layout +\| 10\.0 ms +\| 5% +\|/)
    expect(markdown).toMatch(
      /\| `\/_next\/static\/chunks\/main\.js` +\| 20\.0 ms +\| – +\| 20\.0 ms +\| 90\.0 ms +\|/,
    )
    expect(markdown).toMatch(
      /\| `\/_next\/static\/chunks\/react\.js` +\| – +\| 45\.0 ms \(1 call\) +\|/,
    )
    expect(markdown).toContain(`| ${INLINE_SCRIPTS}`)
    expect(markdown).toMatch(/\| `z \/_next\/static\/chunks\/react\.js:1:225` +\| 1 +\| 45\.0 ms/)
    expect(markdown).toContain('"Other" is mostly: ThreadControllerImpl::RunTask')
  })

  it('shows at most `top` rows per table', () => {
    const markdown = formatTraceSummary(summary, { top: 1 })
    const tasks = markdown.split('\n\n')[2]
    expect(tasks.split('\n')).toHaveLength(3)
  })

  it('says so when there was no First Contentful Paint', () => {
    const markdown = formatTraceSummary(summarizeTrace(trace(...task(0, 10))))
    expect(markdown).toContain('no First Contentful Paint in the trace')
    expect(markdown).not.toContain('By script')
  })

  it('is Markdown as Prettier writes it', async () => {
    const markdown = `${formatTraceSummary(summary)}\n`
    const config = await prettier.resolveConfig('BENCHMARKS.md')
    expect(await prettier.format(markdown, { ...config, parser: 'markdown' })).toBe(markdown)
  })
})
