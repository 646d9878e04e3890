/**
 * Reading a Chromium trace (categories in TRACE_CATEGORIES, recorded through the page's DevTools
 * session) of one page load: the extension's work on the page's main thread — every top-level
 * EvaluateScript (parse, compile and run of an injected script) and FunctionCall (its callbacks:
 * idle slices, timers, listeners, message replies) whose script URL is the extension's, summed by
 * THREAD time (tdur). Thread time, not wall time: on a busy 2-core machine the renderer is often
 * descheduled in the middle of a task. (The worker's CPU time is read from the OS instead, see
 * ./worker-cpu.ts: a browser-wide trace with every thread's tasks cost seconds per load here.)
 *
 * Inside those tasks, the nested work the browser did for them is broken out by kind (style
 * recalculation, layout, garbage collection, compilation), so "our script is slow" can be told
 * apart from "our script made the page recalculate its style".
 */

/** devtools.timeline: tasks, style, layout, GC; v8.compile events come with devtools.timeline too. */
export const TRACE_CATEGORIES = ['devtools.timeline', 'v8'];

export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { data?: { url?: string } };
}

export interface PageWork {
  /** thread time of the extension's tasks on the page's main thread (ms) */
  page: number;
  /** wall time of the same tasks (ms) */
  pageWall: number;
  /** thread time by script and kind ("content.js eval", "engine.js calls"…) */
  parts: Record<string, number>;
  /** thread time of nested work inside the extension's tasks, by kind (style, layout, gc, compile) */
  inside: Record<string, number>;
}

/** Nested trace events by what they stand for. */
const NESTED: Record<string, string> = {
  UpdateLayoutTree: 'style',
  RecalculateStyles: 'style',
  Layout: 'layout',
  MinorGC: 'gc',
  MajorGC: 'gc',
  'V8.GCScavenger': 'gc',
  'V8.GCFinalizeMC': 'gc',
  'V8.GCIncrementalMarking': 'gc',
  'v8.compile': 'compile',
  'V8.CompileCode': 'compile',
  'v8.parseOnBackground': 'compile',
};

const ms = (e: TraceEvent) => (e.tdur ?? e.dur ?? 0) / 1000;

export function pageWork(events: TraceEvent[], extOrigin: string): PageWork {
  const complete = events.filter((e) => e.ph === 'X');
  const ours = complete
    .filter((e) => e.name === 'EvaluateScript' || e.name === 'FunctionCall')
    .filter((e) => e.args?.data?.url?.startsWith(extOrigin))
    .sort((a, b) => a.pid - b.pid || a.tid - b.tid || a.ts - b.ts);
  const out: PageWork = { page: 0, pageWall: 0, parts: {}, inside: {} };
  const tops: TraceEvent[] = [];
  let end = -1;
  let thread = '';
  for (const e of ours) {
    const k = `${e.pid}:${e.tid}`;
    if (k === thread && e.ts < end) continue; // nested in the previous top-level event
    thread = k;
    end = e.ts + (e.dur ?? 0);
    tops.push(e);
    out.page += ms(e);
    out.pageWall += (e.dur ?? 0) / 1000;
    const key = `${e.args!.data!.url!.split('/').pop()} ${e.name === 'EvaluateScript' ? 'eval' : 'calls'}`;
    out.parts[key] = (out.parts[key] ?? 0) + ms(e);
  }
  // Nested work: an event of a known kind on the same thread, within one of our top-level tasks
  // (outermost of its kind only, so a GC inside a style recalc is not counted twice).
  const nested = complete.filter((e) => NESTED[e.name]).sort((a, b) => a.ts - b.ts);
  for (const top of tops) {
    const topEnd = top.ts + (top.dur ?? 0);
    let innerEnd = -1;
    for (const e of nested) {
      if (e.pid !== top.pid || e.tid !== top.tid || e.ts < top.ts || e.ts >= topEnd || e.ts < innerEnd) continue;
      innerEnd = e.ts + (e.dur ?? 0);
      const kind = NESTED[e.name]!;
      out.inside[kind] = (out.inside[kind] ?? 0) + ms(e);
    }
  }
  return out;
}
