/**
 * Evaluate the classifier on labelled JSON lines ({"id","url"?,"title"?,"text","label","hard"?}).
 *
 *   npm run -s eval -- FILE.jsonl ...             the shipped classify() (its checked-in weights)
 *   npm run -s eval -- --cv 10 FILE.jsonl ...     stratified 10-fold cross-validation: learned vs
 *                                                 rules-only, all pages and without title-only
 *                                                 (< 40 chars) pages, misclassified ids with top features
 *      --extra FILE    pages always in the training part, never scored (our own fixtures)
 *      --curve         learning curve: CV figures training on 25 / 50 / 75 / 100 % of each training part
 *      --top           the ten features weighing most for each class (fitted on everything)
 *      --json          machine-readable
 */
import { classify } from '../core/detect/index';
import { calibrationOf, crossValidate, fitSelected, MODEL_CLASSES, names, vectorise, type Vectorised } from './lib/learn';
import { KINDS, naive, readLabelled, report, type Labelled, type Report } from './lib/metrics';

export { KINDS, naive, readLabelled, report, type Labelled, type Report };

const f3 = (x: number): string => x.toFixed(3);

export function table(name: string, r: Report): string {
  const lines = [`## ${name}  (n=${r.n}, accuracy ${r.accuracy})`, '', 'class     precision  recall  f1     support'];
  for (const k of KINDS) {
    const c = r.perClass[k]!;
    lines.push(`${k.padEnd(9)} ${f3(c.precision).padStart(9)}  ${f3(c.recall).padStart(6)}  ${f3(c.f1)}  ${String(c.support).padStart(7)}`);
  }
  lines.push(`flagged vs none: precision ${f3(r.flagged.precision)}, recall ${f3(r.flagged.recall)}; hard negatives right: ${f3(r.hardNegatives.accuracy)} of ${r.hardNegatives.n}`);
  lines.push('', 'confusion (rows = label, columns = predicted)', '          ' + KINDS.map((k) => k.padStart(8)).join(''));
  for (const a of KINDS) lines.push(a.padEnd(10) + KINDS.map((b) => String(r.confusion[a]![b]).padStart(8)).join(''));
  return lines.join('\n');
}

const isTitleOnly = (r: Labelled): boolean => (r.title ?? '').length + r.text.length < 40;

function cv(data: Vectorised[], k: number, extra: Vectorised[], json: boolean): unknown {
  const pred = crossValidate(data, k, extra);
  const feats = names();
  const learned = (v: Vectorised) => pred.get(v)!.kind;
  const sets = { all: data, 'body (≥ 40 chars)': data.filter((v) => !isTitleOnly(v.row)) };
  const out: Record<string, { learned: Report; rulesOnly: Report }> = {};
  for (const [name, set] of Object.entries(sets)) {
    const rows = set.map((v) => v.row);
    const byRow = new Map(set.map((v) => [v.row, v]));
    out[name] = {
      learned: report(rows, (r) => learned(byRow.get(r)!)),
      rulesOnly: report(rows, (r) => byRow.get(r)!.rulesOnly),
    };
  }
  const why = data
    .filter((v) => learned(v) !== v.row.label)
    .map((v) => {
      const p = pred.get(v)!;
      const k = MODEL_CLASSES.indexOf(p.kind);
      const top = v.x.index
        .map((i, j) => [feats[i]!, v.x.value[j]! * p.fit.weights[k]![i]!] as const)
        .filter(([, c]) => c > 0)
        .sort((a, b) => b[1] - a[1])
        .slice(0, 3)
        .map(([n, c]) => `${n}+${c.toFixed(1)}`);
      return { id: v.row.id, label: v.row.label, predicted: p.kind, p: Math.round(Math.max(...p.probs) * 100) / 100, top };
    });
  const cal = calibrationOf(data, pred);
  if (!json) {
    for (const [name, r] of Object.entries(out)) {
      console.log(table(`${k}-fold CV, learned — ${name}`, r.learned) + '\n');
      console.log(table(`${k}-fold CV, rules only — ${name}`, r.rulesOnly) + '\n');
    }
    const folds = [...new Set([...pred.values()].map((p) => `L2 ${p.l2} T ${p.temperature.toFixed(2)}`))];
    console.log(`chosen by each fold's inner ${'cross-validation'}: ${folds.join('; ')}`);
    for (const [name, c] of Object.entries(cal)) {
      console.log(`calibration, ${name}: ECE ${c.ece}  ` + c.bins.map((b) => `[${b.from.toFixed(1)}–${b.to.toFixed(1)}) n ${b.n} conf ${b.confidence} acc ${b.accuracy}`).join('; '));
    }
    console.log(`misclassified by the learned model (${why.length}):`);
    for (const m of why) console.log(`  ${m.id} ${m.label}→${m.predicted} (p ${m.p}) ${m.top.join(' ')}`);
  }
  return { ...out, calibration: cal, misclassified: why };
}

