/** lenderHost(): the listed host or any subdomain of it, nothing else (the last-two-labels pre-check must not lose one). */
import { describe, expect, it } from 'vitest';
import { LENDER_HOSTS, lenderHost } from '../../core/detect/lender-hosts';

describe('lenderHost', () => {
  it('matches every listed host, its subdomains and upper case', () => {
    for (const { host } of LENDER_HOSTS) {
      expect(lenderHost(host)?.host).toBe(host);
      expect(lenderHost('a.b.' + host)?.host).toBe(host);
      expect(lenderHost(host.toUpperCase())?.host).toBe(host);
    }
  });
  it('does not match parents, look-alikes or other hosts', () => {
    for (const h of ['', 'com', '.com', 'jd.com', 'alipay.com', 'www.alipay.com', 'xjr.jd.com', 'notsofi.com', 'sofi.com.evil.net',
      'sofi.com.', 'meituan.com', 'moneysmart.com', 'hk', 'www.zhihu.com'])
      expect(lenderHost(h)).toBeUndefined();
  });
});
