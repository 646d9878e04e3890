/**
 * Conventions the whole tree keeps, checked on the source text:
 * - privacy: no code path that could send data (fetch, XHR, beacons, sockets) or run remote code;
 * - never break the page: no innerHTML / dangerouslySetInnerHTML anywhere;
 * - layers: core/ is pure (no browser or DOM APIs), components/ never call browser APIs;
 * - explicit imports: every wxt helper is imported, nothing relies on auto-imports.
 */
import { describe, expect, test } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');

function files(dir: string): string[] {
  const abs = path.join(ROOT, dir);
  if (!fs.existsSync(abs)) return [];
  const out: string[] = [];
  for (const e of fs.readdirSync(abs, { withFileTypes: true })) {
    const rel = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...files(rel));
    else if (/\.(ts|tsx)$/.test(e.name)) out.push(rel);
  }
  return out;
}

/** Source without comments, so a comment that names an API does not count as using it. */
function code(rel: string): string {
  return fs
    .readFileSync(path.join(ROOT, rel), 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}

const shipped = ['core', 'components', 'entrypoints', 'utils', 'onpage', 'background'].flatMap(files);

function offenders(list: string[], re: RegExp): string[] {
  return list.filter((f) => re.test(code(f)));
}

describe('privacy: nothing leaves the browser', () => {
  test('the shipped source tree is not empty (so the checks below check something)', () => {
    expect(shipped.length).toBeGreaterThan(10);
  });
  test.each([
    ['fetch()', /\bfetch\s*\(/],
    ['XMLHttpRequest', /\bXMLHttpRequest\b/],
    ['sendBeacon', /\bsendBeacon\b/],
    ['WebSocket', /\bWebSocket\b/],
    ['EventSource', /\bEventSource\b/],
    ['eval / new Function', /\beval\s*\(|new\s+Function\s*\(/],
    ['remote script URLs', /<script[^>]+src=["']https?:/],
    ['importScripts', /\bimportScripts\s*\(/],
  ])('no %s in shipped code', (_name, re) => {
    expect(offenders(shipped, re)).toEqual([]);
  });
});

describe('never break the page', () => {
  test('no innerHTML, outerHTML, insertAdjacentHTML, document.write or dangerouslySetInnerHTML', () => {
    expect(
      offenders(shipped, /\.innerHTML\s*=|\.outerHTML\s*=|insertAdjacentHTML|document\.write|dangerouslySetInnerHTML/),
    ).toEqual([]);
  });
});

describe('layers point down only: entrypoints → components → core', () => {
  const core = files('core');
  const components = files('components');
  test('core/ has no browser APIs, no DOM globals, and imports nothing above it', () => {
    expect(core.length).toBeGreaterThan(0);
    expect(
      offenders(core, /from\s+['"]wxt|from\s+['"]preact|\bbrowser\.|\bchrome\.|\bdocument\.|\bwindow\.|from\s+['"]\.\.\/\.\.\/(components|entrypoints|utils)/),
    ).toEqual([]);
  });
  test('components/ never call browser APIs or import entrypoints', () => {
    expect(offenders(components, /from\s+['"]wxt\/browser|\bbrowser\.|\bchrome\.|entrypoints\//)).toEqual([]);
  });
  test('nothing imports from entrypoints/', () => {
    const notEntry = [...core, ...components, ...files('utils'), ...files('onpage'), ...files('background')];
    expect(offenders(notEntry, /from\s+['"][^'"]*entrypoints\//)).toEqual([]);
  });
});

describe('explicit imports (auto-imports are off)', () => {
  test('every file that uses a wxt define*/storage/browser helper imports it', () => {
    const helpers = ['defineBackground', 'defineContentScript', 'defineUnlistedScript', 'createShadowRootUi', 'storage'];
    const missing: string[] = [];
    for (const f of shipped) {
      const c = code(f);
      for (const h of helpers) {
        // (?<![.\w]): `browser.storage.x` is the browser API, not WXT's storage helper
        const used = new RegExp(`(?<![.\\w])${h}\\s*[.(]`).test(c);
        const imported = new RegExp(`import\\s+(type\\s+)?\\{[^}]*\\b${h}\\b[^}]*\\}\\s+from`).test(c);
        const declared = new RegExp(`(const|let|function|class)\\s+${h}\\b`).test(c);
        if (used && !imported && !declared) missing.push(`${f}: ${h}`);
      }
      if (/\bbrowser\.\w/.test(c) && !/import\s+\{[^}]*\bbrowser\b[^}]*\}\s+from/.test(c) && !/\bbrowser\s*[:=]/.test(c)) {
        missing.push(`${f}: browser`);
      }
    }
    expect(missing).toEqual([]);
  });
});
