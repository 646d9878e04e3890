/**
 * npm run bench:page [-- --runs 15] [--json]
 *
 * What Loan Guard costs a page, in Debian Chromium (headless, flags per DESIGN.md, fresh
 * profiles). Three browsers side by side, runs alternating between them:
 *   none  — no extension
 *   empty — a tiny MV3 extension whose content script is empty (built in a temp folder):
 *           the floor every content script pays
 *   lg    — Loan Guard, built with WXT_LG_BENCH=1 (the detector records performance.measure
 *           entries "lg:*" around each unit of its own work; off in normal builds)
 * Pages (local server): a ~100 KB ordinary article, a flagged page (an overdue seed article),
 * and a 5 MB page (seed opening + filler; fewer runs).
 *
 * Per load we read:
 *   load_ms        navigation start → loadEventEnd (Navigation Timing, in the page)
 *   main_thread_ms the script's own work: sum of its top-level lg:* measures after the page
 *                  settled — lg:eval (the whole evaluation of the injected script: bundle
 *                  top level, module initialisation of the engine's data, WXT's context
 *                  set-up and main(), i.e. lg:main; bench-page wraps the bench build's
 *                  content.js in this timer), lg:engine-eval (the same for the engine script,
 *                  injected only into pages past the pre-gate), lg:engine-build (its automaton,
 *                  built in an idle slice of its own), lg:setup (wiring the detector, in
 *                  the first idle slice), lg:check and lg:mutations. Only V8's parse
 *                  and compile of the script happen outside it; task_ms captures those
 *   task_ms        CDP Performance.getMetrics TaskDuration for the page (all main-thread work:
 *                  page + every content script), so task_ms(lg) − task_ms(empty) is the
 *                  detector's whole extra main-thread cost including script compile
 * and report medians, ratios lg/none and lg/empty, and the gzip size of the always-injected
 * script (from a normal build).
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

function build(outDir: string, bench: boolean): string {
  execFileSync('npx', ['wxt', 'build'], {
    cwd: ROOT,
    env: { ...process.env, LG_OUT_DIR: outDir, ...(bench ? { WXT_LG_BENCH: '1' } : {}) },
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
  main: number;
  task: number;
  /** every lg:* / lg-part:* measure of the load, summed by name */
  parts: Record<string, number>;
}

async function measureOnce(context: BrowserContext, url: string, settleMs: number): Promise<Sample> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  await page.waitForTimeout(settleMs); // let idle callbacks (the detector) run
  const { load, main, parts } = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const top = new Set(['lg:eval', 'lg:engine-eval', 'lg:engine-build', 'lg:setup', 'lg:check', 'lg:mutations']);
    const measures = performance.getEntriesByType('measure').filter((m) => m.name.startsWith('lg'));
    const main = measures.filter((m) => top.has(m.name)).reduce((a, m) => a + m.duration, 0);
    const parts: Record<string, number> = {};
    for (const m of measures) parts[m.name] = (parts[m.name] ?? 0) + m.duration;
    return { load: nav.loadEventEnd - nav.startTime, main, parts };
  });
  const metrics = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  const task = (metrics.metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0) * 1000;
  await cdp.detach().catch(() => {});
  await page.close();
  return { load, main, task, parts };
}

async function main() {
  log('building Loan Guard (normal and bench builds)…');
  // LG_OUT_DIR=.output-x puts the two builds in .output-x-bench{,-plain}, so engineers benchmarking
  // at the same time do not overwrite each other's builds.
  const base = process.env.LG_OUT_DIR ? `${process.env.LG_OUT_DIR}-bench` : '.output-bench';
  const plainDir = build(`${base}-plain`, false);
  const benchDir = build(base, true);
  // Time the whole evaluation of the injected script (main() runs synchronously inside it), so
  // module initialisation and WXT's set-up count too, not only the detector's own units.
  // The engine (entrypoints/engine.ts), injected only into pages past the pre-gate, is timed
  // the same way as lg:engine-eval.
  const timeEval = (file: string, name: string) => {
    fs.writeFileSync(
      file,
      `var __lgEval0=performance.now();${fs.readFileSync(file, 'utf8')}\n` +
        `;performance.measure('${name}',{start:__lgEval0,end:performance.now()});\n`,
    );
  };
  timeEval(path.join(benchDir, 'content-scripts/content.js'), 'lg:eval');
  timeEval(path.join(benchDir, 'engine.js'), 'lg:engine-eval');
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
    { name: 'lg', dir: benchDir },
  ];
  const browsers = new Map<string, Awaited<ReturnType<typeof launch>>>();
  for (const c of configs) browsers.set(c.name, await launch(c.dir));

  const results: Record<string, Record<string, Sample[]>> = {};
  try {
    for (const p of pages) {
      results[p.name] = { none: [], empty: [], lg: [] };
      // Warm-up: one load per browser (disk cache, compile caches), not counted.
      for (const c of configs) await measureOnce(browsers.get(c.name)!.context, p.url, 200);
      for (let i = 0; i < p.runs; i++) {
        // Alternate, rotating the order each run so no config always goes first.
        for (let k = 0; k < configs.length; k++) {
          const c = configs[(i + k) % configs.length]!;
          results[p.name]![c.name]!.push(await measureOnce(browsers.get(c.name)!.context, p.url, p.settle));
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
    const load = { none: median(r.none!.map((s) => s.load)), empty: median(r.empty!.map((s) => s.load)), lg: median(r.lg!.map((s) => s.load)) };
    const task = { none: median(r.none!.map((s) => s.task)), empty: median(r.empty!.map((s) => s.task)), lg: median(r.lg!.map((s) => s.task)) };
    summary[p.name] = {
      runs: p.runs,
      load_ms: { none: round(load.none), empty: round(load.empty), lg: round(load.lg) },
      ratio_vs_none: round(load.lg / load.none, 3),
      ratio_vs_empty: round(load.lg / load.empty, 3),
      main_thread_ms: round(median(r.lg!.map((s) => s.main))),
      main_thread_ms_max: round(Math.max(...r.lg!.map((s) => s.main))),
      task_ms: { none: round(task.none), empty: round(task.empty), lg: round(task.lg) },
      task_ms_extra_vs_empty: round(task.lg - task.empty),
      // median of each lg:* / lg-part:* measure (0 in loads where it did not occur)
      parts_ms: Object.fromEntries(
        [...new Set(r.lg!.flatMap((s) => Object.keys(s.parts)))].sort().map((k) => [k, round(median(r.lg!.map((s) => s.parts[k] ?? 0)))]),
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

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
