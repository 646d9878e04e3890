/**
 * Reading a Chromium trace (category devtools.timeline, recorded through the page's DevTools
 * session) of one page load: the extension's work on the page's main thread — every top-level
 * EvaluateScript (parse, compile and run of an injected script) and FunctionCall (its callbacks:
 * idle slices, timers, listeners, message replies) whose script URL is the extension's, summed by
 * THREAD time (tdur). Thread time, not wall time: on a busy 2-core machine the renderer is often
 * descheduled in the middle of a task. (The worker's CPU time is read from the OS instead, see
 * ./worker-cpu.ts: a browser-wide trace with every thread's tasks cost seconds per load here.)
 */

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
}

export function pageWork(events: TraceEvent[], extOrigin: string): PageWork {
  const ours = events
    .filter((e) => e.ph === 'X' && (e.name === 'EvaluateScript' || e.name === 'FunctionCall'))
    .filter((e) => e.args?.data?.url?.startsWith(extOrigin))
    .sort((a, b) => a.pid - b.pid || a.tid - b.tid || a.ts - b.ts);
  const out: PageWork = { page: 0, pageWall: 0, parts: {} };
  let end = -1;
  let thread = '';
  for (const e of ours) {
    const k = `${e.pid}:${e.tid}`;
    if (k === thread && e.ts < end) continue; // nested in the previous top-level event
    thread = k;
    end = e.ts + (e.dur ?? 0);
    const ms = (e.tdur ?? e.dur ?? 0) / 1000;
    out.page += ms;
    out.pageWall += (e.dur ?? 0) / 1000;
    const key = `${e.args!.data!.url!.split('/').pop()} ${e.name === 'EvaluateScript' ? 'eval' : 'calls'}`;
    out.parts[key] = (out.parts[key] ?? 0) + ms;
  }
  return out;
}
