/**
 * Generate core/knowledge/zh-TW.generated.ts from the zh-CN texts with opencc-js (cn → tw:
 * character conversion only, so law titles and app menu names keep their mainland wording).
 *   npx tsx scripts/gen-knowledge.ts          write the file
 *   npx tsx scripts/gen-knowledge.ts --check  exit 1 when the file is out of date
 * tests/unit/knowledge-zhtw.test.ts runs the same generator in memory.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generateZhTW } from '../core/knowledge/generate';

const target = fileURLToPath(new URL('../core/knowledge/zh-TW.generated.ts', import.meta.url));
const text = generateZhTW();
if (process.argv.includes('--check')) {
  const current = readFileSync(target, 'utf8');
  if (current !== text) {
    console.error('zh-TW.generated.ts is out of date: run npx tsx scripts/gen-knowledge.ts');
    process.exit(1);
  }
  console.log('zh-TW.generated.ts is up to date');
} else {
  writeFileSync(target, text);
  console.log(`wrote ${target}`);
}