function curve(data: Vectorised[], k: number, extra: Vectorised[], json: boolean): unknown {
  const rows: Record<string, unknown>[] = [];
  for (const share of [0.25, 0.5, 0.75, 1]) {
    const pred = crossValidate(data, k, share < 1 ? [] : extra, share);
    const r = report(
      data.map((v) => v.row),
      (row) => pred.get(data.find((v) => v.row === row)!)!.kind,
    );
    const minF1 = Math.min(...KINDS.map((c) => r.perClass[c]!.f1));
    rows.push({ share, accuracy: r.accuracy, flaggedP: r.flagged.precision, flaggedR: r.flagged.recall, minF1: Math.round(minF1 * 1000) / 1000, scamP: r.perClass.scam!.precision, hardNeg: r.hardNegatives.accuracy });
  }
  if (!json) {
    console.log('learning curve (share of each training part; extra pages only at 100 %)');
    for (const r of rows) console.log('  ' + Object.entries(r).map(([a, b]) => `${a} ${b}`).join('  '));
  }
  return rows;
}

function top(data: Vectorised[], extra: Vectorised[], json: boolean): unknown {
  const f = fitSelected(data, extra).fit;
  const feats = names();
  const out = Object.fromEntries(
    MODEL_CLASSES.map((c, k) => [c, feats.map((n, i) => [n, Math.round(f.weights[k]![i]! * 100) / 100] as const).sort((a, b) => b[1] - a[1]).slice(0, 10)]),
  );
  if (!json) for (const [c, list] of Object.entries(out)) console.log(`${c}: ${list.map(([n, w]) => `${n} ${w}`).join(', ')}`);
  return out;
}

function main(): void {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const k = args.includes('--cv') ? Number(args[args.indexOf('--cv') + 1]) : 0;
  const extraFiles = args.flatMap((a, i) => (args[i - 1] === '--extra' ? [a] : []));
  const files = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--cv' && args[i - 1] !== '--extra');
  if (files.length === 0 || (args.includes('--cv') && !(k >= 2))) {
    console.error('usage: eval [--cv K [--extra FILE] [--curve] [--top]] FILE.jsonl ... [--json]');
    process.exit(2);
  }
  const rows = files.flatMap(readLabelled);
  if (!k) {
    const engine = report(rows, (r) => classify(r).kind);
    if (json) process.stdout.write(JSON.stringify({ files, engine }) + '\n');
    else console.log(table('shipped engine (checked-in weights: trained on these pages if they are dev data)', engine) + `\n\nmisclassified: ${engine.misclassified.map((m) => `${m.id}(${m.label}→${m.predicted})`).join(' ')}`);
    return;
  }
  const data = vectorise(rows);
  const extra = vectorise(extraFiles.flatMap(readLabelled));
  const result: Record<string, unknown> = { files, extra: extraFiles, k };
  result.cv = cv(data, k, extra, json);
  if (args.includes('--curve')) result.curve = curve(data, k, extra, json);
  if (args.includes('--top')) result.top = top(data, extra, json);
  if (json) process.stdout.write(JSON.stringify(result) + '\n');
}

if (process.argv[1] && /eval\.ts$/.test(process.argv[1])) main();
