/**
 * npm run bench:page [-- --runs 15] [--json]
 *
 * What Loan Guard costs a page, in Debian Chromium (headless, flags per DESIGN.md, fresh
 * profiles). Three browsers side by side, runs alternating between them:
 *   none  — no extension
 *   empty — a tiny MV3 extension whose content script is empty (built in a temp folder):
 *           the floor every content script pays
 *   lg    — Loan Guard, the normal build (what ships)
 * Pages (local server): a ~100 KB ordinary article, a flagged page (an overdue seed article),
 * and a 5 MB page (seed opening + filler; fewer runs).
 *
 * Per load we read:
 *   load_ms        navigation start → loadEventEnd (Navigation Timing, in the page)
 *   main_thread_ms the main-thread CPU time of the extension's own tasks, from a Chromium trace
 *                  of the load (category devtools.timeline): every top-level EvaluateScript
 *                  (parse, compile and run of an injected script: the detector, the engine, the
 *                  overlay) and FunctionCall (its callbacks: idle slices, timers, listeners) whose
 *                  script is one of the extension's, summed by their thread time (tdur). Thread
 *                  time, not wall time: on a busy machine the renderer is often descheduled in
 *                  the middle of a task (other processes of the same page load), which inflated
 *                  wall-clock figures of the same work 2–7× from load to load. The wall-clock sum
 *                  of the same events is reported too (main_thread_wall_ms).
 *   task_ms        CDP Performance.getMetrics TaskDuration for the page (all main-thread work:
 *                  page + every content script, wall clock)
 * and report medians, ratios lg/none and lg/empty, the same main-thread figure for the empty
 * extension (the floor of any content script), and the gzip size of the always-injected script.
 * Tracing is on for every load of every configuration, so they are compared alike.
 */
import { chromium, type BrowserContext } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { chromiumArgs, CHROMIUM, htmlPage, startServer } from '../tests/browser/harness';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const JSON_OUT = argv.includes('--json');
const RUNS = Number(argv[argv.indexOf('--runs') + 1]) > 0 && argv.includes('--runs') ? Number(argv[argv.indexOf('--runs') + 1]) : 15;
const log = (...a: unknown[]) => {
  if (!JSON_OUT) console.log(...a);
  else console.error(...a);
};

function build(outDir: string): string {
  execFileSync('npx', ['wxt', 'build'], {
    cwd: ROOT,
    env: { ...process.env, LG_OUT_DIR: outDir },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return path.join(ROOT, outDir, 'chrome-mv3');
}

function emptyExtension(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lg-empty-ext-'));
  fs.writeFileSync(
    path.join(dir, 'manifest.json'),
    JSON.stringify({
      manifest_version: 3,
      name: 'empty content script',
      version: '1.0',
      background: { service_worker: 'bg.js' },
      content_scripts: [{ matches: ['<all_urls>'], js: ['c.js'], run_at: 'document_idle', all_frames: true }],
    }),
  );
  fs.writeFileSync(path.join(dir, 'bg.js'), '');
  fs.writeFileSync(path.join(dir, 'c.js'), '');
  return dir;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const round = (x: number, d = 2) => Number(x.toFixed(d));

async function launch(extDir: string | null) {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lg-bench-profile-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: chromiumArgs(extDir, null),
    viewport: { width: 1280, height: 900 },
    locale: 'zh-CN',
  });
  if (extDir) {
    // Wait for the service worker: the extension is loaded.
    if (!context.serviceWorkers().length) await context.waitForEvent('serviceworker', { timeout: 15_000 });
  }
  // Close the welcome tab (Loan Guard opens it on install) and anything else.
  await new Promise((r) => setTimeout(r, 500));
  for (const p of context.pages()) await p.close().catch(() => {});
  return { context, close: async () => { await context.close(); fs.rmSync(userDataDir, { recursive: true, force: true }); } };
}

interface Sample {
  load: number;
  /** thread time of the extension's tasks (ms) */
  main: number;
  /** wall time of the same tasks (ms) */
  wall: number;
  task: number;
  /** thread time by script and kind ("content.js eval", "engine.js calls"…) */
  parts: Record<string, number>;
}

interface TraceEvent {
  name: string;
  ph: string;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { data?: { url?: string } };
}

/**
 * The extension's top-level script work in a trace: EvaluateScript and FunctionCall events of
 * one of its scripts (extOrigin, e.g. "chrome-extension://abc…/"), not nested in another one.
 */
export function extensionWork(events: TraceEvent[], extOrigin: string): Omit<Sample, 'load' | 'task'> {
  const ours = events
    .filter((e) => e.ph === 'X' && (e.name === 'EvaluateScript' || e.name === 'FunctionCall'))
    .filter((e) => e.args?.data?.url?.startsWith(extOrigin))
    .sort((a, b) => a.tid - b.tid || a.ts - b.ts);
  let main = 0;
  let wall = 0;
  const parts: Record<string, number> = {};
  let end = -1;
  let tid = -1;
  for (const e of ours) {
    if (e.tid === tid && e.ts < end) continue; // nested in the previous top-level event
    tid = e.tid;
    end = e.ts + (e.dur ?? 0);
    const ms = (e.tdur ?? e.dur ?? 0) / 1000;
    main += ms;
    wall += (e.dur ?? 0) / 1000;
    const key = `${e.args!.data!.url!.split('/').pop()} ${e.name === 'EvaluateScript' ? 'eval' : 'calls'}`;
    parts[key] = (parts[key] ?? 0) + ms;
  }
  return { main, wall, parts };
}

/**
 * One load. With `extOrigin`, the load is traced and the extension's work read from the trace;
 * tracing slows page loads, so load times come from untraced loads only (extOrigin null).
 */
async function measureOnce(context: BrowserContext, url: string, settleMs: number, extOrigin: string | null): Promise<Sample> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => void events.push(...(e.value as unknown as TraceEvent[])));
  const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  if (extOrigin) {
    await cdp.send('Tracing.start', {
      transferMode: 'ReportEvents',
      traceConfig: { includedCategories: ['devtools.timeline'], excludedCategories: ['*'] },
    } as never);
  }
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  await page.waitForTimeout(settleMs); // let idle callbacks (the detector, the engine, the overlay) run
  const load = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    return nav.loadEventEnd - nav.startTime;
  });
  const metrics = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  const task = (metrics.metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0) * 1000;
  if (extOrigin) {
    await cdp.send('Tracing.end');
    await complete;
  }
  await cdp.detach().catch(() => {});
  await page.close();
  const work = extOrigin ? extensionWork(events, extOrigin) : { main: 0, wall: 0, parts: {} };
  return { load, task, ...work };
}

