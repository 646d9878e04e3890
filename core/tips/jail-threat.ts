/** Tip `jail-threat`: where the page makes this claim, the overlay marks it and explains the facts. */
import { defineTip } from './define';

export const tip = defineTip({
  id: 'jail-threat',
  phrases: '坐牢,刑事责任,拘留,刑拘,诈骗罪,判刑,抓人,立案侦查,刑事案件',
  // a threat over an unpaid debt (not, say, a police warning about 帮信罪)
  near: '逾期,欠款,不还,还不上,还不起,网贷,信用卡,催收,欠债,欠钱,借款,贷款',
  window: 20,
  facts: ['B18', 'B17', 'M2'],
  names: {
    'zh-CN': '坐牢、刑事威胁',
    'zh-TW': '坐牢、刑事威脅',
    en: 'threats of jail',
  },
});

/** Snippets (our own wording) the tip must mark, and ones it must leave alone. Tests only. */
export const examples = { fires: ['欠网贷不还会坐牢吗'], quiet: ['出租银行卡涉嫌帮信罪会被判刑'] };
