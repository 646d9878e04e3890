/**
 * Generates onpage/pregate-tables.generated.ts: the content script's pre-gate cue characters
 * (onpage/pregate.ts cueChars(): single-character cues and the first two characters of every
 * longer cue, folded), checked in so an ordinary page pays no table building — the pre-gate
 * scans with one native RegExp made from them. tests/unit/onpage-pregate.test.ts fails when
 * the file is out of date: run `npm run gen` after editing rule phrases.
 *
 * The pairs are folded through core/detect/trad-map.generated.ts, which gen-rules.ts writes;
 * gen-all runs generators in name order (this one first), so gen-rules runs here beforehand.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';

const dir = import.meta.dirname;
const r = spawnSync('npx', ['tsx', path.join(dir, 'gen-rules.ts')], { stdio: 'inherit' });
if (r.status !== 0) process.exit(r.status ?? 1);
// Imported after gen-rules, so the trad map it reads is the fresh one.
const { pregateTablesFile } = await import('../onpage/pregate-gen');
const out = path.resolve(dir, '../onpage/pregate-tables.generated.ts');
writeFileSync(out, pregateTablesFile());
console.log(`wrote ${path.relative(process.cwd(), out)}`);
