/**
 * "以后此页面不再提示": pages the user muted one by one (pure part; the store is below).
 * A page is its origin and path — not the query or fragment, which change with every visit
 * (tracking parameters, anchors) and would make the mute useless.
 *
 * Kept in storage.local as one bounded, validated list of its own, beside the settings item:
 * the settings schema names sites only.
 */
import { browser } from 'wxt/browser';

export const PAGE_MUTES_KEY = 'mutedPages';
export const MAX_PAGE_MUTES = 500;
const MAX_KEY = 512;

export interface PageMute {
  page: string;
  since: number;
}

/** The key a page is muted under, or null for anything but an http(s) URL (or one too long). */
export function pageMuteKey(url: string): string | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
  const host = u.hostname.toLowerCase().replace(/^www\./, '');
  const key = `${u.protocol}//${host}${u.port ? `:${u.port}` : ''}${u.pathname}`;
  return key.length <= MAX_KEY ? key : null;
}

export function parsePageMutes(x: unknown): PageMute[] {
  if (!Array.isArray(x)) return [];
  const out: PageMute[] = [];
  const seen = new Set<string>();
  for (const e of x.slice(-MAX_PAGE_MUTES)) {
    if (typeof e !== 'object' || e === null) continue;
    const { page, since } = e as Record<string, unknown>;
    if (typeof page !== 'string' || page.length > MAX_KEY || pageMuteKey(page) !== page || seen.has(page)) continue;
    seen.add(page);
    out.push({ page, since: typeof since === 'number' && Number.isFinite(since) && since >= 0 ? since : 0 });
  }
  return out;
}

export function isPageMuted(list: readonly PageMute[], url: string): boolean {
  const key = pageMuteKey(url);
  return key !== null && list.some((m) => m.page === key);
}

export function withPageMute(list: readonly PageMute[], url: string, now: number): PageMute[] {
  const key = pageMuteKey(url);
  if (!key) return [...list];
  return [...list.filter((m) => m.page !== key), { page: key, since: now }].slice(-MAX_PAGE_MUTES);
}

export function withoutPageMute(list: readonly PageMute[], url: string): PageMute[] {
  const key = pageMuteKey(url);
  return list.filter((m) => m.page !== key);
}

// ---------------------------------------------------------------- browser glue

export async function getPageMutes(): Promise<PageMute[]> {
  const got = await browser.storage.local.get(PAGE_MUTES_KEY);
  return parsePageMutes(got[PAGE_MUTES_KEY]);
}

async function update(fn: (list: PageMute[]) => PageMute[]): Promise<PageMute[]> {
  const next = fn(await getPageMutes());
  await browser.storage.local.set({ [PAGE_MUTES_KEY]: next });
  return next;
}

export const mutePage = (url: string) => update((l) => withPageMute(l, url, Date.now()));
export const unmutePage = (url: string) => update((l) => withoutPageMute(l, url));

/** Call `cb` with the validated list whenever any context changes it. */
export function watchPageMutes(cb: (list: PageMute[]) => void): () => void {
  const l = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && PAGE_MUTES_KEY in changes) cb(parsePageMutes(changes[PAGE_MUTES_KEY]!.newValue));
  };
  browser.storage.onChanged.addListener(l);
  return () => browser.storage.onChanged.removeListener(l);
}
