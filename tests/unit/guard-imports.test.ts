/**
 * Guard tests on the source import graph (what the bundler follows; `import type` is erased):
 * - the always-on watcher's closure is an allow-list of files: nothing else ships into every page;
 * - no shipped bundle reaches build-time code (scripts/, generators, opencc-js, training, test tools).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** Value imports and re-exports of a file (type-only ones are erased by the compiler). */
function imports(rel: string): string[] {
  const src = fs.readFileSync(path.join(ROOT, rel), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  const out: string[] = [];
  const re = /(?:^|;|\n)\s*(import|export)\s+(type\s+)?([^'";]*?\s+from\s+)?['"]([^'"]+)['"]/g;
  for (let m = re.exec(src); m; m = re.exec(src)) {
    if (m[2]) continue; // import type / export type
    if (m[1] === 'export' && !m[3]) continue;
    out.push(m[4]!);
  }
  for (const m of src.matchAll(/import\(\s*['"]([^'"]+)['"]\s*\)/g)) out.push(m[1]!);
  return out;
}

function resolve(from: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  const base = path.join(path.dirname(from), spec);
  for (const ext of ['', '.ts', '.tsx', '/index.ts', '/index.tsx']) {
    const f = base + ext;
    if (fs.existsSync(path.join(ROOT, f)) && fs.statSync(path.join(ROOT, f)).isFile()) return path.normalize(f);
  }
  throw new Error(`${from}: cannot resolve ${spec}`);
}

/** Every project file and package the entry reaches. */
function closure(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const todo = [entry];
  while (todo.length) {
    const f = todo.pop()!;
    if (files.has(f)) continue;
    files.add(f);
    for (const spec of imports(f)) {
      const r = resolve(f, spec);
      if (r) todo.push(r);
      else packages.add(spec);
    }
  }
  return { files, packages };
}

describe('the always-on watcher', () => {
  test('imports only the allow-listed files and packages', () => {
    const { files, packages } = closure('entrypoints/watcher.ts');
    expect([...files].sort()).toEqual([
      'core/detect/host.ts', // the sample budgets (two numbers)
      'core/protocol.ts',
      'entrypoints/watcher.ts',
      'onpage/furniture.ts',
      'onpage/lifecycle.ts',
      'onpage/page-changes.ts',
      'onpage/page-state.ts',
      'onpage/sampler.ts',
      'onpage/start.ts',
      'onpage/watcher.ts',
    ]);
    expect([...packages].sort()).toEqual(['wxt/utils/define-unlisted-script']);
  });
});

describe('the overlay, in two scripts', () => {
  // The first script renders the note on a flagged page's first paint, from the view the worker
  // made: no settings parser, catalogs, knowledge base or rate code (issue 12).
  test('the first script imports only the allow-listed files and packages', () => {
    const { files, packages } = closure('entrypoints/overlay.ts');
    expect([...files].sort()).toEqual([
      'core/i18n/fill.ts', // fills the marks count into a looked-up message
      'core/site-memory.ts', // the note's first mode
      'entrypoints/overlay.ts',
      'onpage/furniture.ts', // the sampler skips the same menus and link lists the marks must skip
      'onpage/marks.ts',
      'onpage/overlay/App.tsx',
      'onpage/overlay/Note.tsx',
      'onpage/overlay/TipCard.tsx',
      'onpage/overlay/Toast.tsx',
      'onpage/overlay/handoff.ts',
      'onpage/overlay/mount.tsx',
      'onpage/overlay/obstacles.ts',
      'onpage/overlay/placement.ts',
      'onpage/overlay/styles.ts',
      'onpage/overlay/trusted.ts',
      'onpage/overlay/use-marks.ts',
      'onpage/overlay/use-page.ts',
      'onpage/overlay/use-placement.ts',
      'onpage/overlay/use-site-memory.ts',
      'onpage/overlay/use-tip-card.ts',
      'onpage/overlay/view-key.ts',
      'onpage/page-state.ts',
      'onpage/sampler.ts', // marks map sample offsets to the page's text nodes
    ]);
    expect([...packages].sort()).toEqual(['preact', 'preact/hooks', 'wxt/browser', 'wxt/utils/define-unlisted-script']);
  });
  test('the lazy script brings data and actions, never UI, the engine or the watcher', () => {
    const { files, packages } = closure('entrypoints/overlay-rest.ts');
    expect([...packages].filter((p) => p.startsWith('preact'))).toEqual([]);
    expect([...files].filter((f) => f.endsWith('.tsx'))).toEqual([]);
    expect([...files].filter((f) => f.startsWith('core/detect/'))).toEqual([]);
    expect([...files].filter((f) => f.startsWith('onpage/') && !f.startsWith('onpage/overlay/'))).toEqual([]);
    // what the first script left out is here
    for (const f of ['core/knowledge/tips.ts', 'core/rates/index.ts', 'core/i18n/catalogs/overlay.ts', 'utils/settings-store.ts']) {
      expect(files).toContain(f);
    }
  });
});

describe('shipped code never imports build-time code', () => {
  const entries = fs
    .readdirSync(path.join(ROOT, 'entrypoints'), { withFileTypes: true })
    .flatMap((e) =>
      e.isDirectory()
        ? fs.readdirSync(path.join(ROOT, 'entrypoints', e.name)).filter((f) => /\.tsx?$/.test(f)).map((f) => `entrypoints/${e.name}/${f}`)
        : /\.tsx?$/.test(e.name) ? [`entrypoints/${e.name}`] : [],
    );
  test('there are entrypoints to check', () => {
    expect(entries).toContain('entrypoints/background.ts');
    expect(entries).toContain('entrypoints/overlay.ts');
    // the walk follows imports through the rooms (so the checks below see the whole bundle)
    expect(closure('entrypoints/background.ts').files).toContain('core/detect/index.ts');
    expect(closure('entrypoints/overlay.ts').files).toContain('onpage/overlay/App.tsx');
  });
  test.each(entries)('%s', (entry) => {
    const { files, packages } = closure(entry);
    const buildFiles = [...files].filter((f) => /^(scripts|tests)\//.test(f) || /(^|\/)(gen-|generate|train)[^/]*\.ts$/.test(f));
    expect(buildFiles).toEqual([]);
    const buildPackages = [...packages].filter((p) =>
      /^(opencc-js|fast-check|happy-dom|tsx|vite|vitest|playwright-core|puppeteer-core|web-ext|node:|fs$|path$)/.test(p),
    );
    expect(buildPackages).toEqual([]);
  });
});
