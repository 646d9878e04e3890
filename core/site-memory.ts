/**
 * What the overlay's note remembers about a site for this browsing session (pure; stored by the
 * background in storage.session, which the browser empties when it closes):
 * - `mode`: the user collapsed the note to one line, or opened it, on this site;
 * - `closed`: the user closed the note on this site ("关闭"): no note on this site's pages
 *   until the browser closes (the badge and the popup still say what the page is).
 *
 * The store is bounded and every read is validated: a corrupt value costs nothing but itself.
 */

export type NoteMode = 'compact' | 'open';

export interface SiteMemory {
  mode?: NoteMode;
  closed?: true;
}

/** host → memory; insertion order is recency (oldest first), for the bound below */
export type SiteMemoryStore = Record<string, SiteMemory>;

export const SITE_MEMORY_KEY = 'lg:sites';
/** sites remembered per session; the oldest is forgotten first */
export const MAX_SITES = 200;
const MAX_HOST = 253;

/** Viewports this narrow (CSS px) start compact and stay compact on every load. */
export const SMALL_VIEWPORT = 480;

/** A change the overlay asks for (validated again by the background). */
export type SiteMemoryChange = { mode: NoteMode } | { closed: boolean };

export function parseSiteMemory(x: unknown): SiteMemory {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) return {};
  const v = x as Record<string, unknown>;
  const out: SiteMemory = {};
  if (v.mode === 'compact' || v.mode === 'open') out.mode = v.mode;
  if (v.closed === true) out.closed = true;
  return out;
}

export function parseSiteMemoryStore(x: unknown): SiteMemoryStore {
  const out: SiteMemoryStore = {};
  if (typeof x !== 'object' || x === null || Array.isArray(x)) return out;
  for (const [host, mem] of Object.entries(x as Record<string, unknown>)) {
    if (!host || host.length > MAX_HOST || host === '__proto__') continue;
    const m = parseSiteMemory(mem);
    if (m.mode || m.closed) out[host] = m;
  }
  return out;
}

export function parseSiteMemoryChange(x: unknown): SiteMemoryChange | null {
  if (typeof x !== 'object' || x === null) return null;
  const v = x as Record<string, unknown>;
  if (v.mode === 'compact' || v.mode === 'open') return { mode: v.mode };
  if (typeof v.closed === 'boolean') return { closed: v.closed };
  return null;
}

/** The store after `change` for `host` (most recent last; bounded to MAX_SITES). */
export function withSiteChange(store: SiteMemoryStore, host: string, change: SiteMemoryChange): SiteMemoryStore {
  const prev = store[host] ?? {};
  const next: SiteMemory = { ...prev };
  if ('mode' in change) next.mode = change.mode;
  else if (change.closed) next.closed = true;
  else delete next.closed;
  const out: SiteMemoryStore = {};
  for (const [h, m] of Object.entries(store)) if (h !== host) out[h] = m;
  if (next.mode || next.closed) out[host] = next;
  const hosts = Object.keys(out);
  for (const h of hosts.slice(0, Math.max(0, hosts.length - MAX_SITES))) delete out[h];
  return out;
}

/**
 * The note's mode when a page loads: small viewports always start compact (the note must
 * leave a phone's screen to the page); elsewhere what the user last chose on this site, else
 * compact.
 */
export function initialMode(viewportWidth: number, memory: SiteMemory): NoteMode {
  if (viewportWidth <= SMALL_VIEWPORT) return 'compact';
  return memory.mode ?? 'compact';
}
