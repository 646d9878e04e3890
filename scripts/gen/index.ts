/**
 * `npm run gen` (`-- --check` to only compare): every generator, in this order, each in a fresh
 * process so it reads what the one before it wrote. Tests fail when a generated file is out of
 * date, so run this after editing rule or tip phrases, or knowledge texts.
 *
 *   trad-map        core/text/trad-map.generated.ts      traditional → simplified pairs the phrases need (opencc-js)
 *   knowledge       core/knowledge/*.generated.ts …      zh-TW texts and the overlay's tip texts
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const ORDER = ['trad-map.ts', 'knowledge.ts'];
const extra = process.argv.includes('--check') ? ['--check'] : [];
for (const g of ORDER) {
  console.log(`gen: ${g}`);
  const r = spawnSync('npx', ['tsx', path.join(import.meta.dirname, g), ...extra], { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
