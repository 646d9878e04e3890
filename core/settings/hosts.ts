/** Host keys: how sites are named in settings (pure, no DOM). */
import { isPublicSuffix } from './suffixes';

const HOST_RE = /^(?:[a-z0-9-]+(?:\.[a-z0-9-]+)*|\[[0-9a-f:.]+\])$/;

/**
 * Normalise a hostname typed or stored anywhere: trimmed, lower-case, no trailing dot,
 * no leading "www." (unless what is left is a public suffix: "www.co.uk" stays itself, so
 * it can never stand for all of "co.uk"). Returns null for anything that is not a plain hostname
 * (a URL, a path, spaces, an empty string, over 253 characters).
 */
export function normalizeHost(host: unknown): string | null {
  if (typeof host !== 'string') return null;
  let h = host.trim().toLowerCase();
  if (h.endsWith('.')) h = h.slice(0, -1);
  if (h.startsWith('www.') && !isPublicSuffix(h.slice(4))) h = h.slice(4);
  if (h.length === 0 || h.length > 253 || !HOST_RE.test(h)) return null;
  return h;
}

/**
 * The settings key for a page: lower-case hostname without a leading "www.".
 * null for anything that is not an http(s) URL (extension pages, file:, about:, data: …).
 */
export function hostKey(url: string): string | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
  return normalizeHost(u.hostname);
}

/**
 * Does a mute for `mutedHost` cover `host`? The host itself and its subdomains:
 * muting "example.com" also mutes "m.example.com", but not "badexample.com".
 */
export function hostCovers(mutedHost: string, host: string): boolean {
  return host === mutedHost || host.endsWith('.' + mutedHost);
}
