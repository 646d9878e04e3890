/**
 * npm run bench:page [-- --runs 8] [--only overdue,big5mb] [--json]
 *
 * What Loan Guard costs while browsing, in Debian Chromium (headless, fresh profiles). Four
 * browsers side by side, loads alternating between them in one run:
 *   none  — no extension
 *   empty — a tiny MV3 extension whose content script and worker are empty (built in a temp
 *           folder): the floor every content script pays
 *   reader — a ten-line content script that reads 2 KB of visible text in an idle slice and sends
 *           it to its worker, which answers (READER_SCRIPT): the floor of this design
 *   lg    — Loan Guard, the normal build (what ships; nothing in it serves this benchmark)
 * on a browsing mix (scripts/bench-pages/fixtures.ts): an ordinary article, an article with money
 * words in passing, a shopping page with 花呗分期/白条, a flagged overdue article, a flagged
 * lender page, a 5 MB page (fewer runs).
 *
 * Per page kind and run: one untraced load per browser for load time (navigation start →
 * loadEventEnd; tracing slows loads), then one traced load per extension for the extension's
 * main-thread work in the page (thread time from a Chromium trace, scripts/bench-pages/trace.ts)
 * and its service worker's own CPU time over the same load (scripts/bench-pages/worker-cpu.ts). Every 4th run starts with the worker stopped (as after Chrome's 30 s idle
 * timeout), so the worker's first task after a start — script evaluation plus, where the engine
 * lives in the worker, the engine build — is seen apart from a warm classification.
 * parts_ms breaks lg's main-thread time down by script and task kind (eval / calls) and, as
 * "inside: …", the style, layout, GC and compile work nested in those tasks.
 * Reported: median and p95 (nearest rank) of main-thread time for lg and empty, load ratios
 * lg/empty and lg/none (of median load times), worker ms warm and cold for lg and empty.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { CHROMIUM, startServer } from '../tests/browser/harness';
import { launchBench, type BenchBrowser } from './bench-pages/browser';
import { buildPages } from './bench-pages/fixtures';
import { pageWork, TRACE_CATEGORIES, type PageWork, type TraceEvent } from './bench-pages/trace';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const JSON_OUT = argv.includes('--json');
const runsArg = argv.includes('--runs') ? Number(argv[argv.indexOf('--runs') + 1]) : NaN;
const RUNS = runsArg > 0 ? Math.floor(runsArg) : 8;
/** page kinds to measure (default: all) */
const ONLY = argv.includes('--only') ? new Set(String(argv[argv.indexOf('--only') + 1]).split(',')) : null;
const COLD_EVERY = 4;
const log = (...a: unknown[]) => (JSON_OUT ? console.error(...a) : console.log(...a));

function build(outDir: string): string {
  execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, env: { ...process.env, LG_OUT_DIR: outDir }, stdio: ['ignore', 'ignore', 'inherit'] });
  return path.join(ROOT, outDir, 'chrome-mv3');
}

/**
 * The least a content script can do to have a page read by its worker: in an idle slice, walk
 * the body's visible text (one computed-style read per element) until 2 KB, send it, take the
 * answer. What Loan Guard's watcher does on an unflagged page, without its furniture rules,
 * frames, lifecycle or re-checks: the floor for this design, measured beside Loan Guard.
 */
const READER_SCRIPT = `requestIdleCallback(() => {
  const out = []; let len = 0; const body = document.body; let n = body && body.firstChild;
  while (n && len < 2048) {
    let down = false;
    if (n.nodeType === 1) {
      if (n.tagName !== 'SCRIPT' && n.tagName !== 'STYLE') {
        const cs = getComputedStyle(n);
        down = cs.display !== 'none' && cs.visibility !== 'hidden';
      }
    } else if (n.nodeType === 3) { out.push(n.data); len += n.data.length; }
    if (down && n.firstChild) { n = n.firstChild; continue; }
    while (n && n !== body && !n.nextSibling) n = n.parentNode;
    n = n && n !== body ? n.nextSibling : null;
  }
  chrome.runtime.sendMessage({ url: location.href, title: document.title, text: out.join('').slice(0, 2048) }).then(() => {}, () => {});
});`;
const READER_WORKER = 'chrome.runtime.onMessage.addListener((m, s, reply) => { reply({ verdict: null }); });';

function emptyExtension(kind: 'empty' | 'reader'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `lg-${kind}-ext-`));
  const manifest = {
    manifest_version: 3,
    name: `${kind} content script`,
    version: '1.0',
    background: { service_worker: 'bg.js' },
    content_scripts: [{ matches: ['<all_urls>'], js: ['c.js'], run_at: 'document_idle', all_frames: true }],
  };
  fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifest));
  fs.writeFileSync(path.join(dir, 'bg.js'), kind === 'reader' ? READER_WORKER : '');
  fs.writeFileSync(path.join(dir, 'c.js'), kind === 'reader' ? READER_SCRIPT : '');
  return dir;
}

