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

/** Every listed host, in list order (tests and tools). */
export function listedLenderHosts(): LenderHost[] {
  return HOSTS.split(' ').map((host) => ({ host }));
}

let hostSet: ReadonlySet<string> | undefined;

/** The entry whose host equals `host` or is a parent domain of it. */
export function lenderHost(host: string): LenderHost | undefined {
  if (!host) return undefined;
  hostSet ??= new Set(HOSTS.split(' '));
  let h = host.toLowerCase();
  // every listed host has a dot, so a suffix without one matches none
  for (let dot = h.indexOf('.'); dot >= 0; dot = h.indexOf('.')) {
    if (hostSet.has(h)) return { host: h };
    h = h.slice(dot + 1);
  }
  return undefined;
}
