/**
 * `npm run gen`: run every generator (scripts/gen-*.ts): traditional-Chinese variants of
 * rule phrases and texts, made with opencc-js and checked in. Tests fail when a generated
 * file is out of date, so run this after editing simplified-Chinese sources.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const dir = import.meta.dirname;
const gens = fs.readdirSync(dir).filter((f) => /^gen-.+\.ts$/.test(f) && f !== 'gen-all.ts').sort();
for (const g of gens) {
  console.log(`gen: ${g}`);
  const r = spawnSync('npx', ['tsx', path.join(dir, g)], { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
