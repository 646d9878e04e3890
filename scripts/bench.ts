/**
 * Throughput benchmark of the shipped classify() on ≥ 1 M characters of real text: the pages
 * of ../shared/corpus (dev.jsonl + seeds) as separate documents, repeated until ≥ 1 M chars.
 * Baseline, same process, same documents: String.prototype.indexOf for every phrase of the same
 * rule set (all occurrences), without any normalisation — a lower bound on a naive matcher.
 *
 *   npm run -s bench            human-readable
 *   npm run -s bench -- --json  {"chars","median_ms","baseline_median_ms","ratio","cpu_ms","baseline_cpu_ms","load1"}
 *
 * Each figure is the median of RUNS passes over all documents, after WARMUP passes.
 */
import { readFileSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { classify } from '../core/detect/index';
import { getEngine } from '../core/detect/engine';
import type { ClassifyInput } from '../core/types';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const shared = path.resolve(root, '../shared');
const TARGET = 1_000_000;
const RUNS = Number(process.env.BENCH_RUNS ?? 21);
const WARMUP = 5;

function corpus(): ClassifyInput[] {
  const pages: ClassifyInput[] = [];
  for (const line of readFileSync(path.join(shared, 'corpus/dev.jsonl'), 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const o = JSON.parse(line) as { url?: string; text: string };
    pages.push({ url: o.url, text: o.text });
  }
  const seeds = path.join(shared, 'corpus/seeds');
  for (const f of readdirSync(seeds).sort()) pages.push({ text: readFileSync(path.join(seeds, f), 'utf8') });
  const docs: ClassifyInput[] = [];
  let chars = 0;
  for (let i = 0; chars < TARGET; i++) {
    const p = pages[i % pages.length]!;
    // a fresh string per document, so no engine could cache by identity
    docs.push({ url: p.url, text: p.text + (i >= pages.length ? '\n' + (i / pages.length | 0) : '') });
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

function main(): void {
  const docs = corpus();
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
  const result = {
    chars,
    median_ms: Math.round(engine.ms * 100) / 100,
    baseline_median_ms: Math.round(baseline.ms * 100) / 100,
    ratio: Math.round((baseline.ms / engine.ms) * 10) / 10,
    // extra fields: median CPU time of this process per pass (less sensitive to other load on a
    // shared machine) and the 1-minute load average while it ran
    cpu_ms: Math.round(engine.cpuMs * 100) / 100,
    baseline_cpu_ms: Math.round(baseline.cpuMs * 100) / 100,
    load1: Math.round(os.loadavg()[0]! * 100) / 100,
  };
  if (process.argv.includes('--json')) {
    process.stdout.write(JSON.stringify(result) + '\n');
  } else {
    console.log(`documents: ${docs.length}, characters: ${chars}, phrases: ${phrases.length}, runs: ${RUNS} (+${WARMUP} warm-up)`);
    console.log(`classify():        median ${result.median_ms} ms  (${((engine.ms * 1e6) / chars).toFixed(1)} ns/char; CPU ${engine.cpuMs.toFixed(2)} ms)`);
    console.log(`indexOf baseline:  median ${result.baseline_median_ms} ms  (CPU ${baseline.cpuMs.toFixed(2)} ms)`);
    console.log(`speed-up:          ${result.ratio}×`);
  }
}

main();
