/**
 * Known lender / credit-product hosts (the site itself offers the product). A page on one of
 * these hosts (or a subdomain) gets the `lender.known-host` reason. Data, not code: add a host
 * to the list (space-separated, lower case). What each serves, for maintainers (not shipped):
 * jiebei/huabei.alipay.com 借呗/花呗; loan/baitiao/jr.jd.com 京东金条/白条/金融; dxmpay.com,
 * duxiaoman.com 度小满/有钱花; webank.com 微粒贷/微业贷; 360jie(tiao).com 360借条;
 * mashangxiaofei.com, msxf.com 安逸花; fenqile.com 分期乐; mucfc.com 招联好期贷; ppdai.com
 * 拍拍贷; xinye.com 信也; yirendai.com 宜人贷; xiaoying.com 小赢卡贷; youcash.com 中邮消费金融;
 * yangqianguan.com 洋钱罐; shengbei.com 省呗; lexin.com 乐信; jietiao.meituan.com 美团借钱;
 * moneysmart.hk 私人貸款比較; lendingtree, sofi, upstart, lendingclub, avant, oportun (.com):
 * US personal loans.
 */
const HOSTS =
  'jiebei.alipay.com huabei.alipay.com loan.jd.com baitiao.jd.com jr.jd.com dxmpay.com duxiaoman.com ' +
  'webank.com 360jie.com 360jietiao.com mashangxiaofei.com msxf.com fenqile.com mucfc.com ppdai.com ' +
  'xinye.com yirendai.com xiaoying.com youcash.com yangqianguan.com shengbei.com lexin.com ' +
  'jietiao.meituan.com moneysmart.hk lendingtree.com sofi.com upstart.com lendingclub.com avant.com ' +
  'oportun.com';

export interface LenderHost {
  host: string;
}

export const LENDER_HOSTS: readonly LenderHost[] = HOSTS.split(' ').map((host) => ({ host }));

let byHost: Map<string, LenderHost> | undefined;
/** the last two labels of every listed host ("alipay.com"): a host ending otherwise matches none */
let lastTwo: Set<string> | undefined;

/** "a.b.c.d" → "c.d" (a host with fewer dots is returned whole) */
function lastTwoLabels(h: string): string {
  // a char loop: cheaper than two lastIndexOf calls on these short strings
  let dots = 0;
  for (let i = h.length; i > 0; i--) if (h.charCodeAt(i - 1) === 46 && ++dots === 2) return h.slice(i);
  return h;
}

/** The entry whose host equals `host` or is a parent domain of it. */
export function lenderHost(host: string): LenderHost | undefined {
  if (!host) return undefined;
  byHost ??= new Map(LENDER_HOSTS.map((e) => [e.host, e]));
  lastTwo ??= new Set(LENDER_HOSTS.map((e) => lastTwoLabels(e.host)));
  let h = host.toLowerCase();
  // every listed host has 2+ labels, so a match shares h's last two: one lookup for most pages
  if (!lastTwo.has(lastTwoLabels(h))) return undefined;
  for (;;) {
    const e = byHost.get(h);
    if (e) return e;
    const dot = h.indexOf('.');
    if (dot < 0) return undefined;
    h = h.slice(dot + 1);
  }
}
