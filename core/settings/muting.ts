/** Muted sites and the single "should we warn here?" decision (pure; `now` is always passed in). */
import type { FlaggedKind, Level, PageKind } from '../types';
import { FLAGGED_KINDS } from '../types';
import { MAX_MUTED_SITES } from './bounds';
import { hostCovers, normalizeHost } from './hosts';
import { parseMutedSite } from './parse';
import { isPublicSuffix, registrableDomain } from './suffixes';
import type { MutedSite, MuteReason, Sensitivity, Settings } from './types';

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

/**
 * The host a new mute is stored under. "Don't warn on this site" and "pause this site" mean the
 * whole site, so they key on its registrable domain (m.lender.cn → lender.cn); "this is not a
 * loan page" is said of the host in front of the user, so it keys on that host. null for junk
 * and for a bare public suffix (muting "co.uk" would silence every site under it).
 */
export function muteKey(host: string, reason: MuteReason): string | null {
  const h = normalizeHost(host);
  if (!h || isPublicSuffix(h)) return null;
  return reason === 'not-loan' ? h : registrableDomain(h);
}

/** Drop expired pauses (done on every write, see utils/settings-store.ts). */
export function pruneExpired(settings: Readonly<Settings>, now: number): Settings {
  return { ...settings, kinds: { ...settings.kinds }, mutedSites: settings.mutedSites.filter((m) => isMuteActive(m, now)) };
}

/**
 * Add (or replace) the mute for entry.host, as the newest entry. The entry is validated; an
 * invalid one (bad host, a bare public suffix, a pause without a sane end) leaves the settings
 * as they were. With MAX_MUTED_SITES entries already, the oldest ones make way for the new one.
 */
export function withMutedSite(settings: Readonly<Settings>, entry: MutedSite, now?: number): Settings {
  const site = parseMutedSite(entry, now);
  const copy = { ...settings, kinds: { ...settings.kinds }, mutedSites: [...settings.mutedSites] };
  if (!site) return copy;
  const rest = settings.mutedSites.filter((m) => m.host !== site.host);
  copy.mutedSites = [...rest.slice(Math.max(0, rest.length - (MAX_MUTED_SITES - 1))), site];
  return copy;
}

/**
 * Remove every mute that silences `host` (the entry for the host itself and any for a parent
 * site): "warn me here again" must work whichever key the mute was stored under.
 */
export function withoutMutesCovering(settings: Readonly<Settings>, host: string): Settings {
  const h = normalizeHost(host);
  const keep = (m: MutedSite) => (h ? !hostCovers(m.host, h) : m.host !== host);
  return { ...settings, kinds: { ...settings.kinds }, mutedSites: settings.mutedSites.filter(keep) };
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
 * Should the overlay warn about this page (banner and marks)? All of: the kind is a flagged kind
 * and switched on, the level reaches the sensitivity ('high-only' → high; 'normal' → medium and
 * high; 'all' → any level), the site is not muted now, and it is not a lender page while
 * "on lender pages, badge only" is on. The toolbar badge does not ask this: it shows whatever
 * the verdict is (see badgeOnlyHere for saying why the page stays quiet).
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
  if (badgeOnlyHere(settings, verdict)) return false;
  return isSiteMuted(settings, host, now) === null;
}

/** Is this page quiet only because of "on lender pages, badge only"? (popup wording, tests) */
export function badgeOnlyHere(settings: Readonly<Settings>, verdict: { kind: PageKind }): boolean {
  return settings.lenderBadgeOnly && verdict.kind === 'lender';
}
