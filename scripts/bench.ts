/**
 * Throughput benchmark of the shipped classify() on ≥ 1 M characters of real text: the page
 * openings of ../shared/corpus (dev.jsonl + dev2.jsonl — lender, overdue and scam pages and many
 * everyday pages that use money words in other senses — + seeds) as separate documents, repeated
 * until ≥ 1 M chars. Each document is a structured clone, as a sample arrives in the worker (a
 * flat string, not a concatenation the engine would have to flatten first).
 * Baseline, same process, same documents: String.prototype.indexOf for every phrase of the same
 * rule set (all occurrences), without any normalisation — a lower bound on a naive matcher.
 *
 * Also the background's view: the first classification in this process (engine build included,
 * as after a worker start), then warm a first look (gate() on a 2 KB opening) and a full sample
 * (classify() on 100 KB of a flagged page).
 *
 *   npm run -s bench            human-readable
 *   npm run -s bench -- --json  {"chars","median_ms","baseline_median_ms","ratio","cpu_ms","baseline_cpu_ms",
 *                               "cold_first_ms","gate_2k_ms","classify_100k_ms","load1"}
 *
 * Each throughput figure is the median of RUNS passes over all documents, after WARMUP passes
 * (the benchmark warms up; the engine does not). On a shared machine trust the CPU times.
 *
 * What is measured is the engine as it ships: core/detect bundled and minified by the same Vite
 * as the extension's background, loaded from a temporary file. (Run as TypeScript through tsx it
 * is ≈ 30 % slower: tsx wraps functions for their names and re-exports through getters.)
 */