const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
function median(xs: number[]): number {
  if (!xs.length) return NaN;
  const s = sorted(xs);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}
const p95 = (xs: number[]) => (xs.length ? sorted(xs)[Math.ceil(0.95 * xs.length) - 1]! : NaN);
const round = (x: number, d = 2) => (Number.isFinite(x) ? Number(x.toFixed(d)) : null);

/**
 * One load in a new tab. With `traced`, the page's DevTools session traces the load (the
 * extension's main-thread work) and the worker's CPU time is read before and after.
 */
async function loadOnce(b: BenchBrowser, url: string, settleMs: number, traced: boolean): Promise<{ load: number; work: Work | null }> {
  const page = await b.context.newPage();
  const cdp = await b.context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => void events.push(...(e.value as unknown as TraceEvent[])));
  const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  if (traced) {
    await cdp.send('Tracing.start', {
      transferMode: 'ReportEvents',
      traceConfig: { includedCategories: TRACE_CATEGORIES, excludedCategories: ['*'] },
    } as never);
  }
  const workerBefore = traced ? b.workerCpuMs() : 0;
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  await page.waitForTimeout(settleMs); // idle callbacks, worker replies and the overlay run
  const worker = traced ? Math.max(0, b.workerCpuMs() - workerBefore) : 0;
  const load = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    return nav.loadEventEnd - nav.startTime;
  });
  if (traced) {
    await cdp.send('Tracing.end');
    await complete;
  }
  await cdp.detach().catch(() => {});
  await page.close();
  return { load, work: traced && b.extOrigin ? { ...pageWork(events, b.extOrigin), worker } : null };
}

type Work = PageWork & { worker: number };

interface Samples {
  load: number[];
  page: number[];
  wall: number[];
  parts: Record<string, number>[];
  workerWarm: number[];
  workerCold: number[];
}
const emptySamples = (): Samples => ({ load: [], page: [], wall: [], parts: [], workerWarm: [], workerCold: [] });

async function main() {
  log('building Loan Guard…');
  // LG_OUT_DIR=.output-x builds into .output-x-bench, so parallel benchmarks do not collide.
  const lgDir = build(process.env.LG_OUT_DIR ? `${process.env.LG_OUT_DIR}-bench` : '.output-bench');
  // The always-injected script, whatever it is called: the manifest's first content script.
  const manifest = JSON.parse(fs.readFileSync(path.join(lgDir, 'manifest.json'), 'utf8')) as { content_scripts?: { js?: string[] }[] };
  const csName = manifest.content_scripts?.[0]?.js?.[0];
  const cs = csName ? fs.readFileSync(path.join(lgDir, csName)) : Buffer.alloc(0);
  const emptyDir = emptyExtension('empty');
  const readerDir = emptyExtension('reader');
  const pages = buildPages(path.resolve(ROOT, '../shared')).filter((p) => !ONLY || ONLY.has(p.name));
  const server = await startServer();
  const urls = new Map(pages.map((p) => [p.name, server.page(`/${p.name}.html`, p.html)]));
  for (const p of pages) log(`  ${p.name.padEnd(9)} ${(Buffer.byteLength(p.html) / 1024).toFixed(0).padStart(5)} KB  ${p.what}`);

  const configs = [
    { name: 'none', dir: null as string | null },
    { name: 'empty', dir: emptyDir },
    { name: 'reader', dir: readerDir },
    { name: 'lg', dir: lgDir },
  ];
  const browsers = new Map<string, BenchBrowser>();
  const results: Record<string, Record<string, Samples>> = {};
  const started = Date.now();
  try {
    for (const c of configs) browsers.set(c.name, await launchBench(c.dir));
    for (const p of pages) {
      const runs = p.name === 'big5mb' ? Math.min(RUNS, 3) : RUNS;
      const settle = p.name === 'big5mb' ? 2000 : p.flagged ? 1200 : 800;
      const url = urls.get(p.name)!;
      results[p.name] = Object.fromEntries(configs.map((c) => [c.name, emptySamples()]));
      for (const c of configs) await loadOnce(browsers.get(c.name)!, url, 200, false); // warm-up, not counted
      for (let i = 0; i < runs; i++) {
        const cold = i % COLD_EVERY === 0;
        for (let k = 0; k < configs.length; k++) {
          // Alternate, rotating the order each run so no browser always goes first.
          const c = configs[(i + k) % configs.length]!;
          const b = browsers.get(c.name)!;
          const r = results[p.name]![c.name]!;
          r.load.push((await loadOnce(b, url, settle, false)).load);
          if (!b.extOrigin) continue;
          if (cold) await b.stopWorker();
          const { work } = await loadOnce(b, url, settle, true);
          r.page.push(work!.page);
          r.wall.push(work!.pageWall);
          r.parts.push({ ...work!.parts, ...Object.fromEntries(Object.entries(work!.inside).map(([k, v]) => [`inside: ${k}`, v])) });
          (cold ? r.workerCold : r.workerWarm).push(work!.worker);
        }
      }
      log(`  ${p.name}: done (${((Date.now() - started) / 1000).toFixed(0)} s)`);
    }
  } finally {
    for (const b of browsers.values()) await b.close();
    await server.close();
    fs.rmSync(emptyDir, { recursive: true, force: true });
    fs.rmSync(readerDir, { recursive: true, force: true });
  }
  report(pages.map((p) => p.name), results, cs, csName);
}

