/**
 * `npm run lint:firefox`: web-ext lint on the Firefox build. Fails on lint ERRORS only:
 * Preact's renderer trips two generic "unsafe innerHTML" warnings (it never assigns page
 * text there; our code has no innerHTML), so warnings are listed but do not fail.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');
const dir = path.resolve(ROOT, process.env.LG_OUT_DIR ?? '.output', 'firefox-mv2');
if (!fs.existsSync(path.join(dir, 'manifest.json'))) {
  console.error(`no Firefox build at ${dir}: run \`npm run build:firefox\` first`);
  process.exit(1);
}
const r = spawnSync('npx', ['web-ext', 'lint', '--source-dir', dir, '--output', 'json', '--no-input'], {
  cwd: ROOT,
  encoding: 'utf8',
  maxBuffer: 64 * 1024 * 1024,
});
let report: {
  summary: { errors: number; warnings: number; notices: number };
  errors: Array<{ code: string; message: string; file?: string }>;
  warnings: Array<{ code: string; message: string; file?: string }>;
};
try {
  report = JSON.parse(r.stdout.slice(r.stdout.indexOf('{')));
} catch {
  console.error('web-ext lint gave no JSON report:\n' + r.stdout + r.stderr);
  process.exit(1);
}
for (const w of report.warnings) console.log(`warning ${w.code}: ${w.message} (${w.file ?? ''})`);
for (const e of report.errors) console.log(`ERROR ${e.code}: ${e.message} (${e.file ?? ''})`);
const { errors, warnings, notices } = report.summary;
console.log(`web-ext lint: ${errors} errors, ${warnings} warnings, ${notices} notices`);
process.exit(errors > 0 ? 1 : 0);
