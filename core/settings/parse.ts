/**
 * Validation with per-field fallback (pure). Hand-written rather than a schema library: the
 * rules are "keep every valid field and every valid list entry, fall back one field at a time",
 * which is a few dozen lines here and would be custom fallback/filter code in any schema
 * library anyway.
 */
import type { LanguagePref } from '../i18n';
import { FLAGGED_KINDS, LOCALES } from '../types';
import { normalizeHost } from './hosts';
import { migrateSettings } from './migrate';
import type { MutedSite, Settings } from './types';
import { MUTE_REASONS, SENSITIVITIES, SETTINGS_VERSION } from './types';

export const LANGUAGE_PREFS: readonly LanguagePref[] = ['auto', ...LOCALES];

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  version: SETTINGS_VERSION,
  language: 'auto',
  sensitivity: 'normal',
  overlay: true,
  inlineTips: true,
  kinds: Object.freeze({ lender: true, overdue: true, scam: true }),
  mutedSites: Object.freeze([]) as unknown as MutedSite[],
}) as Readonly<Settings>;

/** A fresh, mutable copy of the defaults. */
export function defaultSettings(): Settings {
  return cloneSettings(DEFAULT_SETTINGS);
}

export function cloneSettings(s: Readonly<Settings>): Settings {
  return {
    ...s,
    kinds: { ...s.kinds },
    mutedSites: s.mutedSites.map((m) => ({ ...m })),
  };
}

const KNOWN_KEYS = new Set(['version', 'language', 'sensitivity', 'overlay', 'inlineTips', 'kinds', 'mutedSites']);

type Obj = Record<string, unknown>;
const isObj = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x);
const isTime = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x) && x >= 0;

/** One muted-site entry, or null when it cannot be kept. */
export function parseMutedSite(x: unknown): MutedSite | null {
  if (!isObj(x)) return null;
  const host = normalizeHost(x.host);
  if (!host) return null;
  if (!(MUTE_REASONS as readonly unknown[]).includes(x.reason)) return null;
  const reason = x.reason as MutedSite['reason'];
  // An unknown mute time is kept as 0 ("unknown") rather than losing the mute.
  const since = isTime(x.since) ? x.since : 0;
  if (reason === 'pause') {
    // A pause without a valid end would become a permanent mute the user never asked for.
    if (!isTime(x.until)) return null;
    return { host, since, reason, until: x.until };
  }
  return { host, since, reason };
}

export interface ParseResult {
  settings: Settings;
  /**
   * What could not be used, as field paths: "sensitivity", "kinds.scam", "mutedSites[2]",
   * "(root)" when the value was not an object at all, or an unknown field's name. Paths, not
   * sentences, so every locale can phrase them.
   */
  problems: string[];
  /** how many fields / list entries came from `raw` (the rest are the fallback's) */
  accepted: number;
}

export interface ParseOptions {
  /** where invalid or missing fields fall back to (default: DEFAULT_SETTINGS) */
  base?: Readonly<Settings>;
}

/**
 * Validate a stored (or imported) value. Migrates old versions first, then takes every field
 * that is valid and falls back for the others ONE BY ONE — a bad field never wipes a good one,
 * and a bad muted-site entry never drops the good entries beside it. Missing fields are not
 * problems (they fall back silently); present-but-wrong ones are.
 */
export function parseSettingsDetailed(raw: unknown, opts: ParseOptions = {}): ParseResult {
  const base = opts.base ?? DEFAULT_SETTINGS;
  const out = cloneSettings(base);
  out.version = SETTINGS_VERSION;
  const problems: string[] = [];
  let accepted = 0;

  if (raw === undefined || raw === null) return { settings: out, problems, accepted };
  const value = migrateSettings(raw);
  if (!isObj(value)) return { settings: out, problems: ['(root)'], accepted };

  for (const key of Object.keys(value)) if (!KNOWN_KEYS.has(key)) problems.push(key);

  if ('language' in value) {
    if ((LANGUAGE_PREFS as readonly unknown[]).includes(value.language)) {
      out.language = value.language as LanguagePref;
      accepted++;
    } else problems.push('language');
  }
  if ('sensitivity' in value) {
    if ((SENSITIVITIES as readonly unknown[]).includes(value.sensitivity)) {
      out.sensitivity = value.sensitivity as Settings['sensitivity'];
      accepted++;
    } else problems.push('sensitivity');
  }
  for (const key of ['overlay', 'inlineTips'] as const) {
    if (key in value) {
      if (typeof value[key] === 'boolean') {
        out[key] = value[key] as boolean;
        accepted++;
      } else problems.push(key);
    }
  }
  if ('kinds' in value) {
    const kinds = value.kinds;
    if (isObj(kinds)) {
      for (const k of FLAGGED_KINDS) {
        if (!(k in kinds)) continue;
        if (typeof kinds[k] === 'boolean') {
          out.kinds[k] = kinds[k] as boolean;
          accepted++;
        } else problems.push(`kinds.${k}`);
      }
      for (const k of Object.keys(kinds)) {
        if (!(FLAGGED_KINDS as readonly string[]).includes(k)) problems.push(`kinds.${k}`);
      }
    } else problems.push('kinds');
  }
  if ('mutedSites' in value) {
    const list = value.mutedSites;
    if (Array.isArray(list)) {
      const seen = new Set<string>();
      const sites: MutedSite[] = [];
      list.forEach((entry, i) => {
        const site = parseMutedSite(entry);
        if (!site) problems.push(`mutedSites[${i}]`);
        else if (seen.has(site.host)) problems.push(`mutedSites[${i}]`); // duplicate: first wins
        else {
          seen.add(site.host);
          sites.push(site);
          accepted++;
        }
      });
      out.mutedSites = sites;
      if (list.length === 0) accepted++; // an explicit empty list is a valid choice
    } else problems.push('mutedSites');
  }
  return { settings: out, problems, accepted };
}

/** parseSettings(raw) → valid Settings plus the list of fields that fell back. */
export function parseSettings(raw: unknown, opts?: ParseOptions): { settings: Settings; problems: string[] } {
  const { settings, problems } = parseSettingsDetailed(raw, opts);
  return { settings, problems };
}
