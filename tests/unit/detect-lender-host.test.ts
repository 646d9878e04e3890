/** lenderHost(): the listed host or any subdomain of it, nothing else (the substring search must find whole entries only). */
import { describe, expect, it } from 'vitest';
import { listedLenderHosts, lenderHost } from '../../core/detect/lender-hosts';

describe('lenderHost', () => {
  it('matches every listed host, its subdomains and upper case', () => {
    for (const { host } of listedLenderHosts()) {
      expect(lenderHost(host)?.host).toBe(host);
      expect(lenderHost('a.b.' + host)?.host).toBe(host);
      expect(lenderHost(host.toUpperCase())?.host).toBe(host);
    }
  });
  it('does not match parents, look-alikes or other hosts', () => {
    for (const h of ['', 'com', '.com', 'jd.com', 'alipay.com', 'www.alipay.com', 'xjr.jd.com', 'notsofi.com', 'sofi.com.evil.net',
      'sofi.com.', 'meituan.com', 'moneysmart.com', 'hk', 'www.zhihu.com', 'loan.jd.com baitiao.jd.com', 'jd.com baitiao',
      'i.com', 'o.com', 'om', 'ai.com', 'jr.jd'])
      expect(lenderHost(h)).toBeUndefined();
  });
});