function report(names: string[], results: Record<string, Record<string, Samples>>, cs: Buffer, csName: string | undefined) {
  const summary: Record<string, unknown> = {};
  const rows: string[][] = [];
  for (const name of names) {
    const { none, empty, reader, lg } = results[name]! as Record<'none' | 'empty' | 'reader' | 'lg', Samples>;
    const load = { none: median(none.load), empty: median(empty.load), lg: median(lg.load) };
    const partKeys = [...new Set(lg.parts.flatMap((x) => Object.keys(x)))].sort();
    const s = {
      runs: lg.load.length,
      main_thread_ms: { median: round(median(lg.page)), p95: round(p95(lg.page)), max: round(Math.max(...lg.page)) },
      main_thread_ms_empty: { median: round(median(empty.page)), p95: round(p95(empty.page)) },
      main_thread_p95_extra_vs_empty: round(p95(lg.page) - p95(empty.page)),
      main_thread_ms_reader: { median: round(median(reader.page)), p95: round(p95(reader.page)) },
      reader_p95_extra_vs_empty: round(p95(reader.page) - p95(empty.page)),
      main_thread_wall_ms: round(median(lg.wall)),
      load_ms: { none: round(load.none), empty: round(load.empty), lg: round(load.lg) },
      ratio_vs_empty: round(load.lg / load.empty, 3),
      ratio_vs_none: round(load.lg / load.none, 3),
      worker_ms: { warm: round(median(lg.workerWarm)), cold: round(median(lg.workerCold)) },
      worker_ms_empty: { warm: round(median(empty.workerWarm)), cold: round(median(empty.workerCold)) },
      parts_ms: Object.fromEntries(partKeys.map((k) => [k, round(median(lg.parts.map((x) => x[k] ?? 0)))])),
    };
    summary[name] = s;
    rows.push([
      name, String(s.runs), `${s.main_thread_ms.median} / ${s.main_thread_ms.p95}`,
      `${s.main_thread_ms_empty.median} / ${s.main_thread_ms_empty.p95}`, String(s.main_thread_p95_extra_vs_empty),
      `${s.main_thread_ms_reader.median} / ${s.main_thread_ms_reader.p95}`,
      String(s.ratio_vs_empty), String(s.ratio_vs_none), `${s.worker_ms.warm} / ${s.worker_ms.cold}`,
      `${s.worker_ms_empty.warm} / ${s.worker_ms_empty.cold}`,
    ]);
  }
  // The worker's first task after a start, beyond what an empty worker's start costs: where the
  // engine lives in the worker, this is the engine build (plus its larger script's evaluation).
  const coldExtra = names
    .map((n) => {
      const s = summary[n] as { worker_ms: { warm: number; cold: number }; worker_ms_empty: { warm: number; cold: number } };
      return s.worker_ms.cold - s.worker_ms.warm - (s.worker_ms_empty.cold - s.worker_ms_empty.warm);
    })
    .filter((x) => Number.isFinite(x));
  const flaggedWarm = ['overdue', 'lender'].filter((n) => n in summary).map((n) => (summary[n] as { worker_ms: { warm: number } }).worker_ms.warm);
  const out = {
    runs: RUNS,
    pages: summary,
    worker: {
      per_classification_ms: round(median(flaggedWarm)),
      per_start_extra_ms: round(median(coldExtra)),
    },
    content_script: csName ?? null,
    content_script_bytes: cs.length,
    content_script_gzip_bytes: zlib.gzipSync(cs, { level: 9 }).length,
    chromium: execFileSync(CHROMIUM, ['--version']).toString().trim(),
    load_average: os.loadavg().map((x) => round(x)),
  };
  if (JSON_OUT) return console.log(JSON.stringify(out));
  const head = ['page', 'runs', 'main ms lg med/p95', 'empty med/p95', 'p95 extra', 'reader med/p95', 'load/empty', 'load/none', 'worker warm/cold', 'empty worker w/c'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  for (const r of [head, ...rows]) console.log(r.map((c, i) => c.padEnd(widths[i]!)).join('  '));
  console.log(`worker: ${out.worker.per_classification_ms} ms per classification (warm, flagged pages); ` +
    `${out.worker.per_start_extra_ms} ms more on a load that starts it than on a warm load (less the same for the ` +
    `empty extension's worker, which no page wakes)`);
  console.log(JSON.stringify(out, null, 2));
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