async function main() {
  log('building Loan Guard…');
  // LG_OUT_DIR=.output-x builds into .output-x-bench, so engineers benchmarking at the same
  // time do not overwrite each other's builds.
  const plainDir = build(process.env.LG_OUT_DIR ? `${process.env.LG_OUT_DIR}-bench` : '.output-bench');
  const cs = fs.readFileSync(path.join(plainDir, 'content-scripts/content.js'));
  const gzipBytes = zlib.gzipSync(cs, { level: 9 }).length;
  const emptyDir = emptyExtension();

  const seedsDir = path.resolve(ROOT, '../shared/corpus/seeds');
  const seedFile = fs.readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort()[0]!;
  const seed = fs.readFileSync(path.join(seedsDir, seedFile), 'utf8');
  const seedTitle = seed.split('\n').find((l) => l.trim())!.replace(/^#+\s*/, '');
  const para =
    '清晨的湖面上飘着薄雾，沿着步道走一圈大约需要四十分钟。路边的银杏叶开始变黄，几位老人在亭子里下棋，' +
    '孩子们在草地上追着风筝跑。午后我们去了附近的小镇，尝了当地有名的米粉和桂花糕，又在老街的书店里坐了一会儿。\n';
  const ordinary = htmlPage('湖边的一天：散步、米粉和老街书店', para.repeat(Math.ceil(100_000 / (para.length * 3))));
  const filler = '今天的天气很好，我们去公园散步，看到湖边有很多人在钓鱼，孩子们在草地上放风筝。\n';
  const big = htmlPage(seedTitle, seed + '\n' + filler.repeat(Math.ceil((5 * 1024 * 1024) / (filler.length * 3))));

  const server = await startServer();
  const pages = [
    { name: 'ordinary', url: server.page('/ordinary.html', ordinary), bytes: Buffer.byteLength(ordinary), runs: RUNS, settle: 800 },
    { name: 'flagged', url: server.page('/flagged.html', htmlPage(seedTitle, seed)), bytes: Buffer.byteLength(seed), runs: RUNS, settle: 1200 },
    { name: 'big5mb', url: server.page('/big.html', big), bytes: Buffer.byteLength(big), runs: Math.min(RUNS, 5), settle: 2000 },
  ];
  log(`pages: ${pages.map((p) => `${p.name} ${(p.bytes / 1024).toFixed(0)} KB`).join(', ')}; runs ${RUNS}`);

  const configs = [
    { name: 'none', dir: null as string | null },
    { name: 'empty', dir: emptyDir },
    { name: 'lg', dir: plainDir },
  ];
  const browsers = new Map<string, Awaited<ReturnType<typeof launch>>>();
  for (const c of configs) browsers.set(c.name, await launch(c.dir));
  // Each extension's origin, to find its scripts in the traces.
  const origins = new Map<string, string | null>();
  for (const c of configs) {
    const sw = browsers.get(c.name)!.context.serviceWorkers()[0];
    // (URL.origin is "null" for a chrome-extension: URL, so cut it by hand)
    origins.set(c.name, sw ? sw.url().replace(/^(chrome-extension:\/\/[^/]+\/).*$/, '$1') : null);
  }

  const results: Record<string, Record<string, Sample[]>> = {};
  const traced: Record<string, Record<string, Sample[]>> = {};
  try {
    for (const p of pages) {
      results[p.name] = { none: [], empty: [], lg: [] };
      traced[p.name] = { empty: [], lg: [] };
      // Warm-up: one load per browser (disk cache, compile caches), not counted.
      for (const c of configs) await measureOnce(browsers.get(c.name)!.context, p.url, 200, null);
      for (let i = 0; i < p.runs; i++) {
        // Alternate, rotating the order each run so no config always goes first.
        for (let k = 0; k < configs.length; k++) {
          const c = configs[(i + k) % configs.length]!;
          const ctx = browsers.get(c.name)!.context;
          results[p.name]![c.name]!.push(await measureOnce(ctx, p.url, p.settle, null));
          // then a traced load of the same page for the extension's main-thread work
          const origin = origins.get(c.name);
          if (origin) traced[p.name]![c.name]!.push(await measureOnce(ctx, p.url, p.settle, origin));
        }
      }
      log(`  ${p.name}: done`);
    }
  } finally {
    for (const b of browsers.values()) await b.close();
    await server.close();
    fs.rmSync(emptyDir, { recursive: true, force: true });
  }

  const summary: Record<string, unknown> = {};
  for (const p of pages) {
    const r = results[p.name]!;
    const t = traced[p.name]!;
    const load = { none: median(r.none!.map((s) => s.load)), empty: median(r.empty!.map((s) => s.load)), lg: median(r.lg!.map((s) => s.load)) };
    const task = { none: median(r.none!.map((s) => s.task)), empty: median(r.empty!.map((s) => s.task)), lg: median(r.lg!.map((s) => s.task)) };
    summary[p.name] = {
      runs: p.runs,
      load_ms: { none: round(load.none), empty: round(load.empty), lg: round(load.lg) },
      ratio_vs_none: round(load.lg / load.none, 3),
      ratio_vs_empty: round(load.lg / load.empty, 3),
      main_thread_ms: round(median(t.lg!.map((s) => s.main))),
      main_thread_ms_max: round(Math.max(...t.lg!.map((s) => s.main))),
      main_thread_wall_ms: round(median(t.lg!.map((s) => s.wall))),
      // the same figure for the empty content script: what any content script costs at least
      main_thread_ms_empty: round(median(t.empty!.map((s) => s.main))),
      task_ms: { none: round(task.none), empty: round(task.empty), lg: round(task.lg) },
      task_ms_extra_vs_empty: round(task.lg - task.empty),
      // median thread time of each script and kind (0 in loads where it did not occur)
      parts_ms: Object.fromEntries(
        [...new Set(t.lg!.flatMap((s) => Object.keys(s.parts)))].sort().map((k) => [k, round(median(t.lg!.map((s) => s.parts[k] ?? 0)))]),
      ),
    };
  }
  const ord = summary.ordinary as { ratio_vs_none: number; ratio_vs_empty: number; main_thread_ms: number };
  const out = {
    ratio_vs_none: ord.ratio_vs_none,
    ratio_vs_empty: ord.ratio_vs_empty,
    main_thread_ms: ord.main_thread_ms,
    content_script_gzip_bytes: gzipBytes,
    content_script_bytes: cs.length,
    goals: { ratio_vs_empty: 1.05, main_thread_ms: 5, content_script_gzip_bytes: 20 * 1024 },
    pages: summary,
    chromium: execFileSync(CHROMIUM, ['--version']).toString().trim(),
    load_average: os.loadavg().map((x) => round(x)),
  };
  if (JSON_OUT) {
    console.log(JSON.stringify(out));
  } else {
    console.log(JSON.stringify(out, null, 2));
    const ok = ord.ratio_vs_empty <= 1.05 && ord.main_thread_ms <= 5 && gzipBytes <= 20 * 1024;
    console.log(ok ? 'within budget' : 'OVER BUDGET');
  }
}

// Run only as a script (the trace reading above is also used by ad-hoc probes).
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
