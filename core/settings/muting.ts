/** Muted sites and the single "should we warn here?" decision (pure; `now` is always passed in). */
import type { FlaggedKind, Level, PageKind } from '../types';
import { FLAGGED_KINDS } from '../types';
import { hostCovers, normalizeHost } from './hosts';
import { parseMutedSite } from './parse';
import type { MutedSite, Sensitivity, Settings } from './types';

/** A pause counts until its `until` (exclusive); other mutes never expire. */
export function isMuteActive(m: MutedSite, now: number): boolean {
  return m.reason !== 'pause' || (m.until !== undefined && now < m.until);
}

/**
 * The mute that applies to `host` now, or null. Covers subdomains ("example.com" mutes
 * "m.example.com"). An expired pause is not a mute, even before it is pruned from storage.
 * When several apply, the most specific host wins.
 */
export function isSiteMuted(settings: Readonly<Settings>, host: string | null, now: number): MutedSite | null {
  const h = normalizeHost(host);
  if (!h) return null;
  let best: MutedSite | null = null;
  for (const m of settings.mutedSites) {
    if (!isMuteActive(m, now) || !hostCovers(m.host, h)) continue;
    if (!best || m.host.length > best.host.length) best = m;
  }
  return best;
}

/** Drop expired pauses (done on every write, see utils/settings-store.ts). */
export function pruneExpired(settings: Readonly<Settings>, now: number): Settings {
  return { ...settings, kinds: { ...settings.kinds }, mutedSites: settings.mutedSites.filter((m) => isMuteActive(m, now)) };
}

/**
 * Add (or replace) the mute for entry.host. The entry is validated; an invalid one (bad host,
 * a pause without an end) leaves the settings as they were.
 */
export function withMutedSite(settings: Readonly<Settings>, entry: MutedSite): Settings {
  const site = parseMutedSite(entry);
  const copy = { ...settings, kinds: { ...settings.kinds }, mutedSites: [...settings.mutedSites] };
  if (!site) return copy;
  copy.mutedSites = [...settings.mutedSites.filter((m) => m.host !== site.host), site];
  return copy;
}

/** Remove the mute stored for exactly this host (undo). Other entries stay. */
export function withoutMutedSite(settings: Readonly<Settings>, host: string): Settings {
  const h = normalizeHost(host) ?? host;
  return { ...settings, kinds: { ...settings.kinds }, mutedSites: settings.mutedSites.filter((m) => m.host !== h) };
}

const LEVEL_RANK: Record<Level, number> = { low: 0, medium: 1, high: 2 };
const MIN_LEVEL: Record<Sensitivity, Level> = { 'high-only': 'high', normal: 'medium', all: 'low' };

/** The lowest verdict level the sensitivity setting shows. */
export function minLevel(s: Sensitivity): Level {
  return MIN_LEVEL[s];
}

/**
 * Should the overlay warn about this page? All of: the kind is a flagged kind and switched on,
 * the level reaches the sensitivity ('high-only' → high; 'normal' → medium and high; 'all' →
 * any level), and the site is not muted now.
 */
export function shouldWarn(
  settings: Readonly<Settings>,
  verdict: { kind: PageKind; level: Level },
  host: string | null,
  now: number,
): boolean {
  if (!(FLAGGED_KINDS as readonly string[]).includes(verdict.kind)) return false;
  if (!settings.kinds[verdict.kind as FlaggedKind]) return false;
  const rank = LEVEL_RANK[verdict.level];
  if (rank === undefined || rank < LEVEL_RANK[MIN_LEVEL[settings.sensitivity]]) return false;
  return isSiteMuted(settings, host, now) === null;
}
