/**
 * Locale parity for EVERY catalog in core/i18n/catalogs (found by listing the folder, so a new
 * catalog is checked without editing this file) and for the manifest's public/_locales.
 * Checks: same keys in zh-CN, zh-TW and en; no empty or whitespace-only text; the same
 * {placeholders} in every locale (a translation that drops "{host}" would show a gap).
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../core/types';

const ROOT = path.resolve(import.meta.dirname, '../..');
const CATALOG_DIR = path.join(ROOT, 'core/i18n/catalogs');
const LOCALES_DIR = path.join(ROOT, 'public/_locales');

const catalogFiles = fs
  .readdirSync(CATALOG_DIR)
  .filter((f) => /\.tsx?$/.test(f) && !/\.(test|d)\.tsx?$/.test(f))
  .sort();

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

/** Problems in one catalog-like object (exported for the self-test below). */
function parityProblems(catalog: unknown): string[] {
  const problems: string[] = [];
  if (typeof catalog !== 'object' || catalog === null) return ['not an object'];
  const c = catalog as Record<string, unknown>;
  const ref = c['zh-CN'];
  if (typeof ref !== 'object' || ref === null) return ['no zh-CN messages'];
  const refKeys = Object.keys(ref).sort();
  if (refKeys.length === 0) problems.push('zh-CN has no keys');
  for (const extra of Object.keys(c).filter((k) => !(LOCALES as readonly string[]).includes(k))) {
    problems.push(`unknown locale ${extra}`);
  }
  for (const locale of LOCALES) {
    const msgs = c[locale] as Record<string, unknown> | undefined;
    if (typeof msgs !== 'object' || msgs === null) {
      problems.push(`${locale}: missing`);
      continue;
    }
    const keys = Object.keys(msgs).sort();
    for (const k of refKeys) if (!keys.includes(k)) problems.push(`${locale}: missing key ${k}`);
    for (const k of keys) if (!refKeys.includes(k)) problems.push(`${locale}: extra key ${k}`);
    for (const k of keys) {
      const v = msgs[k];
      if (typeof v !== 'string' || v.trim() === '') {
        problems.push(`${locale}.${k}: empty or not text`);
        continue;
      }
      const refText = (ref as Record<string, unknown>)[k];
      if (typeof refText === 'string' && placeholders(v).join() !== placeholders(refText).join()) {
        problems.push(`${locale}.${k}: placeholders {${placeholders(v).join('},{')}} ≠ zh-CN {${placeholders(refText).join('},{')}}`);
      }
    }
  }
  return problems;
}

describe('UI catalogs (core/i18n/catalogs)', () => {
  it('the folder has the catalogs this checker was written for', () => {
    for (const f of ['common.ts', 'options.ts', 'welcome.ts']) expect(catalogFiles).toContain(f);
  });

  for (const file of catalogFiles) {
    it(`${file}: every locale has every key, no empty text, same placeholders`, async () => {
      const mod = (await import(pathToFileURL(path.join(CATALOG_DIR, file)).href)) as { default?: unknown };
      expect(mod.default, `${file} must default-export defineCatalog({...})`).toBeTypeOf('object');
      expect(parityProblems(mod.default)).toEqual([]);
    });
  }

  it('the checker itself catches a missing key, an empty text, an extra key and a lost placeholder', () => {
    const bad = {
      'zh-CN': { a: '甲 {host}', b: '乙', c: '丙' },
      'zh-TW': { a: '甲 {host}', b: ' ', c: '丙', d: '丁' },
      en: { a: 'A', c: 'C' },
    };
    expect(parityProblems(bad).sort()).toEqual(
      [
        'en: missing key b',
        'en.a: placeholders {} ≠ zh-CN {host}',
        'zh-TW: extra key d',
        'zh-TW.b: empty or not text',
      ].sort(),
    );
  });
});

describe('manifest strings (public/_locales)', () => {
  const dirs = fs.readdirSync(LOCALES_DIR).filter((d) => fs.existsSync(path.join(LOCALES_DIR, d, 'messages.json'))).sort();
  const read = (d: string) =>
    JSON.parse(fs.readFileSync(path.join(LOCALES_DIR, d, 'messages.json'), 'utf8')) as Record<string, { message?: unknown }>;

  it('has zh_CN, zh_TW and en', () => {
    expect(dirs).toEqual(expect.arrayContaining(['en', 'zh_CN', 'zh_TW']));
  });

  it('every locale has the same keys as zh_CN, each with a non-empty message', () => {
    const ref = Object.keys(read('zh_CN')).sort();
    expect(ref.length).toBeGreaterThan(0);
    for (const d of dirs) {
      const msgs = read(d);
      expect(Object.keys(msgs).sort(), `keys of ${d}`).toEqual(ref);
      for (const [k, v] of Object.entries(msgs)) {
        expect(typeof v.message === 'string' && v.message.trim() !== '', `${d}.${k}`).toBe(true);
      }
    }
  });
});
