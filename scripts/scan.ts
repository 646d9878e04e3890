/**
 * Classify files or JSON lines with exactly the code the extension ships.
 *
 *   npm run -s scan -- FILE.html FILE.txt ...   one JSON line per file
 *   npm run -s scan -- --jsonl < in.jsonl       {"id","url"?,"title"?,"text"} per line
 *   npm run -s scan -- --jsonl --message < in.jsonl
 *        messages (SMS / WeChat): {"id","text"} in, {"id","kind","level","tips":[{"id","start","end","text"}]} out
 *
 * HTML is reduced to visible text with onpage/sampler.ts under happy-dom (no scripts run),
 * the title comes from <title>.
 */
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { Window } from 'happy-dom';
import { classify } from '../core/detect/index';
import type { ClassifyInput, Verdict } from '../core/types';
import { sampleVisibleText } from '../onpage/sampler';

const SAMPLE_MAX = 200_000;

export function htmlToInput(html: string, url?: string): ClassifyInput {
  const window = new Window({
    url: url ?? 'https://localhost/',
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      navigation: { disableMainFrameNavigation: true, disableChildFrameNavigation: true, disableChildPageNavigation: true },
    },
  });
  try {
    const document = window.document;
    document.write(html);
    const title = (document.querySelector('title')?.textContent ?? '').trim();
    const body = document.body ?? document.documentElement;
    const sample = sampleVisibleText(body as unknown as Node, { maxChars: SAMPLE_MAX });
    return { url, title, text: sample.text };
  } finally {
    void window.happyDOM.close();
  }
}

function out(v: Verdict): Record<string, unknown> {
  return {
    kind: v.kind,
    level: v.level,
    score: v.score,
    reasons: v.reasons,
    tips: v.tips.map((t) => ({ id: t.id, start: t.start, end: t.end, text: t.text, ...(t.rate ? { rate: t.rate } : {}) })),
  };
}

function messageOut(v: Verdict): Record<string, unknown> {
  return { kind: v.kind, level: v.level, tips: v.tips.map((t) => ({ id: t.id, start: t.start, end: t.end, text: t.text })) };
}

async function jsonl(message: boolean): Promise<void> {
  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let n = 0;
  for await (const line of rl) {
    n++;
    if (!line.trim()) continue;
    let id: unknown = null;
    try {
      const o = JSON.parse(line) as Record<string, unknown>;
      if (!o || typeof o !== 'object' || Array.isArray(o)) throw new Error('not a JSON object');
      id = o.id ?? null;
      if (typeof o.text !== 'string') throw new Error('missing string field "text"');
      const input: ClassifyInput = {
        text: o.text,
        url: typeof o.url === 'string' ? o.url : undefined,
        title: typeof o.title === 'string' ? o.title : undefined,
      };
      const v = message ? messageOut(classify({ text: o.text }, { mode: 'message' })) : out(classify(input));
      process.stdout.write(JSON.stringify({ id, ...v }) + '\n');
    } catch (err) {
      process.stdout.write(JSON.stringify({ id: id ?? `line ${n}`, error: (err as Error).message }) + '\n');
    }
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args.includes('--jsonl')) return jsonl(args.includes('--message'));
  if (args.length === 0) {
    console.error('usage: scan FILE.html|FILE.txt ...  |  scan --jsonl [--message] < input.jsonl');
    process.exit(2);
  }
  let failed = false;
  for (const file of args) {
    try {
      const raw = readFileSync(file, 'utf8');
      const input: ClassifyInput = /\.html?$/i.test(file) ? htmlToInput(raw) : { text: raw };
      process.stdout.write(JSON.stringify({ file, ...out(classify(input)) }) + '\n');
    } catch (err) {
      failed = true;
      process.stdout.write(JSON.stringify({ file, error: (err as Error).message }) + '\n');
    }
  }
  if (failed) process.exitCode = 1;
}

if (process.argv[1] && /scan\.ts$/.test(process.argv[1])) void main();
