/**
 * Public suffixes and registrable domains (pure), from a small built-in list rather than the
 * full Public Suffix List: the list only has to stop a mute from covering a whole suffix
 * ("co.uk", "net.cn") and to find "the site" behind a host on the domains our users meet.
 * Like the PSL's default rule, any single label (a TLD we do not list) is a suffix too.
 */

/** Multi-label suffixes under which people register sites (China, Hong Kong, Taiwan, and common others). */
const MULTI_LABEL_SUFFIXES: readonly string[] = [
  // mainland China
  'com.cn', 'net.cn', 'org.cn', 'gov.cn', 'edu.cn', 'ac.cn', 'mil.cn',
  'bj.cn', 'sh.cn', 'tj.cn', 'cq.cn', 'he.cn', 'sx.cn', 'nm.cn', 'ln.cn', 'jl.cn', 'hl.cn', 'js.cn',
  'zj.cn', 'ah.cn', 'fj.cn', 'jx.cn', 'sd.cn', 'ha.cn', 'hb.cn', 'hn.cn', 'gd.cn', 'gx.cn', 'hi.cn',
  'sc.cn', 'gz.cn', 'yn.cn', 'xz.cn', 'sn.cn', 'gs.cn', 'qh.cn', 'nx.cn', 'xj.cn',
  // Hong Kong, Macao, Taiwan
  'com.hk', 'net.hk', 'org.hk', 'gov.hk', 'edu.hk', 'idv.hk',
  'com.mo', 'net.mo', 'org.mo', 'gov.mo',
  'com.tw', 'net.tw', 'org.tw', 'gov.tw', 'edu.tw', 'idv.tw',
  // elsewhere
  'co.uk', 'org.uk', 'ac.uk', 'gov.uk', 'me.uk', 'ltd.uk', 'plc.uk',
  'com.au', 'net.au', 'org.au', 'co.jp', 'ne.jp', 'or.jp', 'co.kr', 'or.kr',
  'com.sg', 'com.my', 'co.nz', 'com.br', 'co.in', 'co.id', 'com.ph', 'co.th', 'com.vn',
  // shared hosting where every subdomain is someone else's site
  'github.io', 'gitee.io', 'blogspot.com', 'pages.dev', 'vercel.app', 'netlify.app', 'herokuapp.com',
];

const SUFFIXES: ReadonlySet<string> = new Set(MULTI_LABEL_SUFFIXES);

const IP_RE = /^(?:\d{1,3}(?:\.\d{1,3}){3}|\[[0-9a-f:.]+\])$/;

/** An IPv4 or bracketed IPv6 literal: a host of its own, with no suffix above it. */
export function isIpHost(host: string): boolean {
  return IP_RE.test(host);
}

/** Is `host` (already lower-case, no trailing dot) a public suffix: "com", "co.uk", "net.cn"? */
export function isPublicSuffix(host: string): boolean {
  if (isIpHost(host) || host === 'localhost') return false;
  return !host.includes('.') || SUFFIXES.has(host);
}

/** The public suffix `host` sits under: the longest listed one, else its last label. */
export function publicSuffixOf(host: string): string {
  const labels = host.split('.');
  for (let i = 0; i < labels.length - 1; i++) {
    const candidate = labels.slice(i).join('.');
    if (SUFFIXES.has(candidate)) return candidate;
  }
  return labels[labels.length - 1]!;
}

/**
 * The registrable domain ("the site") of a host: its suffix plus one label.
 * "m.jd.com" → "jd.com", "www.bank.com.cn" → "bank.com.cn", "www.co.uk" → "www.co.uk".
 * IP literals and "localhost" are their own site; a bare suffix has none (null).
 */
export function registrableDomain(host: string): string | null {
  if (isIpHost(host) || host === 'localhost') return host;
  if (isPublicSuffix(host)) return null;
  const suffix = publicSuffixOf(host);
  const rest = host.slice(0, host.length - suffix.length - 1);
  return `${rest.slice(rest.lastIndexOf('.') + 1)}.${suffix}`;
}
