/**
 * Known lender / credit-product hosts (the site itself offers the product). A page on one of
 * these hosts gets the `lender.known-host` reason. Data, not code: add a host with the
 * products it serves.
 */
export interface LenderHost {
  host: string;
  products: readonly string[];
}

export const LENDER_HOSTS: readonly LenderHost[] = [
  { host: 'jiebei.alipay.com', products: ['借呗'] },
  { host: 'huabei.alipay.com', products: ['花呗'] },
  { host: 'loan.jd.com', products: ['京东金条'] },
  { host: 'baitiao.jd.com', products: ['京东白条'] },
  { host: 'jr.jd.com', products: ['京东金融', '京东金条', '京东白条'] },
  { host: 'dxmpay.com', products: ['度小满', '有钱花'] },
  { host: 'duxiaoman.com', products: ['度小满', '有钱花'] },
  { host: 'webank.com', products: ['微粒贷', '微业贷'] },
  { host: '360jie.com', products: ['360借条'] },
  { host: '360jietiao.com', products: ['360借条'] },
  { host: 'mashangxiaofei.com', products: ['安逸花'] },
  { host: 'msxf.com', products: ['安逸花'] },
  { host: 'fenqile.com', products: ['分期乐'] },
  { host: 'mucfc.com', products: ['招联好期贷'] },
  { host: 'ppdai.com', products: ['拍拍贷'] },
  { host: 'xinye.com', products: ['信也'] },
  { host: 'yirendai.com', products: ['宜人贷'] },
  { host: 'xiaoying.com', products: ['小赢卡贷'] },
  { host: 'youcash.com', products: ['中邮消费金融'] },
  { host: 'yangqianguan.com', products: ['洋钱罐'] },
  { host: 'shengbei.com', products: ['省呗'] },
  { host: 'lexin.com', products: ['乐信'] },
  { host: 'jietiao.meituan.com', products: ['美团借钱'] },
  { host: 'moneysmart.hk', products: ['私人貸款比較'] },
  { host: 'lendingtree.com', products: ['personal loans'] },
  { host: 'sofi.com', products: ['personal loans'] },
  { host: 'upstart.com', products: ['personal loans'] },
  { host: 'lendingclub.com', products: ['personal loans'] },
  { host: 'avant.com', products: ['personal loans'] },
  { host: 'oportun.com', products: ['personal loans'] },
];

let byHost: Map<string, LenderHost> | undefined;

/** The entry whose host equals `host` or is a parent domain of it. */
export function lenderHost(host: string): LenderHost | undefined {
  if (!host) return undefined;
  byHost ??= new Map(LENDER_HOSTS.map((e) => [e.host, e]));
  let h = host.toLowerCase();
  for (;;) {
    const e = byHost.get(h);
    if (e) return e;
    const dot = h.indexOf('.');
    if (dot < 0) return undefined;
    h = h.slice(dot + 1);
  }
}
