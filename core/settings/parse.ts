/**
 * Validation with per-field fallback (pure). Hand-written rather than a schema library: the
 * rules are "keep every valid field and every valid list entry, fall back one field at a time",
 * which is a few dozen lines here and would be custom fallback/filter code in any schema
 * library anyway.
 */
import type { LanguagePref } from '../i18n';
import { FLAGGED_KINDS, LOCALES } from '../types';
import { CLOCK_SLACK_MS, isBoundedTime, MAX_LISTED_PROBLEMS, MAX_MUTED_SITES, MAX_PAUSE_MS } from './bounds';
import { normalizeHost } from './hosts';
import { isPublicSuffix } from './suffixes';
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
  lenderBadgeOnly: false,
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

const BOOLEAN_KEYS = ['overlay', 'inlineTips', 'lenderBadgeOnly'] as const;
// rev, writeId and baseId are the store's write bookkeeping (core/settings/sync.ts), not settings.
const KNOWN_KEYS = new Set(['version', 'language', 'sensitivity', 'kinds', 'mutedSites', ...BOOLEAN_KEYS, 'rev', 'writeId', 'baseId']);

type Obj = Record<string, unknown>;
const isObj = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x);
const isTime = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x) && x >= 0;

/**
 * One muted-site entry, or null when it cannot be kept: not a plain hostname, a bare public
 * suffix ("com", "co.uk"), an unknown reason, or a pause whose end is not a sane time (past
 * TIME_MAX, or more than MAX_PAUSE_MS after `now`). A "since" that is not a sane time (NaN,
 * negative, 1e300, after `now` + a day) is repaired to 0, "unknown", rather than losing the mute;
 * `repaired` says so.
 */
export function parseMutedSite(x: unknown, now?: number): MutedSite | null {
  return parseMutedSiteDetailed(x, now)?.site ?? null;
}

function parseMutedSiteDetailed(x: unknown, now?: number): { site: MutedSite; repaired: boolean } | null {
  if (!isObj(x)) return null;
  const host = normalizeHost(x.host);
  if (!host || isPublicSuffix(host)) return null;
  if (!(MUTE_REASONS as readonly unknown[]).includes(x.reason)) return null;
  const reason = x.reason as MutedSite['reason'];
  const sinceOk = isBoundedTime(x.since) && (now === undefined || x.since <= now + CLOCK_SLACK_MS);
  const since = sinceOk ? (x.since as number) : 0;
  const repaired = !sinceOk && x.since !== undefined && x.since !== 0;
  if (reason === 'pause') {
    // A pause without a sane end would become a (near) permanent mute the user never asked for.
    const until = x.until;
    if (!isBoundedTime(until) || (now !== undefined && until > now + MAX_PAUSE_MS)) return null;
    return { site: { host, since, reason, until }, repaired };
  }
  return { site: { host, since, reason }, repaired };
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
  /** the reading clock (ms): with it, times after it are bounded too (see parseMutedSite) */
  now?: number;
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
  for (const key of BOOLEAN_KEYS) {
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
      const sites = parseMutedList(list, opts.now, problems);
      // A list with entries but none usable keeps the fallback's list: never trade mutes for nothing.
      if (sites.length > 0 || list.length === 0) {
        out.mutedSites = sites;
        accepted += Math.max(sites.length, 1);
      }
    } else problems.push('mutedSites');
  }
  return { settings: out, problems, accepted };
}

/**
 * The valid entries of a muted-site list, first MAX_MUTED_SITES of them, duplicates dropped (the
 * first wins). Problems go to `problems` as paths: "mutedSites[i]" for a dropped entry,
 * "mutedSites[i].since" for a repaired time, at most MAX_LISTED_PROBLEMS of those, then one
 * "mutedSites" for the rest, and "mutedSites.limit" when the cap dropped valid entries.
 */
function parseMutedList(list: readonly unknown[], now: number | undefined, problems: string[]): MutedSite[] {
  const seen = new Set<string>();
  const sites: MutedSite[] = [];
  let listed = 0;
  let overflow = false;
  const report = (path: string) => {
    if (listed++ < MAX_LISTED_PROBLEMS) problems.push(path);
    else overflow = true;
  };
  let capped = false;
  list.forEach((entry, i) => {
    const parsed = parseMutedSiteDetailed(entry, now);
    if (!parsed || seen.has(parsed.site.host)) return report(`mutedSites[${i}]`);
    if (sites.length >= MAX_MUTED_SITES) {
      capped = true;
      return;
    }
    if (parsed.repaired) report(`mutedSites[${i}].since`);
    seen.add(parsed.site.host);
    sites.push(parsed.site);
  });
  if (overflow) problems.push('mutedSites');
  if (capped) problems.push('mutedSites.limit');
  return sites;
}

/** parseSettings(raw) → valid Settings plus the list of fields that fell back. */
export function parseSettings(raw: unknown, opts?: ParseOptions): { settings: Settings; problems: string[] } {
  const { settings, problems } = parseSettingsDetailed(raw, opts);
  return { settings, problems };
}
