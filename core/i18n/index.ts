/**
 * Runtime-switchable translations. We do not use browser.i18n for UI text because the
 * user's language setting must switch every string at runtime, whatever the browser's
 * UI language is. (Manifest name/description still use public/_locales.)
 *
 * Each area owns one catalog file in ./catalogs (overlay, popup, options, common …):
 *   export default defineCatalog({ 'zh-CN': {...}, 'zh-TW': {...}, en: {...} })
 * tests/unit/i18n-parity.test.ts checks every catalog has the same keys in every locale.
 */
import type { Locale } from '../types';
import { LOCALES } from '../types';
import { fill } from './fill';

export { fill };

export type Messages = Record<string, string>;
export type Catalog<K extends string = string> = Record<Locale, Record<K, string>>;

/** Identity helper that makes the zh-CN keys the source of truth for the other locales. */
export function defineCatalog<K extends string>(c: {
  'zh-CN': Record<K, string>;
  'zh-TW': Record<K, string>;
  en: Record<K, string>;
}): Catalog<K> {
  return c;
}

/** The user's language preference, as stored in settings. */
export type LanguagePref = 'auto' | Locale;

/** Map a browser UI language ("zh-TW", "zh-HK", "zh", "en-US", …) to one of ours. */
export function localeFromBrowser(lang: string | undefined): Locale {
  const l = (lang ?? '').toLowerCase();
  if (l.startsWith('zh')) {
    return /-(tw|hk|mo|hant)/.test(l) ? 'zh-TW' : 'zh-CN';
  }
  if (l.startsWith('en')) return 'en';
  return 'zh-CN'; // our audience borrows in mainland China; 简体 is the default
}

export function resolveLocale(pref: LanguagePref | undefined, browserLang: string | undefined): Locale {
  if (pref && pref !== 'auto' && (LOCALES as readonly string[]).includes(pref)) return pref;
  return localeFromBrowser(browserLang);
}

/**
 * Look up `key` and fill `{name}` placeholders; `{n|claim|claims}` picks the singular when n is 1. A missing key falls back to zh-CN, then
 * to the key itself, so a gap shows up as visible text rather than a crash.
 */
export function t<K extends string>(
  catalog: Catalog<K>,
  locale: Locale,
  key: K,
  vars?: Record<string, string | number>,
): string {
  const raw = catalog[locale]?.[key] ?? catalog['zh-CN']?.[key] ?? key;
  return vars ? fill(raw, vars) : raw;
}

/** Bind a catalog to a locale: `const tr = translator(popupCatalog, 'en'); tr('title')`. */
export function translator<K extends string>(catalog: Catalog<K>, locale: Locale) {
  return (key: K, vars?: Record<string, string | number>) => t(catalog, locale, key, vars);
}
