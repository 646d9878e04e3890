/**
 * Evaluate the classifier on labelled JSON lines ({"id","url"?,"title"?,"text","label"}):
 * per-class precision / recall / F1, confusion matrix, misclassified ids — and the same for a
 * naive keyword baseline (逾期/催收 → overdue, else 借款/贷款 → lender, else none; it never
 * says scam).
 *
 *   npm run -s eval -- FILE.jsonl [--json]
 */
import { readFileSync } from 'node:fs';
import { classify } from '../core/detect/index';
import type { ClassifyInput, PageKind } from '../core/types';

export const KINDS: readonly PageKind[] = ['scam', 'overdue', 'lender', 'none'];

export interface Labelled extends ClassifyInput {
  id: string;
  label: PageKind;
}

export function naive(input: ClassifyInput): PageKind {
  const t = (input.title ?? '') + '\n' + input.text;
  if (/逾期|催收/.test(t)) return 'overdue';
  if (/借款|贷款/.test(t)) return 'lender';
  return 'none';
}

export interface Report {
  n: number;
  accuracy: number;
  perClass: Record<string, { precision: number; recall: number; f1: number; support: number }>;
  /** confusion[label][predicted] */
  confusion: Record<string, Record<string, number>>;
  misclassified: { id: string; label: PageKind; predicted: PageKind }[];
}

export function report(rows: readonly Labelled[], predict: (r: Labelled) => PageKind): Report {
  const confusion: Report['confusion'] = {};
  for (const a of KINDS) confusion[a] = Object.fromEntries(KINDS.map((b) => [b, 0]));
  const misclassified: Report['misclassified'] = [];
  let ok = 0;
  for (const r of rows) {
    const p = predict(r);
    confusion[r.label]![p]!++;
    if (p === r.label) ok++;
    else misclassified.push({ id: r.id, label: r.label, predicted: p });
  }
  const perClass: Report['perClass'] = {};
  for (const k of KINDS) {
    const tp = confusion[k]![k]!;
    const predicted = KINDS.reduce((s, l) => s + confusion[l]![k]!, 0);
    const support = KINDS.reduce((s, p) => s + confusion[k]![p]!, 0);
    const precision = predicted ? tp / predicted : support ? 0 : 1;
    const recall = support ? tp / support : 1;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    perClass[k] = { precision: r3(precision), recall: r3(recall), f1: r3(f1), support };
  }
  return { n: rows.length, accuracy: r3(rows.length ? ok / rows.length : 0), perClass, confusion, misclassified };
}

const r3 = (x: number): number => Math.round(x * 1000) / 1000;

export function readLabelled(file: string): Labelled[] {
  const rows: Labelled[] = [];
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (!line.trim()) return;
      const o = JSON.parse(line) as Record<string, unknown>;
      if (typeof o.text !== 'string' || !KINDS.includes(o.label as PageKind)) {
        throw new Error(`line ${i + 1}: needs string "text" and "label" in ${KINDS.join('|')}`);
      }
      rows.push({
        id: String(o.id ?? `line ${i + 1}`),
        label: o.label as PageKind,
        text: o.text,
        url: typeof o.url === 'string' ? o.url : undefined,
        title: typeof o.title === 'string' ? o.title : undefined,
      });
    });
  return rows;
}

function table(name: string, r: Report): string {
  const lines = [`## ${name}  (n=${r.n}, accuracy ${r.accuracy})`, '', 'class     precision  recall  f1     support'];
  for (const k of KINDS) {
    const c = r.perClass[k]!;
    lines.push(`${k.padEnd(9)} ${c.precision.toFixed(3).padStart(9)}  ${c.recall.toFixed(3).padStart(6)}  ${c.f1.toFixed(3)}  ${String(c.support).padStart(7)}`);
  }
  lines.push('', 'confusion (rows = label, columns = predicted)', '          ' + KINDS.map((k) => k.padStart(8)).join(''));
  for (const a of KINDS) lines.push(a.padEnd(10) + KINDS.map((b) => String(r.confusion[a]![b]).padStart(8)).join(''));
  lines.push('', `misclassified (${r.misclassified.length}): ` + r.misclassified.map((m) => `${m.id}(${m.label}→${m.predicted})`).join(' '));
  return lines.join('\n');
}

function main(): void {
  const args = process.argv.slice(2);
  const file = args.find((a) => !a.startsWith('--'));
  if (!file) {
    console.error('usage: eval FILE.jsonl [--json]');
    process.exit(2);
  }
  const rows = readLabelled(file);
  const engine = report(rows, (r) => classify(r).kind);
  const baseline = report(rows, naive);
  if (args.includes('--json')) {
    process.stdout.write(JSON.stringify({ file, engine, baseline }) + '\n');
  } else {
    console.log(table('engine', engine) + '\n\n' + table('naive baseline (逾期/催收 → overdue, 借款/贷款 → lender)', baseline));
  }
}

if (process.argv[1] && /eval\.ts$/.test(process.argv[1])) main();
