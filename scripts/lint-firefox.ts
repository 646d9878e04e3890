/**
 * `npm run lint:firefox`: web-ext lint on the Firefox build. Fails on any error and on any
 * warning except one known kind: Preact's renderer trips the generic "unsafe assignment to
 * innerHTML" warning in every bundle that contains it (it assigns there only what a component
 * passes as dangerouslySetInnerHTML, which our code never does — checked below on the sources).
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
const isPreactInnerHtml = (w: { code: string; message: string }) =>
  w.code === 'UNSAFE_VAR_ASSIGNMENT' && /innerHTML/.test(w.message);
const unexpected = report.warnings.filter((w) => !isPreactInnerHtml(w));
for (const w of report.warnings) {
  console.log(`${isPreactInnerHtml(w) ? 'known' : 'WARNING'} ${w.code}: ${w.message} (${w.file ?? ''})`);
}
for (const e of report.errors) console.log(`ERROR ${e.code}: ${e.message} (${e.file ?? ''})`);

// The known warning is only acceptable while our own code never touches innerHTML.
const SOURCE_DIRS = ['entrypoints', 'onpage', 'background', 'components', 'core', 'utils'];
const ownInnerHtml: string[] = [];
const walk = (dir: string) => {
  if (!fs.existsSync(dir)) return;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p);
    else if (/\.(ts|tsx)$/.test(e.name) && /innerHTML|dangerouslySetInnerHTML/.test(fs.readFileSync(p, 'utf8'))) {
      ownInnerHtml.push(path.relative(ROOT, p));
    }
  }
};
SOURCE_DIRS.forEach((d) => walk(path.join(ROOT, d)));
for (const f of ownInnerHtml) console.log(`ERROR: ${f} uses innerHTML`);

const { errors, warnings, notices } = report.summary;
console.log(
  `web-ext lint: ${errors} errors, ${warnings} warnings (${warnings - unexpected.length} known Preact innerHTML), ${notices} notices`,
);
process.exit(errors > 0 || unexpected.length > 0 || ownInnerHtml.length > 0 ? 1 : 0);
