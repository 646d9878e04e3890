/**
 * Generate from the knowledge base:
 *   core/knowledge/zh-TW.generated.ts — the zh-CN texts in traditional characters (opencc-js
 *     cn → tw: character conversion only, so law titles and app menu names keep their mainland
 *     wording);
 *   core/rates/text-zh-TW.generated.ts — the same for the rate texts alone;
 *   core/knowledge/tips.generated.ts — every overlay tip in every locale, with its sources
 *     (the overlay script carries these two instead of the whole knowledge base).
 *   npx tsx scripts/gen/knowledge.ts          write the files
 *   npx tsx scripts/gen/knowledge.ts --check  exit 1 when a file is out of date
 * tests/unit/knowledge.test.ts runs the same generators in memory.
 *
 * Order matters: tips are made from the zh-TW files on disk, so those are written first and
 * the tips generator runs in a fresh process.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const check = process.argv.includes('--check');
const part = process.argv.find((a) => a.startsWith('--part='))?.slice('--part='.length);

const PARTS = {
  'zh-TW': 'core/knowledge/zh-TW.generated.ts',
  'rates-zh-TW': 'core/rates/text-zh-TW.generated.ts',
  tips: 'core/knowledge/tips.generated.ts',
} as const;
type Part = keyof typeof PARTS;

async function one(name: Part): Promise<boolean> {
  const file = PARTS[name];
  const target = fileURLToPath(new URL(`../../${file}`, import.meta.url));
  const gen = await import('../../core/knowledge/generate');
  const text = name === 'zh-TW' ? gen.generateZhTW() : name === 'rates-zh-TW' ? gen.generateRateZhTW() : gen.generateTips();
  if (check) {
    if (readFileSync(target, 'utf8') !== text) {
      console.error(`${file} is out of date: run npx tsx scripts/gen/knowledge.ts`);
      return false;
    }
    console.log(`${file} is up to date`);
  } else {
    writeFileSync(target, text);
    console.log(`wrote ${target}`);
  }
  return true;
}

if (part && part in PARTS) {
  process.exit((await one(part as Part)) ? 0 : 1);
} else {
  // each part in its own process, so the tips see the files just written
  for (const p of Object.keys(PARTS)) {
    const r = spawnSync('npx', ['tsx', fileURLToPath(import.meta.url), `--part=${p}`, ...(check ? ['--check'] : [])], { stdio: 'inherit' });
    if (r.status !== 0) process.exit(r.status ?? 1);
  }
}