import fs, { readFileSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import type { ClassifyInput, Verdict } from '../core/types';

interface ShippedEngine {
  classify(input: ClassifyInput): Verdict;
  gate(input: ClassifyInput): boolean;
  getEngine(): { a: { patterns: readonly string[] } };
}

/** core/detect as the extension ships it: a Vite (production, minified) bundle, imported. */
async function shippedEngine(): Promise<ShippedEngine> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lg-bench-'));
  const entry = path.join(dir, 'entry.ts');
  fs.writeFileSync(
    entry,
    `export { classify, gate } from ${JSON.stringify(path.join(root, 'core/detect/index.ts'))};\n` +
      `export { getEngine } from ${JSON.stringify(path.join(root, 'core/detect/engine.ts'))};\n`,
  );
  const out = await build({
    configFile: false,
    logLevel: 'silent',
    root,
    build: { write: false, target: 'es2022', minify: true, lib: { entry, formats: ['es'], fileName: 'engine' } },
  });
  const chunk = (Array.isArray(out) ? out[0]! : out as { output: { code?: string }[] }).output[0]!;
  const file = path.join(dir, 'engine.mjs');
  fs.writeFileSync(file, (chunk as { code: string }).code);
  return (await import(file)) as ShippedEngine;
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const shared = path.resolve(root, '../shared');
const TARGET = 1_000_000;
const RUNS = Number(process.env.BENCH_RUNS ?? 21);
const WARMUP = 5;

function pages(): ClassifyInput[] {
  const pages: ClassifyInput[] = [];
  for (const file of ['dev.jsonl', 'dev2.jsonl'])
    for (const line of readFileSync(path.join(shared, 'corpus', file), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const o = JSON.parse(line) as { url?: string; text: string };
      pages.push({ url: o.url, text: o.text });
    }
  const seeds = path.join(shared, 'corpus/seeds');
  for (const f of readdirSync(seeds).sort()) pages.push({ text: readFileSync(path.join(seeds, f), 'utf8') });
  return pages;
}

function corpus(pages: ClassifyInput[]): ClassifyInput[] {
  const docs: ClassifyInput[] = [];
  let chars = 0;
  for (let i = 0; chars < TARGET; i++) {
    const p = pages[i % pages.length]!;
    // a fresh string per document, so no engine could cache by identity
    docs.push(structuredClone({ url: p.url, text: p.text + (i >= pages.length ? '\n' + (i / pages.length | 0) : '') }));
    chars += docs[docs.length - 1]!.text.length;
  }
  return docs;
}

function median(xs: number[]): number {
  const s = xs.slice().sort((a, b) => a - b);
  return s[s.length >> 1]!;
}

/** Median wall time (what the JSON reports) and median CPU time of this process (less sensitive to other load). */
function time(fn: () => number): { ms: number; cpuMs: number; sink: number } {
  const samples: number[] = [];
  const cpu: number[] = [];
  let sink = 0;
  for (let r = 0; r < WARMUP + RUNS; r++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    sink += fn();
    const dt = performance.now() - t0;
    const dc = process.cpuUsage(c0);
    if (r >= WARMUP) {
      samples.push(dt);
      cpu.push((dc.user + dc.system) / 1000);
    }
  }
  return { ms: median(samples), cpuMs: median(cpu), sink };
}

/** CPU milliseconds of one call. */
function cpuOnce(fn: () => unknown): number {
  const c0 = process.cpuUsage();
  fn();
  const dc = process.cpuUsage(c0);
  return (dc.user + dc.system) / 1000;
}

/** A flagged page's text (the seeds, repeated) cut to n characters, cloned as a sample arrives. */
function flaggedSample(all: ClassifyInput[], n: number): ClassifyInput {
  const seeds = all.filter((p) => !p.url).map((p) => p.text);
  let text = '';
  while (text.length < n) text += seeds.join('\n');
  return structuredClone({ url: 'https://example.com/article', text: text.slice(0, n) });
}

async function main(): Promise<void> {
  const { classify, gate, getEngine } = await shippedEngine();
  const all = pages();
  const sample2k = flaggedSample(all, 2048);
  const sample100k = flaggedSample(all, 100_000);
  // first: the cold engine, as after a worker start (build + one classification)
  const coldFirst = cpuOnce(() => classify(sample2k));
  const docs = corpus(all);
  const chars = docs.reduce((s, d) => s + d.text.length, 0);
  const phrases = getEngine().a.patterns.filter((p) => p.length > 0);
  const engine = time(() => {
    let flagged = 0;
    for (const d of docs) if (classify(d).kind !== 'none') flagged++;
    return flagged;
  });
  const baseline = time(() => {
    let found = 0;
    for (const d of docs) {
      const t = d.text;
      for (const p of phrases) {
        for (let i = t.indexOf(p); i >= 0; i = t.indexOf(p, i + 1)) found++;
      }
    }
    return found;
  });
  const median = (fn: () => unknown): number => {
    for (let r = 0; r < WARMUP; r++) fn();
    const xs = Array.from({ length: RUNS }, () => cpuOnce(fn));
    return xs.sort((a, b) => a - b)[RUNS >> 1]!;
  };
  const gate2k = median(() => {
    for (let r = 0; r < 100; r++) gate(sample2k);
  }) / 100;
  const classify100k = median(() => classify(sample100k));
  const result = {
    chars,
    median_ms: Math.round(engine.ms * 100) / 100,
    baseline_median_ms: Math.round(baseline.ms * 100) / 100,
    // from CPU times: wall times on a shared machine mostly measure the other processes
    ratio: Math.round((baseline.cpuMs / engine.cpuMs) * 10) / 10,
    // extra fields: median CPU time of this process per pass (less sensitive to other load on a
    // shared machine) and the 1-minute load average while it ran
    cpu_ms: Math.round(engine.cpuMs * 100) / 100,
    baseline_cpu_ms: Math.round(baseline.cpuMs * 100) / 100,
    cold_first_ms: Math.round(coldFirst * 100) / 100,
    gate_2k_ms: Math.round(gate2k * 1000) / 1000,
    classify_100k_ms: Math.round(classify100k * 100) / 100,
    load1: Math.round(os.loadavg()[0]! * 100) / 100,
  };
  if (process.argv.includes('--json')) {
    process.stdout.write(JSON.stringify(result) + '\n');
  } else {
    console.log(`documents: ${docs.length}, characters: ${chars}, phrases: ${phrases.length}, runs: ${RUNS} (+${WARMUP} warm-up)`);
    console.log(`classify():        CPU ${result.cpu_ms} ms (${((engine.cpuMs * 1e6) / chars).toFixed(1)} ns/char); wall median ${result.median_ms} ms`);
    console.log(`indexOf baseline:  CPU ${result.baseline_cpu_ms} ms; wall median ${result.baseline_median_ms} ms`);
    console.log(`speed-up (CPU):    ${result.ratio}×`);
    console.log(`cold engine, first classification (build included): CPU ${result.cold_first_ms} ms`);
    console.log(`warm first look, gate() on 2 KB: CPU ${result.gate_2k_ms} ms; classify() on 100 KB: CPU ${result.classify_100k_ms} ms`);
  }
}

await main();
