/**
 * Generates utils/pregate-tables.generated.ts: the content script's pre-gate cue characters
 * (utils/pregate.ts cueChars(): single-character cues and the first two characters of every
 * longer cue, folded), checked in so an ordinary page pays no table building.
 * tests/unit/onpage-pregate.test.ts fails when the file is out of date.
 * Runs after trad-map.ts (scripts/gen/index.ts): the pairs are folded through the fresh map.
 *
 *   npx tsx scripts/gen/pregate-tables.ts [--check]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pregateTablesFile } from '../../utils/pregate-gen';

const out = path.resolve(import.meta.dirname, '../../utils/pregate-tables.generated.ts');
const text = pregateTablesFile();
if (process.argv.includes('--check')) {
  if (readFileSync(out, 'utf8') !== text) {
    console.error('utils/pregate-tables.generated.ts is out of date: run npm run gen');
    process.exit(1);
  }
  console.log('pregate tables up to date');
} else {
  writeFileSync(out, text);
  console.log(`wrote ${path.relative(process.cwd(), out)}`);
}
